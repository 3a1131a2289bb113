import {
  FollowUpBody,
  outsideRegion,
  SubmitReportBody,
  type FollowUpInput,
  type SubmitReportInput,
} from '@vigie/contract';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { IntakeError, type FieldProblem } from './intake.errors.ts';
import { normaliseReportedUrl, type NormalisedUrl } from './url-normaliser.ts';

const keywordCodes: Record<string, string> = {
  maxLength: 'too_long',
  maxItems: 'too_many',
  minLength: 'required',
  enum: 'invalid',
};

/**
 * The rules beyond the wire schema, shared by the form and the API: every URL must be a web
 * address (never data: or blob:), a report needs at least a URL or a description, and a reporter
 * who is not anonymous leaves a way to be reached.
 */
/** The wire schema's problems as field paths and stable codes; nothing is coerced (`[1]` is not `["1"]`). */
function schemaProblems(schema: TSchema, input: unknown, fallback: string): FieldProblem[] {
  const problems = [...Value.Errors(schema, input)]
    .filter((e) => e.instancePath !== '' || e.keyword === 'required')
    .map((e) => ({
      path: e.instancePath.slice(1).replaceAll('/', '.') || fallback,
      code: Object.hasOwn(keywordCodes, e.keyword) ? (keywordCodes[e.keyword] as string) : 'invalid',
    }));
  return dedupe(problems.length > 0 ? problems : [{ path: fallback, code: 'invalid' }]);
}

/** The first API version's name for `outside`. */
const legacyOutside = 'outside_canada';

/** The region as stored: `outside_canada` (first API version) is `outside`. */
export function regionOf(report: SubmitReportInput): string | null {
  const region = report.reporter?.region;
  return region === undefined ? null : region === legacyOutside ? outsideRegion : region;
}

/**
 * A route's body validator: the schema checked as the service checks it, without coercion, its
 * problems answered as INTAKE_REPORT_INVALID with per-field codes, before the handler runs.
 */
export function strictBody(fallback: string) {
  return ({ schema }: { schema: unknown }) =>
    (value: unknown) => {
      if (Value.Check(schema as TSchema, value)) return { value };
      const fields = schemaProblems(schema as TSchema, value, fallback);
      return { error: new IntakeError('INTAKE_REPORT_INVALID', undefined, { fields }) };
    };
}

export function checkReport(
  input: unknown,
  regions: ReadonlySet<string>,
): {
  problems: FieldProblem[];
  report?: SubmitReportInput;
  urls: NormalisedUrl[];
} {
  if (!Value.Check(SubmitReportBody, input))
    return { problems: schemaProblems(SubmitReportBody, input, 'type'), urls: [] };
  const report = input as SubmitReportInput;
  const problems: FieldProblem[] = [];
  const urls: NormalisedUrl[] = [];
  const seen = new Set<string>();
  (report.urls ?? []).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const outcome = normaliseReportedUrl(raw);
    if ('problem' in outcome) problems.push({ path: `urls.${index}`, code: outcome.problem });
    else if (!seen.has(outcome.url)) {
      seen.add(outcome.url);
      urls.push(outcome);
    }
  });
  if (urls.length === 0 && problems.length === 0 && (report.description ?? '').trim() === '')
    problems.push({ path: 'description', code: 'url_or_description_required' });
  const region = regionOf(report);
  if (region !== null && region !== outsideRegion && !regions.has(region))
    problems.push({ path: 'reporter.region', code: 'invalid' });
  const contact = report.reporter?.contact;
  const hasContact = !!(contact?.email?.trim() || contact?.phone?.trim());
  if (report.anonymous === false && !hasContact)
    problems.push({ path: 'reporter.contact.email', code: 'contact_required' });
  // Never drop contact details silently: the caller decides (the form asks its reporter).
  if (report.anonymous === true && (hasContact || !!contact?.name?.trim()))
    problems.push({ path: 'anonymous', code: 'contact_with_anonymous' });
  if (contact?.email?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email.trim()))
    problems.push({ path: 'reporter.contact.email', code: 'email_invalid' });
  if (contact?.phone?.trim() && !/^[+()\d\s.-]{6,40}$/.test(contact.phone.trim()))
    problems.push({ path: 'reporter.contact.phone', code: 'phone_invalid' });
  return { problems: dedupe(problems), report, urls };
}

/** A follow-up's URLs normalised; it needs information or at least one URL. */
export function checkFollowUp(input: unknown): {
  problems: FieldProblem[];
  followUp?: FollowUpInput;
  urls: NormalisedUrl[];
} {
  if (!Value.Check(FollowUpBody, input))
    return { problems: schemaProblems(FollowUpBody, input, 'information'), urls: [] };
  const urls: NormalisedUrl[] = [];
  const problems: FieldProblem[] = [];
  (input.urls ?? []).forEach((url, i) => {
    if (url.trim() === '') return;
    const outcome = normaliseReportedUrl(url);
    if ('problem' in outcome) problems.push({ path: `urls.${i}`, code: outcome.problem });
    else urls.push(outcome);
  });
  if (problems.length === 0 && urls.length === 0 && input.information.trim() === '')
    problems.push({ path: 'information', code: 'required' });
  return { problems, followUp: input, urls };
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.path) && seen.add(p.path));
}
