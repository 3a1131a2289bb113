import Type, { type Static } from 'typebox';
import { activities, ageBands, contentOrigins, intendedUses } from './hashbank.ts';
import { reviewVerdicts } from './review-names.ts';

// Safe media review, rapid assessment, verification and exposure limits (/api/v1/review/*,
// /api/v1/media/:sha256/*). No answer here ever carries an original media: previews and reveals
// are server-made derivatives, and media already classified answers with its classification.

export { reviewVerdicts, type ReviewVerdict } from './review-names.ts';

/** Where a grid's media come from: the crawler's queue, early alerts, one capture, one page. */
export const reviewSources = ['queue', 'alerts', 'capture', 'page'] as const;
export type ReviewSource = (typeof reviewSources)[number];

/** A video is shown as a strip of stills or as one poster still: never as a video. */
export const videoModes = ['stills', 'poster'] as const;
export type VideoMode = (typeof videoModes)[number];

/** A verdict's bank entries: awaiting verification, then confirmed, disputed or settled by a supervisor. */
export const reviewItemStates = [
  'awaiting_verification',
  'confirmed',
  'disputed',
  'settled',
  'rejected',
  'undone',
] as const;
export type ReviewItemState = (typeof reviewItemStates)[number];

/** reviewable: blurred preview; classified: never shown; awaiting_verification: a verdict waits for a verifier. */
export const gridItemStatuses = ['reviewable', 'classified', 'awaiting_verification', 'decided'] as const;
export type GridItemStatus = (typeof gridItemStatuses)[number];

/** ok; break_suggested (soft limit); break_required (hard limit: review refused until breakUntil); daily_limit. */
export const exposureStates = ['ok', 'break_suggested', 'break_required', 'daily_limit'] as const;
export type ExposureState = (typeof exposureStates)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });
export const ReviewSha256Params = Type.Object({ sha256: Sha256 });
export const RevealParams = Type.Object({ sha256: Sha256, revealId: Type.String({ format: 'uuid' }) });
export const ReviewItemParams = Type.Object({ itemId: Type.String({ pattern: '^[0-9]{1,15}$' }) });

export const ReviewLabels = Type.Object(
  {
    ageBand: Type.Optional(Type.Enum(ageBands)),
    activity: Type.Optional(Type.Enum(activities)),
    origin: Type.Optional(Type.Enum(contentOrigins)),
  },
  { additionalProperties: false },
);
export type ReviewLabels = Static<typeof ReviewLabels>;

/** A classification as the bank holds it (neutral labels, the legal schemes' categories). */
export const MediaClassification = Type.Object({
  entryId: Type.String(),
  bank: Type.String(),
  ageBand: Type.Union([Type.Enum(ageBands), Type.Null()]),
  activity: Type.Union([Type.Enum(activities), Type.Null()]),
  origin: Type.Union([Type.Enum(contentOrigins), Type.Null()]),
  victimIdentified: Type.Union([Type.Boolean(), Type.Null()]),
  uses: Type.Array(Type.Enum(intendedUses)),
  categories: Type.Record(Type.String(), Type.String(), { description: 'Legal scheme -> category.' }),
});
export type MediaClassification = Static<typeof MediaClassification>;

export const ReviewSettings = Type.Object({
  blur: Type.Boolean(),
  greyscale: Type.Boolean(),
  hoverPeek: Type.Boolean({ description: 'Reveal on hover (the console asks the reveal endpoint).' }),
  videoMode: Type.Enum(videoModes),
});
export type ReviewSettings = Static<typeof ReviewSettings>;
export const ReviewSettingsBody = Type.Partial(ReviewSettings, { additionalProperties: false });
export type ReviewSettingsBody = Static<typeof ReviewSettingsBody>;

/** What supervisors allow and impose: which defaults analysts may relax, and the exposure limits. */
export const ReviewPolicy = Type.Object({
  allowUnblurred: Type.Boolean(),
  allowColour: Type.Boolean(),
  allowHoverPeek: Type.Boolean(),
  softLimitMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  hardLimitMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  breakMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  dailyLimitMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  sessionTimeoutMinutes: Type.Integer({ minimum: 1, maximum: 240 }),
});
export type ReviewPolicy = Static<typeof ReviewPolicy>;
export const ReviewPolicyBody = Type.Partial(ReviewPolicy, { additionalProperties: false });
export type ReviewPolicyBody = Static<typeof ReviewPolicyBody>;

/** The defaults every analyst starts from: set on the console, else the environment's (VIGIE_REVIEW_*). */
export const ReviewDefaultsAnswer = Type.Object({
  defaults: ReviewSettings,
  environment: ReviewSettings,
  /** Set on the console (a reset goes back to the environment's). */
  changed: Type.Boolean(),
});
export type ReviewDefaultsAnswer = Static<typeof ReviewDefaultsAnswer>;

export const ReviewSettingsResponse = Type.Object({
  settings: ReviewSettings,
  defaults: ReviewSettings,
  policy: ReviewPolicy,
});
export type ReviewSettingsResponse = Static<typeof ReviewSettingsResponse>;

export const ExposureStatus = Type.Object({
  day: Type.String({ format: 'date', description: 'UTC day the figures are for.' }),
  reviewSeconds: Type.Integer(),
  revealSeconds: Type.Integer(),
  /** What the limits count: review time plus reveal time (a revealed second counts twice). */
  exposureSeconds: Type.Integer(),
  sinceBreakSeconds: Type.Integer(),
  softLimitSeconds: Type.Integer(),
  hardLimitSeconds: Type.Integer(),
  dailyLimitSeconds: Type.Integer(),
  state: Type.Enum(exposureStates),
  breakUntil: Type.Union([Timestamp, Type.Null()]),
  sessionActive: Type.Boolean(),
  sessionExpiresAt: Type.Union([Timestamp, Type.Null()]),
});
export type ExposureStatus = Static<typeof ExposureStatus>;

export const MediaReviewState = Type.Object({
  sha256: Sha256,
  kind: Type.Union([Type.Literal('image'), Type.Literal('video')]),
  status: Type.Enum(gridItemStatuses),
  classification: Type.Union([MediaClassification, Type.Null()]),
  sightings: Type.Integer({ description: 'Places (URLs) the media was seen at.' }),
});
export type MediaReviewState = Static<typeof MediaReviewState>;

export const RevealResponse = Type.Object({
  revealId: Type.String({ format: 'uuid' }),
  contentType: Type.Literal('image/jpeg'),
  width: Type.Integer(),
  height: Type.Integer(),
  /** The sharper derivative, base64 (downscaled, never the original); not cached, not addressable. */
  data: Type.String({ contentEncoding: 'base64' }),
  startedAt: Timestamp,
  exposure: ExposureStatus,
});
export type RevealResponse = Static<typeof RevealResponse>;

export const RevealEndBody = Type.Object(
  { durationSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 3600 })) },
  { additionalProperties: false },
);
export const RevealEndResponse = Type.Object({
  revealId: Type.String({ format: 'uuid' }),
  durationSeconds: Type.Number(),
  exposure: ExposureStatus,
});
export type RevealEndResponse = Static<typeof RevealEndResponse>;

export const ReviewBatchQuery = Type.Object({
  source: Type.Enum(reviewSources),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  captureId: Type.Optional(Type.String({ format: 'uuid' })),
  pageUrl: Type.Optional(Type.String({ maxLength: 8192 })),
});
export type ReviewBatchQuery = Static<typeof ReviewBatchQuery>;

export const ReviewGridItem = Type.Object({
  sha256: Sha256,
  kind: Type.Union([Type.Literal('image'), Type.Literal('video')]),
  format: Type.String(),
  status: Type.Enum(gridItemStatuses),
  /** Media decided with this one: itself plus its near-duplicates. */
  members: Type.Integer({ minimum: 1 }),
  priority: Type.Integer(),
  reasons: Type.Array(Type.String()),
  earlyAlert: Type.Boolean(),
  nearPendingEntry: Type.Boolean({ description: 'Close to a bank entry that awaits confirmation.' }),
  classification: Type.Union([MediaClassification, Type.Null()]),
});
export type ReviewGridItem = Static<typeof ReviewGridItem>;

export const ReviewBatch = Type.Object({
  items: Type.Array(ReviewGridItem),
  /** Queue items are held for the caller this long; others are not served them meanwhile. */
  claimedUntil: Type.Union([Timestamp, Type.Null()]),
  exposure: ExposureStatus,
});
export type ReviewBatch = Static<typeof ReviewBatch>;

export const VerdictCore = Type.Object(
  {
    verdict: Type.Enum(reviewVerdicts),
    labels: Type.Optional(ReviewLabels),
    victimIdentified: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type VerdictCore = Static<typeof VerdictCore>;

export const VerdictInput = Type.Object(
  {
    sha256: Sha256,
    verdict: Type.Enum(reviewVerdicts),
    labels: Type.Optional(ReviewLabels),
    victimIdentified: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type VerdictInput = Static<typeof VerdictInput>;

export const SubmitVerdictsBody = Type.Object(
  { verdicts: Type.Array(VerdictInput, { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
);
export type SubmitVerdictsBody = Static<typeof SubmitVerdictsBody>;

export const VerdictResult = Type.Object({
  sha256: Sha256,
  /** Null when this verdict was refused (see error); the others in the batch still stand. */
  decisionId: Type.Union([Type.String(), Type.Null()]),
  verdict: Type.Enum(reviewVerdicts),
  members: Type.Integer(),
  /** The verification item its bank entries wait in (csam verdicts only). */
  itemId: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});
export const SubmitVerdictsResponse = Type.Object({ results: Type.Array(VerdictResult), exposure: ExposureStatus });
export type SubmitVerdictsResponse = Static<typeof SubmitVerdictsResponse>;

export const UndoVerdictsBody = Type.Object(
  { count: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })) },
  { additionalProperties: false },
);
export const UndoVerdictsResponse = Type.Object({
  undone: Type.Array(Type.Object({ decisionId: Type.String(), sha256: Sha256, verdict: Type.Enum(reviewVerdicts) })),
});
export type UndoVerdictsResponse = Static<typeof UndoVerdictsResponse>;

/** A verification task: blind, so no first verdict, labels or name of who gave it. */
export const VerificationItem = Type.Object({
  itemId: Type.String(),
  sha256: Sha256,
  kind: Type.Union([Type.Literal('image'), Type.Literal('video')]),
  members: Type.Integer(),
  verificationsNeeded: Type.Integer({ description: 'Verifiers still needed, counting the caller.' }),
  createdAt: Timestamp,
});
export const VerificationQueue = Type.Object({ items: Type.Array(VerificationItem), exposure: ExposureStatus });
export type VerificationQueue = Static<typeof VerificationQueue>;
export const ReviewQueueQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) });

export const VerifyResponse = Type.Object({
  itemId: Type.String(),
  /** agreed: more verifiers needed; confirmed: the entries now drive automatic actions; disputed: a supervisor decides. */
  outcome: Type.Union([Type.Literal('agreed'), Type.Literal('confirmed'), Type.Literal('disputed')]),
  state: Type.Enum(reviewItemStates),
});
export type VerifyResponse = Static<typeof VerifyResponse>;

export const ReviewOpinion = Type.Object({
  reviewerId: Type.String(),
  stage: Type.Union([Type.Literal('first'), Type.Literal('verification')]),
  verdict: Type.Enum(reviewVerdicts),
  labels: ReviewLabels,
  victimIdentified: Type.Union([Type.Boolean(), Type.Null()]),
  at: Timestamp,
});
export const DisputeItem = Type.Object({
  itemId: Type.String(),
  sha256: Sha256,
  kind: Type.Union([Type.Literal('image'), Type.Literal('video')]),
  members: Type.Integer(),
  opinions: Type.Array(ReviewOpinion),
  createdAt: Timestamp,
});
export const DisputeQueue = Type.Object({ items: Type.Array(DisputeItem), exposure: ExposureStatus });
export type DisputeQueue = Static<typeof DisputeQueue>;

export const SettleResponse = Type.Object({ itemId: Type.String(), state: Type.Enum(reviewItemStates) });
export type SettleResponse = Static<typeof SettleResponse>;

export const TeamExposureQuery = Type.Object({ day: Type.Optional(Type.String({ format: 'date' })) });
export const TeamExposure = Type.Object({
  day: Type.String({ format: 'date' }),
  analysts: Type.Array(
    Type.Object({
      userId: Type.String(),
      email: Type.String(),
      reviewSeconds: Type.Integer(),
      revealSeconds: Type.Integer(),
      reveals: Type.Integer(),
      breaks: Type.Integer(),
      stops: Type.Integer(),
      state: Type.Enum(exposureStates),
    }),
  ),
  totals: Type.Object({
    analysts: Type.Integer(),
    reviewSeconds: Type.Integer(),
    revealSeconds: Type.Integer(),
    reveals: Type.Integer(),
  }),
});
export type TeamExposure = Static<typeof TeamExposure>;
