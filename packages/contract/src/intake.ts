import Type, { type Static } from 'typebox';

// The public intake's wire format: the same schema behind the tipline form and
// POST /api/v1/reports. Partners rely on these names; change them only with a new API version.

export const reportTypes = [
  'child_sexual_abuse_material',
  'luring',
  'sex_tourism',
  'child_prostitution',
  'child_trafficking',
  'sexually_explicit_material_to_child',
  'agreement_to_offend',
  'non_consensual_intimate_images',
  // Something else, or the reporter is not sure: an analyst classifies it.
  'other',
] as const;
export type ReportType = (typeof reportTypes)[number];

// Closed sets stored in CHECK-constrained columns (migrations mirror these lists).
/**
 * tipline: the public site's form; api: the public API without a key; partner: a partner's API key;
 * phone / email: taken by staff from a call or a message and entered in the console.
 */
export const reportSources = ['tipline', 'api', 'partner', 'phone', 'email'] as const;
export type ReportSource = (typeof reportSources)[number];

/** received: stored; queued: in the analysts' queue. */
export const reportStatuses = ['received', 'queued'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** new: never asked for; capture_pending: waiting for the capture job; captured / capture_failed: its outcome. */
export const captureStates = ['new', 'capture_pending', 'captured', 'capture_failed'] as const;
export type CaptureState = (typeof captureStates)[number];

export const incidentPlaces = ['website', 'app', 'game', 'chat', 'social_network', 'in_person'] as const;
export type IncidentPlace = (typeof incidentPlaces)[number];

// The reporter's region: one of the installation's codes (its settings; by default Canada's
// provinces and territories, ON, QC...) or `outside`, with a country. `outside_canada`, the
// value of the first API version, is read as `outside`.
export const outsideRegion = 'outside';
export const regionPattern = '^[A-Za-z0-9_-]{1,16}$';

/** Size limits on every field: a report larger than this is not a report but an attack. */
export const intakeLimits = {
  urls: 20,
  url: 2048,
  description: 10_000,
  shortText: 200,
  usernames: 10,
  followUp: 10_000,
} as const;

const short = (options: { minLength?: number } = {}) => Type.String({ maxLength: intakeLimits.shortText, ...options });

export const Incident = Type.Object(
  {
    place: Type.Optional(Type.Enum(incidentPlaces)),
    platform: Type.Optional(short()),
    when: Type.Optional(short()),
    happeningNow: Type.Optional(Type.Boolean()),
    // What analysts ask first for some types: a planned meeting, images asked for or sent,
    // threats, money (or more images) demanded. Absent means not asked or not known.
    meetingPlanned: Type.Optional(Type.Boolean()),
    meeting: Type.Optional(short()),
    imagesExchanged: Type.Optional(Type.Boolean()),
    threats: Type.Optional(Type.Boolean()),
    moneyDemanded: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Suspect = Type.Object(
  {
    names: Type.Optional(short()),
    usernames: Type.Optional(Type.Array(short(), { maxItems: intakeLimits.usernames })),
    platform: Type.Optional(short()),
    estimatedAge: Type.Optional(short()),
    location: Type.Optional(short()),
  },
  { additionalProperties: false },
);

export const Victim = Type.Object(
  {
    age: Type.Optional(short()),
    location: Type.Optional(short()),
    reporterIsVictim: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Contact = Type.Object(
  {
    name: Type.Optional(short()),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

export const Reporter = Type.Object(
  {
    region: Type.Optional(
      Type.String({ pattern: regionPattern, description: "One of the installation's region codes, or `outside`" }),
    ),
    country: Type.Optional(short()),
    contact: Type.Optional(Contact),
  },
  { additionalProperties: false },
);

export const SubmitReportBody = Type.Object(
  {
    type: Type.Enum(reportTypes),
    urls: Type.Optional(Type.Array(Type.String({ maxLength: intakeLimits.url }), { maxItems: intakeLimits.urls })),
    description: Type.Optional(Type.String({ maxLength: intakeLimits.description })),
    anonymous: Type.Optional(Type.Boolean()),
    incident: Type.Optional(Incident),
    suspect: Type.Optional(Suspect),
    victim: Type.Optional(Victim),
    reporter: Type.Optional(Reporter),
  },
  { additionalProperties: false },
);
export type SubmitReportInput = Static<typeof SubmitReportBody>;

export const SubmitReportResponse = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reportNumber: Type.String({
    description: 'Easy to read aloud: three groups of digits, the last digit a check digit',
  }),
  followUpCode: Type.String({
    description: 'Lets the reporter add information later; it does not give access to the report',
  }),
});
export type SubmitReportResult = Static<typeof SubmitReportResponse>;

export const FollowUpBody = Type.Object(
  {
    followUpCode: Type.String({ minLength: 1, maxLength: 64 }),
    information: Type.String({ maxLength: intakeLimits.followUp }),
    urls: Type.Optional(Type.Array(Type.String({ maxLength: intakeLimits.url }), { maxItems: intakeLimits.urls })),
  },
  { additionalProperties: false },
);
export type FollowUpInput = Static<typeof FollowUpBody>;
export const FollowUpResponse = Type.Object({ reportNumber: Type.String() });

export const PublishAlertBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: intakeLimits.shortText }),
    body: Type.String({ minLength: 1, maxLength: intakeLimits.description }),
    language: Type.String({ pattern: '^[a-z]{2}$' }),
  },
  { additionalProperties: false },
);
export type PublishAlertInput = Static<typeof PublishAlertBody>;
export const WithdrawAlertBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: intakeLimits.shortText })) },
  { additionalProperties: false },
);
export type WithdrawAlertInput = Static<typeof WithdrawAlertBody>;
/** An alert as the console sees it, in any state; the tipline shows published ones only. */
export const AlertRecord = Type.Object({
  id: Type.String(),
  title: Type.String(),
  body: Type.String(),
  language: Type.String(),
  state: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('withdrawn')]),
  createdAt: Type.String({ format: 'date-time' }),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const PublishDraftBody = Type.Object({}, { additionalProperties: false });
export const PublicAlert = Type.Object({
  id: Type.String(),
  title: Type.String(),
  body: Type.String(),
  language: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
});
