import type { ReportType, SubmitReportInput } from '@vigie/contract';

// The form's flat field names and how they map onto the intake schema (the same one the API
// takes), so the form and the API can never disagree on what a report is.

export type FormValues = Readonly<Record<string, string>>;

export const honeypotField = 'homepage';

const pathToField: Array<[RegExp, string]> = [
  [/^urls(\.\d+)?$/, 'urls'],
  [/^incident\.place$/, 'place'],
  [/^incident\.platform$/, 'platform'],
  [/^incident\.when$/, 'when'],
  [/^incident\.happeningNow$/, 'now'],
  [/^incident\.meetingPlanned$/, 'meeting_planned'],
  [/^incident\.meeting$/, 'meeting'],
  [/^incident\.imagesExchanged$/, 'images'],
  [/^incident\.threats$/, 'threats'],
  [/^incident\.moneyDemanded$/, 'money'],
  [/^suspect\.names$/, 'suspect_names'],
  [/^suspect\.usernames(\.\d+)?$/, 'suspect_usernames'],
  [/^suspect\.platform$/, 'suspect_platform'],
  [/^suspect\.estimatedAge$/, 'suspect_age'],
  [/^suspect\.location$/, 'suspect_location'],
  [/^victim\.age$/, 'victim_age'],
  [/^victim\.location$/, 'victim_location'],
  [/^reporter\.region$/, 'region'],
  [/^reporter\.country$/, 'country'],
  [/^reporter\.contact\.name$/, 'contact_name'],
  [/^reporter\.contact\.email$/, 'contact_email'],
  [/^reporter\.contact\.phone$/, 'contact_phone'],
  [/^description$/, 'description'],
  [/^anonymous$/, 'anonymous'],
  [/^information$/, 'information'],
  [/^followUpCode$/, 'code'],
];

export function fieldForPath(path: string): string {
  return pathToField.find(([pattern]) => pattern.test(path))?.[1] ?? 'description';
}

/** Flattens a urlencoded body: repeated names keep their first value; everything is a string. */
export function readForm(body: unknown): FormValues {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string') values[name] = first;
    }
  }
  return values;
}

export function splitLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function optional<T extends Record<string, unknown>>(entries: T): Partial<T> | undefined {
  const kept = Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  return Object.keys(kept).length > 0 ? (kept as Partial<T>) : undefined;
}

/** The form's answers as an intake report (not yet validated: the service does that). */
export function formToReport(type: ReportType, v: FormValues): SubmitReportInput {
  const text = (name: string) => v[name]?.trim() || undefined;
  const wantsContact = v.anonymous === 'no';
  const yesNo = (name: string) => (v[name] === 'yes' ? true : v[name] === 'no' ? false : undefined);
  const report: Record<string, unknown> = {
    type,
    urls: splitLines(v.urls),
    description: text('description'),
    anonymous: !wantsContact,
    incident: optional({
      place: text('place'),
      platform: text('platform'),
      when: text('when'),
      happeningNow: yesNo('now'),
      meetingPlanned: yesNo('meeting_planned'),
      meeting: text('meeting'),
      imagesExchanged: yesNo('images'),
      threats: yesNo('threats'),
      moneyDemanded: yesNo('money'),
    }),
    suspect: optional({
      names: text('suspect_names'),
      usernames: (v.suspect_usernames ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
      platform: text('suspect_platform'),
      estimatedAge: text('suspect_age'),
      location: text('suspect_location'),
    }),
    victim: optional({
      age: text('victim_age'),
      location: text('victim_location'),
      reporterIsVictim: v.reporter_is_victim === 'yes' ? true : undefined,
    }),
    reporter: optional({
      region: text('region'),
      country: text('country'),
      contact: wantsContact
        ? optional({ name: text('contact_name'), email: text('contact_email'), phone: text('contact_phone') })
        : undefined,
    }),
  };
  for (const key of Object.keys(report)) if (report[key] === undefined) delete report[key];
  return report as SubmitReportInput;
}
