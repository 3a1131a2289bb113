import Type, { type Static } from 'typebox';
import { activities, ageBands, contentOrigins } from './review-names.ts';

// The hash bank's closed sets. The migration mirrors each with a CHECK constraint.
export const bankKinds = ['standard', 'negative', 'quarantine'] as const;
export const signalTypes = ['sha256', 'sha1', 'md5', 'pdq', 'vpdq'] as const;
export const mediaKinds = ['image', 'video', 'unknown'] as const;
export { activities, ageBands, contentOrigins } from './review-names.ts';
export const intendedUses = ['victim_identification', 'forensics', 'notice_and_takedown'] as const;
export const entryStatuses = ['pending', 'confirmed', 'disputed'] as const;
export const assessmentVerdicts = ['concur', 'dispute'] as const;
export const feedbackVerdicts = ['confirmed', 'false_positive'] as const;
// What an organisation sees of a match: only that it matched, the legal-scheme category, or all labels.
export const classificationTiers = ['match_only', 'scheme_category', 'full_labels'] as const;
export const legalSchemes = ['ca_criminal_code', 'uk_abc', 'industry_a1b2', 'interpol_baseline'] as const;
export const entryEventKinds = [
  'created',
  'assessed',
  'labels_changed',
  'withdrawn',
  'restored',
  'suspended',
  'unsuspended',
  'feedback',
] as const;

export type BankKind = (typeof bankKinds)[number];
export type SignalType = (typeof signalTypes)[number];
export type MediaKind = (typeof mediaKinds)[number];
export type AgeBand = (typeof ageBands)[number];
export type Activity = (typeof activities)[number];
export type ContentOrigin = (typeof contentOrigins)[number];
export type IntendedUse = (typeof intendedUses)[number];
export type EntryStatus = (typeof entryStatuses)[number];
export type AssessmentVerdict = (typeof assessmentVerdicts)[number];
export type FeedbackVerdict = (typeof feedbackVerdicts)[number];
export type ClassificationTier = (typeof classificationTiers)[number];
export type LegalScheme = (typeof legalSchemes)[number];
export type EntryEventKind = (typeof entryEventKinds)[number];

// The providers' hash bank API under /api/v1/: matching, upload checks, the hash list download,
// submissions and match feedback. Never any media in an answer: fingerprints and labels only.

export const hashbankApiLimits = { signalsPerRequest: 100, signal: 100_000, pageSize: 10_000, reason: 2_000 } as const;

export const SignalItem = Type.Object({
  signalType: Type.String({ maxLength: 32, description: 'sha256, sha1, md5 (or video_md5), pdq, vpdq' }),
  signal: Type.String({ minLength: 1, maxLength: hashbankApiLimits.signal }),
});

export const MatchHashesBody = Type.Object({
  signals: Type.Array(SignalItem, { minItems: 1, maxItems: hashbankApiLimits.signalsPerRequest }),
  use: Type.Optional(Type.Enum(intendedUses, { description: 'Only banks granted for this use.' })),
});
export type MatchHashesBody = Static<typeof MatchHashesBody>;

/** What the caller's tier shows: nothing, the legal-scheme categories, or every neutral label. */
export const Classification = Type.Object({
  tier: Type.Enum(classificationTiers),
  categories: Type.Optional(Type.Record(Type.String(), Type.String())),
  labels: Type.Optional(
    Type.Object({
      ageBand: Type.Union([Type.Enum(ageBands), Type.Null()]),
      activity: Type.Union([Type.Enum(activities), Type.Null()]),
      origin: Type.Union([Type.Enum(contentOrigins), Type.Null()]),
      victimIdentified: Type.Union([Type.Boolean(), Type.Null()]),
    }),
  ),
});

export const ProviderMatch = Type.Object({
  bank: Type.String(),
  entryId: Type.Integer(),
  distance: Type.Number(),
  threshold: Type.Number(),
  confirmed: Type.Boolean(),
  suspended: Type.Boolean({ description: 'Flood guard: still a match, but feeds no automatic action.' }),
  uses: Type.Array(Type.Enum(intendedUses)),
  classification: Classification,
});
export type ProviderMatch = Static<typeof ProviderMatch>;

export const SignalMatches = Type.Object({
  signalType: Type.Enum(signalTypes),
  signal: Type.String(),
  matches: Type.Array(ProviderMatch),
  /** A match in a negative bank (known false positive) empties `matches`. */
  suppressed: Type.Boolean(),
});
export type SignalMatches = Static<typeof SignalMatches>;

export const MatchResponse = Type.Object({ results: Type.Array(SignalMatches) });
export type MatchResponse = Static<typeof MatchResponse>;

export const uploadDecisions = ['allow', 'block'] as const;
export const UploadCheckResponse = Type.Object({
  decision: Type.Enum(uploadDecisions),
  /** The matches that decided a block (confirmed, not suspended, granted for notice_and_takedown). */
  blockedBy: Type.Array(ProviderMatch),
  results: Type.Array(SignalMatches),
});
export type UploadCheckResponse = Static<typeof UploadCheckResponse>;

export const HashListQuery = Type.Object({
  since: Type.Optional(
    Type.String({ maxLength: 200, description: 'The cursor of an earlier page: only what changed after it.' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: hashbankApiLimits.pageSize })),
});

export const HashListEntry = Type.Object({
  entryId: Type.Integer(),
  bank: Type.String(),
  /** A tombstone: the entry was withdrawn (or its bank disabled); drop it. */
  withdrawn: Type.Boolean(),
  signals: Type.Optional(Type.Record(Type.String(), Type.String())),
  confirmed: Type.Optional(Type.Boolean()),
  suspended: Type.Optional(Type.Boolean()),
  uses: Type.Optional(Type.Array(Type.Enum(intendedUses))),
  classification: Type.Optional(Classification),
});
export type HashListEntry = Static<typeof HashListEntry>;

export const HashListPage = Type.Object({
  entries: Type.Array(HashListEntry),
  /** Opaque; give it as `since` for the next page, and later for what changed meanwhile. */
  cursor: Type.String(),
  /** False when this page reached the end of what is committed now. */
  more: Type.Boolean(),
});
export type HashListPage = Static<typeof HashListPage>;

export const SubmitHashesBody = Type.Object({
  signals: Type.Array(SignalItem, { minItems: 1, maxItems: 5 }),
  labels: Type.Optional(
    Type.Object({
      ageBand: Type.Optional(Type.Enum(ageBands)),
      activity: Type.Optional(Type.Enum(activities)),
      origin: Type.Optional(Type.Enum(contentOrigins)),
    }),
  ),
  note: Type.Optional(Type.String({ maxLength: hashbankApiLimits.reason })),
});
export type SubmitHashesBody = Static<typeof SubmitHashesBody>;

export const SubmissionResponse = Type.Object({
  submissionId: Type.Integer(),
  /** False when the same media already awaited review: the earlier submission stands. */
  created: Type.Boolean(),
  status: Type.Literal('awaiting_review'),
});
export type SubmissionResponse = Static<typeof SubmissionResponse>;

export const FeedbackBody = Type.Object({
  entryId: Type.Integer({ minimum: 1 }),
  verdict: Type.Enum(feedbackVerdicts),
  reason: Type.Optional(Type.String({ maxLength: hashbankApiLimits.reason })),
});
export type FeedbackBody = Static<typeof FeedbackBody>;
export const FeedbackResponse = Type.Object({ feedbackId: Type.Integer() });

export const importFormats = ['csv', 'hma', 'ncmec', 'stopncii'] as const;
export type ImportFormat = (typeof importFormats)[number];
export const ImportResponse = Type.Object({
  importId: Type.Integer(),
  linesDone: Type.Integer(),
  added: Type.Integer(),
  skipped: Type.Integer(),
  errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
});
export type ImportResponse = Static<typeof ImportResponse>;
