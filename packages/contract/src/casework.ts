import Type, { type Static } from 'typebox';
import { CaptureView, capturedMediaKinds, classificationStates, mediaStates } from './crawler.ts';
import {
  Contact,
  Incident,
  SubmitReportBody,
  Suspect,
  Victim,
  reportSources,
  reportStatuses,
  reportTypes,
} from './intake.ts';
import { outboxStates } from './outbox.ts';

// Casework: the analysts' triage queue and case pages, and the decisions taken on a case.
// Closed sets are mirrored by CHECK constraints (migration 2026-12-04-0100-casework).

/** open: waiting for an analyst's decision; in_review: at least one decision taken, not closed; closed: closed with a reason. */
export const caseStates = ['open', 'in_review', 'closed'] as const;
export type CaseState = (typeof caseStates)[number];

/** Why a case was closed. actioned: forwarded, notified or replied to, nothing left to do. */
export const caseCloseReasons = [
  'actioned',
  'not_illegal',
  'duplicate',
  'insufficient_information',
  'outside_mandate',
  'content_gone',
  'other',
] as const;
export type CaseCloseReason = (typeof caseCloseReasons)[number];

export const caseDecisionKinds = [
  'classify',
  'forward',
  'request_notice',
  'nominate_blocklist',
  'educational_reply',
  'close',
] as const;
export type CaseDecisionKind = (typeof caseDecisionKinds)[number];

/** recorded: complete as taken; queued: waiting for the feature that carries it out; done / failed: its outcome; nothing_to_do: it found nothing to act on (no detection to notify). */
export const caseDecisionStates = ['recorded', 'queued', 'done', 'failed', 'nothing_to_do'] as const;
export type CaseDecisionState = (typeof caseDecisionStates)[number];

export const caseEventKinds = [
  'queued',
  'claimed',
  'released',
  'contact_viewed',
  'decided',
  'decision_updated',
  'closed',
  'reopened',
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

/** The educational replies an analyst can send (templates per language under casework/templates/). */
export const caseReplyTemplates = ['thanks', 'not_illegal', 'young_person_help'] as const;
export type CaseReplyTemplate = (typeof caseReplyTemplates)[number];

export const caseReplyLanguages = ['en', 'fr'] as const;
export type CaseReplyLanguage = (typeof caseReplyLanguages)[number];

/** Sources staff may record when they enter a report taken outside the tipline. */
export const staffReportSources = ['phone', 'email'] as const;
export type StaffReportSource = (typeof staffReportSources)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Note = Type.String({ maxLength: 4000 });

export const CaseClaim = Type.Object(
  {
    staffId: Uuid,
    email: Type.String(),
    expiresAt: Timestamp,
    isMine: Type.Boolean(),
  },
  { description: 'A live claim: the one analyst working the case until it expires (renewed by their activity).' },
);
export type CaseClaim = Static<typeof CaseClaim>;

export const CaseSummary = Type.Object({
  reportId: Uuid,
  reportNumber: Type.String(),
  state: Type.Enum(caseStates),
  priority: Type.Integer(),
  happeningNow: Type.Boolean(),
  hasPersonInfo: Type.Boolean(),
  type: Type.Enum(reportTypes),
  reportedType: Type.Enum(reportTypes),
  typeConfirmed: Type.Boolean(),
  region: Nullable(Type.String()),
  source: Type.Enum(reportSources),
  urls: Type.Integer({ description: 'How many URLs the report names.' }),
  receivedAt: Timestamp,
  claim: Nullable(CaseClaim),
  closeReason: Nullable(Type.Enum(caseCloseReasons)),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const CaseStateCounts = Type.Object({
  open: Type.Integer(),
  in_review: Type.Integer(),
  closed: Type.Integer(),
});
export type CaseStateCounts = Static<typeof CaseStateCounts>;

export const CaseQueueQuery = Type.Object(
  {
    state: Type.Optional(Type.Enum(caseStates, { description: 'Absent: the working queue (open and in_review).' })),
    type: Type.Optional(Type.Enum(reportTypes)),
    region: Type.Optional(Type.String({ maxLength: 16 })),
    source: Type.Optional(Type.Enum(reportSources)),
    assignee: Type.Optional(
      Type.String({
        pattern: '^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$',
        description: 'A staff id, `me`, or `none` (no live claim).',
      }),
    ),
    after: Type.Optional(Type.String({ maxLength: 200, description: 'The `next` cursor of the previous page.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type CaseQueueQuery = Static<typeof CaseQueueQuery>;

export const CaseQueuePage = Type.Object({
  cases: Type.Array(CaseSummary),
  next: Nullable(Type.String({ description: 'Cursor of the next page; null at the end.' })),
  counts: CaseStateCounts,
});
export type CaseQueuePage = Static<typeof CaseQueuePage>;

export const StaffReportBody = Type.Object(
  {
    source: Type.Enum(staffReportSources),
    language: Type.Enum(caseReplyLanguages, { description: "The reporter's language." }),
    report: SubmitReportBody,
  },
  { additionalProperties: false },
);
export type StaffReportBody = Static<typeof StaffReportBody>;

export const CaseReport = Type.Object(
  {
    id: Uuid,
    reportNumber: Type.String(),
    type: Type.Enum(reportTypes),
    source: Type.Enum(reportSources),
    status: Type.Enum(reportStatuses),
    language: Type.String(),
    description: Type.String(),
    anonymous: Type.Boolean(),
    hasContact: Type.Boolean({ description: 'Contact details exist (shown only through the audited contact call).' }),
    incident: Incident,
    suspect: Suspect,
    victim: Victim,
    region: Nullable(Type.String()),
    country: Nullable(Type.String()),
    happeningNow: Type.Boolean(),
    hasPersonInfo: Type.Boolean(),
    receivedAt: Timestamp,
    personalDataErasedAt: Nullable(Timestamp),
    urls: Type.Array(Type.Object({ id: Uuid, url: Type.String(), host: Type.String(), captureState: Type.String() })),
    followUps: Type.Array(Type.Object({ information: Type.String(), receivedAt: Timestamp })),
  },
  { description: 'The report as submitted, without its contact details.' },
);

export const CaseCapture = Type.Object({
  urlId: Uuid,
  url: Type.String(),
  host: Type.String(),
  country: Nullable(Type.String({ description: 'Of the address the page was fetched from (offline IP data).' })),
  asn: Nullable(Type.Integer()),
  holder: Nullable(Type.String()),
  capture: CaptureView,
  renderable: Type.Boolean({ description: 'An HTML body is stored: GET .../captures/:captureId/page renders it.' }),
});

export const CaseMedia = Type.Object({
  sha256: Sha256,
  kind: Type.Enum(capturedMediaKinds),
  format: Type.String(),
  size: Type.Integer(),
  state: Type.Enum(mediaStates),
  entryId: Nullable(Type.String()),
  bankId: Nullable(Type.Integer()),
  ageBand: Nullable(Type.String()),
  activity: Nullable(Type.String()),
  origin: Nullable(Type.String()),
  victimIdentified: Nullable(Type.Boolean()),
  uses: Type.Array(Type.String()),
  classificationState: Nullable(Type.Enum(classificationStates)),
  detections: Type.Integer(),
  sightings: Type.Integer({ description: 'URLs this media was seen at, every site.' }),
  urls: Type.Array(Type.String(), { description: "Where it was found among this case's captures." }),
  firstSeenAt: Timestamp,
});

export const CaseRelated = Type.Object({
  reportId: Uuid,
  reportNumber: Type.String(),
  state: Nullable(Type.Enum(caseStates)),
  type: Type.Enum(reportTypes),
  receivedAt: Timestamp,
  because: Type.Array(Type.Union([Type.Literal('same_url'), Type.Literal('same_media'), Type.Literal('same_host')])),
});

export const CaseDecision = Type.Object({
  id: Uuid,
  kind: Type.Enum(caseDecisionKinds),
  state: Type.Enum(caseDecisionStates),
  staffId: Uuid,
  details: Type.Record(Type.String(), Type.Unknown()),
  note: Nullable(Type.String()),
  decidedAt: Timestamp,
  updatedAt: Timestamp,
});
export type CaseDecision = Static<typeof CaseDecision>;

export const CaseHistoryItem = Type.Object({
  at: Timestamp,
  origin: Type.Union([Type.Literal('case'), Type.Literal('audit')]),
  kind: Type.String({ description: 'A case event kind, or the audit action.' }),
  actor: Nullable(Type.String({ description: 'staff id, or the audit actor (type:id)' })),
  decisionId: Nullable(Uuid),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const CasePage = Type.Object({
  case: CaseSummary,
  report: CaseReport,
  captures: Type.Array(CaseCapture),
  media: Type.Array(CaseMedia),
  related: Type.Array(CaseRelated),
  decisions: Type.Array(CaseDecision),
  replies: Type.Array(
    Type.Object({
      decisionId: Uuid,
      state: Type.Enum(outboxStates),
      sentAt: Nullable(Timestamp),
      lastError: Nullable(Type.String()),
    }),
  ),
  history: Type.Array(CaseHistoryItem),
});
export type CasePage = Static<typeof CasePage>;

export const CaseContact = Type.Object({
  contact: Nullable(Contact),
  erased: Type.Boolean({ description: 'The retention period erased them.' }),
});

/** A note only: release, request a removal notice, reopen. */
export const CaseNoteBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });

export const CaseClassifyBody = Type.Object(
  {
    type: Type.Enum(reportTypes, { description: "The reporter's type confirms it; another corrects it." }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export const CaseForwardBody = Type.Object(
  {
    recipientId: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    note: Type.Optional(Note),
  },
  { additionalProperties: false, description: 'Forward to a referral recipient (police, child welfare, a hotline).' },
);
export const CaseBlocklistBody = Type.Object(
  {
    urls: Type.Array(Type.String({ maxLength: 2048 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export const CaseReplyBody = Type.Object(
  {
    template: Type.Enum(caseReplyTemplates),
    language: Type.Optional(Type.Enum(caseReplyLanguages, { description: "Default: the report's language, else en." })),
    note: Type.Optional(Note),
  },
  { additionalProperties: false },
);
export const CaseCloseBody = Type.Object(
  { reason: Type.Enum(caseCloseReasons), note: Type.Optional(Note) },
  { additionalProperties: false },
);
export const CaseDecisionResponse = Type.Object({ case: CaseSummary, decision: CaseDecision });
