import Type, { type Static } from 'typebox';
import {
  activities,
  ageBands,
  bankKinds,
  classificationTiers,
  contentOrigins,
  entryEventKinds,
  entryStatuses,
  importFormats,
  intendedUses,
  legalSchemes,
  signalTypes,
} from './hashbank.ts';

// The staff console's view of the hash bank (session routes under /api/v1/banks and
// /api/v1/bank-entries): banks, their entries, an entry's history, grants, imports and the two
// review queues. Fingerprints and labels only: never media.

const Time = Type.String({ format: 'date-time' });
const Reason = Type.String({ minLength: 1, maxLength: 2_000 });

export const StaffBank = Type.Object({
  name: Type.String(),
  purpose: Type.String(),
  kind: Type.Enum(bankKinds),
  enabled: Type.Boolean(),
  matchingRatio: Type.Number({ description: "HMA's enabled_ratio: the share of HMA lookups the bank takes part in." }),
  pdqThreshold: Type.Integer(),
  liveEntries: Type.Integer(),
  withdrawnEntries: Type.Integer(),
  grants: Type.Integer({ description: 'Organisations granted the bank.' }),
});
export type StaffBank = Static<typeof StaffBank>;
export const StaffBankList = Type.Object({ banks: Type.Array(StaffBank) });

export const BankNameParams = Type.Object({ name: Type.String({ maxLength: 64 }) });
export const BankEntryParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const bankEntryStates = ['live', 'withdrawn', 'all'] as const;
export const BankEntriesQuery = Type.Object({
  state: Type.Optional(Type.Enum(bankEntryStates)),
  before: Type.Optional(Type.Integer({ minimum: 1, description: 'The last entry id of the previous page.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
export type BankEntriesQuery = Static<typeof BankEntriesQuery>;

/** Signal values as text; a vPDQ is shown by its number of frames. */
export const StaffEntrySignals = Type.Record(Type.String(), Type.String());

export const StaffEntrySummary = Type.Object({
  id: Type.Integer(),
  bank: Type.String(),
  signals: StaffEntrySignals,
  status: Type.Enum(entryStatuses),
  suspended: Type.Boolean(),
  withdrawn: Type.Boolean(),
  createdAt: Time,
});
export type StaffEntrySummary = Static<typeof StaffEntrySummary>;
export const BankEntriesPage = Type.Object({
  entries: Type.Array(StaffEntrySummary),
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});

export const SearchHashBody = Type.Object(
  {
    signalType: Type.String({ maxLength: 32, description: 'sha256, sha1, md5, pdq or vpdq' }),
    signal: Type.String({ minLength: 1, maxLength: 100_000 }),
  },
  { additionalProperties: false },
);
export type SearchHashBody = Static<typeof SearchHashBody>;

export const StaffMatch = Type.Object({
  bank: Type.String(),
  bankKind: Type.Enum(bankKinds),
  entryId: Type.Integer(),
  signalType: Type.Enum(signalTypes),
  distance: Type.Number(),
  threshold: Type.Number(),
  confirmed: Type.Boolean(),
  suspended: Type.Boolean(),
});
export const StaffSearchResult = Type.Object({
  /** The signals searched (a media's, hashed on the server; the media is not kept). */
  signals: StaffEntrySignals,
  matches: Type.Array(StaffMatch),
});
export type StaffSearchResult = Static<typeof StaffSearchResult>;

export const StaffEntryEvent = Type.Object({
  kind: Type.Enum(entryEventKinds),
  actorType: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  occurredAt: Time,
});

export const StaffEntryView = Type.Object({
  entry: StaffEntrySummary,
  labels: Type.Object({
    ageBand: Type.Union([Type.Enum(ageBands), Type.Null()]),
    activity: Type.Union([Type.Enum(activities), Type.Null()]),
    origin: Type.Union([Type.Enum(contentOrigins), Type.Null()]),
    victimIdentified: Type.Union([Type.Boolean(), Type.Null()]),
  }),
  uses: Type.Array(Type.Enum(intendedUses)),
  withdrawnReason: Type.Union([Type.String(), Type.Null()]),
  suspendedReason: Type.Union([Type.String(), Type.Null()]),
  legalCategories: Type.Record(Type.String(), Type.String()),
  events: Type.Array(StaffEntryEvent),
});
export type StaffEntryView = Static<typeof StaffEntryView>;

export const EntryReasonBody = Type.Object({ reason: Reason }, { additionalProperties: false });
export type EntryReasonBody = Static<typeof EntryReasonBody>;

export const LegalSchemeMapping = Type.Object({
  scheme: Type.Enum(legalSchemes),
  ageBand: Type.String(),
  activity: Type.String(),
  category: Type.String(),
});
export const LegalSchemeMappings = Type.Object({ mappings: Type.Array(LegalSchemeMapping) });

export const BankGrant = Type.Object({
  organisationId: Type.String(),
  organisation: Type.String(),
  uses: Type.Array(Type.Enum(intendedUses)),
  tier: Type.Enum(classificationTiers),
  curate: Type.Boolean(),
});
export const BankGrants = Type.Object({
  grants: Type.Array(BankGrant),
  /** Every organisation, to choose from when granting. */
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});
export type BankGrants = Static<typeof BankGrants>;
export const BankGrantParams = Type.Object({
  name: Type.String({ maxLength: 64 }),
  organisationId: Type.String({ format: 'uuid' }),
});
export const GrantBody = Type.Object(
  {
    uses: Type.Array(Type.Enum(intendedUses), { minItems: 1, uniqueItems: true }),
    tier: Type.Enum(classificationTiers),
    curate: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type GrantBody = Static<typeof GrantBody>;

export const BankImportRecord = Type.Object({
  id: Type.Integer(),
  format: Type.Enum(importFormats),
  fileSha256: Type.String(),
  linesDone: Type.Integer(),
  added: Type.Integer(),
  skipped: Type.Integer(),
  finishedAt: Type.Union([Time, Type.Null()]),
  createdAt: Time,
});
export const BankImports = Type.Object({ imports: Type.Array(BankImportRecord) });

export const QueuedSubmission = Type.Object({
  entryId: Type.Integer(),
  signals: StaffEntrySignals,
  createdAt: Time,
  submissions: Type.Array(Type.Object({ organisation: Type.String(), note: Type.String(), createdAt: Time })),
});
export const SubmissionQueue = Type.Object({ submissions: Type.Array(QueuedSubmission) });
export type SubmissionQueue = Static<typeof SubmissionQueue>;
export const AcceptSubmissionBody = Type.Object(
  { bank: Type.String({ maxLength: 64 }), reason: Reason },
  { additionalProperties: false },
);
export type AcceptSubmissionBody = Static<typeof AcceptSubmissionBody>;
export const AcceptSubmissionResponse = Type.Object({ entryId: Type.Integer(), created: Type.Boolean() });

export const SuspendedEntry = Type.Object({
  entryId: Type.Integer(),
  bank: Type.String(),
  suspendedAt: Time,
  reason: Type.String(),
});
export const SuspensionQueue = Type.Object({ entries: Type.Array(SuspendedEntry) });
