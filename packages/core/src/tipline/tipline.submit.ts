import type { FastifyRequest } from 'fastify';
import { submitOrigin, type FieldProblem, type IntakeService } from '../intake/index.ts';
import { isAppError } from '../platform/errors.ts';
import { isSameSiteRequest, type FormTokens } from './form-token.ts';
import { forbiddenPage } from './home.page.ts';
import type { Html } from './html.ts';
import { format } from './i18n.ts';
import { href, type PageContext } from './layout.ts';
import { fieldForPath, formToReport, honeypotField, readForm, splitLines, type FormValues } from './report-form.ts';
import { chooseTypePage, followUpPage, isReportType, reportFormPage } from './report.page.ts';

/** A page to show, or the address to send the browser to (303) once something was filed. */
export type Answer = { status: number; body: Html } | { redirect: string };
/** What the form handlers need: the intake, the form tokens and whether addresses are kept. */
export type SubmitDeps = { intake: IntakeService; tokens: FormTokens; keepAnonymousAddress: boolean };

/** Field problems from the intake as messages in the page's language, one entry per field. */
function messagesFor(page: PageContext, problems: readonly FieldProblem[]): Map<string, string> {
  const errors = new Map<string, string>();
  const texts: Readonly<Record<string, string>> = page.t.errors;
  for (const problem of problems) {
    const field = fieldForPath(problem.path);
    const line = Number(/^urls\.(\d+)$/.exec(problem.path)?.[1] ?? 0) + 1;
    const text = format(Object.hasOwn(texts, problem.code) ? (texts[problem.code] as string) : page.t.errors.invalid, {
      line,
    });
    errors.set(field, errors.has(field) ? `${errors.get(field)} ${text}` : text);
  }
  return errors;
}

/**
 * Checks that apply to every tipline form before the intake sees it: origin, token, honeypot.
 * Gives the form's submission key, or the errors to show it again with.
 */
function precheck(
  page: PageContext,
  tokens: FormTokens,
  request: FastifyRequest,
  values: FormValues,
): Answer | { key: string | undefined; errors: Map<string, string> } {
  if (!isSameSiteRequest(request.headers)) return { status: 403, body: forbiddenPage(page) };
  const key = tokens.verify(values.csrf);
  const errors = new Map<string, string>();
  if (!key) errors.set('description', page.t.errors.form_expired);
  else if ((values[honeypotField] ?? '') !== '') errors.set('description', page.t.errors.honeypot);
  return { key, errors };
}

/** The intake's refusals as messages on the form; anything unexpected too, with the answers kept. */
function intakeErrors(
  page: PageContext,
  request: FastifyRequest,
  error: unknown,
): { status: number; errors: Map<string, string> } {
  const code = isAppError(error) ? error.code : undefined;
  if (isAppError(error) && (code === 'INTAKE_REPORT_INVALID' || code === 'INTAKE_FOLLOW_UP_UNKNOWN'))
    return {
      status: code === 'INTAKE_REPORT_INVALID' ? 400 : 404,
      errors: messagesFor(page, (error.details?.fields as FieldProblem[]) ?? []),
    };
  if (code === 'RATE_LIMITED') return { status: 429, errors: new Map([['description', page.t.errors.rate_limited]]) };
  if (code === 'INTAKE_BUSY') return { status: 503, errors: new Map([['description', page.t.errors.busy]]) };
  request.log.error({ err: error }, 'tipline form not saved');
  return { status: 500, errors: new Map([['description', page.t.errors.unexpected]]) };
}

const contactFields = ['contact_name', 'contact_email', 'contact_phone'];

/** Whether the form may be filed as it is, with the contact details shared, or must ask first. */
function contactChoice(values: FormValues): 'as-is' | 'share' | 'ask' {
  if (values.anonymous === 'no' || !contactFields.some((name) => (values[name] ?? '').trim() !== '')) return 'as-is';
  if (values.contact_choice === 'share') return 'share';
  return values.contact_choice === 'drop' ? 'as-is' : 'ask';
}

const alreadySubmitted = (error: unknown) => isAppError(error) && error.code === 'INTAKE_ALREADY_SUBMITTED';

export async function submitReportForm(
  { intake, tokens, keepAnonymousAddress }: SubmitDeps,
  request: FastifyRequest,
  page: PageContext,
  type: unknown,
): Promise<Answer> {
  if (!isReportType(type)) return { status: 400, body: chooseTypePage(page, page.t.errors.required) };
  const values = readForm(request.body);
  const checked = precheck(page, tokens, request, values);
  if ('status' in checked || 'redirect' in checked) return checked;
  const rerender = (status: number, errors: Map<string, string>): Answer => ({
    status,
    body: reportFormPage(page, { type, values, errors, csrfToken: tokens.issue(checked.key) }),
  });
  // The language switch: the same form in the other language, as typed, nothing filed.
  if (values.switch !== undefined) return rerender(200, new Map());
  if (!checked.key || checked.errors.size > 0) return rerender(400, checked.errors);
  // Contact details typed by someone who chose to stay anonymous are neither kept nor dropped
  // without asking: the form comes back with the question.
  const choice = contactChoice(values);
  if (choice === 'ask') return rerender(400, new Map([['contact_choice', page.t.errors.contact_choice]]));
  const receiptId = tokens.receiptIdFor('report', checked.key);
  const done = { redirect: href(page, `/report/done/${receiptId}`) };
  try {
    await intake.submitReport(
      formToReport(type, choice === 'share' ? { ...values, anonymous: 'no' } : values),
      submitOrigin(request, keepAnonymousAddress, 'tipline', page.lang),
      { submissionKey: checked.key, receiptId },
    );
    return done;
  } catch (error) {
    if (alreadySubmitted(error)) return done;
    const { status, errors } = intakeErrors(page, request, error);
    return rerender(status, errors);
  }
}

export async function submitFollowUpForm(
  { intake, tokens, keepAnonymousAddress }: SubmitDeps,
  request: FastifyRequest,
  page: PageContext,
): Promise<Answer> {
  const values = readForm(request.body);
  const checked = precheck(page, tokens, request, values);
  if ('status' in checked || 'redirect' in checked) return checked;
  const rerender = (status: number, errors: Map<string, string>): Answer => ({
    status,
    body: followUpPage(page, { values, errors, csrfToken: tokens.issue(checked.key) }),
  });
  if (values.switch !== undefined) return rerender(200, new Map());
  if (!checked.key || checked.errors.size > 0) return rerender(400, checked.errors);
  if (!(values.code ?? '').trim()) return rerender(400, new Map([['code', page.t.errors.required]]));
  const receiptId = tokens.receiptIdFor('follow-up', checked.key);
  const done = { redirect: href(page, `/report/done/${receiptId}`) };
  try {
    const input = {
      followUpCode: (values.code ?? '').slice(0, 64),
      information: (values.information ?? '').slice(0, 10_001),
      urls: splitLines(values.urls),
    };
    await intake.addFollowUp(input, submitOrigin(request, keepAnonymousAddress, 'tipline', page.lang), {
      submissionKey: checked.key,
      receiptId,
    });
    return done;
  } catch (error) {
    if (alreadySubmitted(error)) return done;
    const { status, errors } = intakeErrors(page, request, error);
    return rerender(status, errors);
  }
}
