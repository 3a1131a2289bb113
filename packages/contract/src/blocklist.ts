import Type, { type Static } from 'typebox';

// Closed sets and wire schemas of the blocklist feed (migrations mirror the sets in CHECK
// constraints). See docs/blocklist.md.

/** url: one address (host, path and query); domain: a host name and every name under it (RPZ). */
export const blocklistEntryKinds = ['url', 'domain'] as const;
export type BlocklistEntryKind = (typeof blocklistEntryKinds)[number];

/** nominated: waiting for two analysts' approval; listed: in the next version; delisted: left the list; rejected: never listed. */
export const blocklistEntryStates = ['nominated', 'listed', 'delisted', 'rejected'] as const;
export type BlocklistEntryState = (typeof blocklistEntryStates)[number];

/** Why an entry left the list: a re-check found the content gone, a site owner's appeal was upheld, or staff withdrew it. */
export const blocklistDelistReasons = ['content_gone', 'appeal', 'withdrawn'] as const;
export type BlocklistDelistReason = (typeof blocklistDelistReasons)[number];

export const blocklistEventKinds = [
  'nominated',
  'approved',
  'listed',
  'rejected',
  'delisted',
  'appealed',
  'appeal_upheld',
  'appeal_rejected',
] as const;
export type BlocklistEventKind = (typeof blocklistEventKinds)[number];

export const blocklistAppealStates = ['open', 'upheld', 'rejected'] as const;
export type BlocklistAppealState = (typeof blocklistAppealStates)[number];

/** The feed's formats: plain text, CSV and JSON list every entry; rpz (a DNS zone) the domain entries. */
export const blocklistFormats = ['txt', 'csv', 'json', 'rpz'] as const;
export type BlocklistFormat = (typeof blocklistFormats)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const BlocklistNominateBody = Type.Object(
  {
    urls: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2048 }), { maxItems: 500 })),
    domains: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 253 }), { maxItems: 500 })),
    reportId: Type.Optional(Uuid),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, description: 'URLs (and domain names) nominated for the blocklist.' },
);
export type BlocklistNominateBody = Static<typeof BlocklistNominateBody>;

export const BlocklistCriterion = Type.Object({
  name: Type.String({ description: 'confirmed, age_band, removal_failed or still_online' }),
  met: Type.Boolean(),
  detail: Type.String(),
});

export const BlocklistEntrySummary = Type.Object({
  id: Uuid,
  kind: Type.Enum(blocklistEntryKinds),
  entry: Type.String({ description: 'The entry as the feed writes it (normalised).' }),
  sha256: Type.String(),
  state: Type.Enum(blocklistEntryStates),
  delistedReason: Nullable(Type.Enum(blocklistDelistReasons)),
  approvals: Type.Integer(),
  reportId: Nullable(Uuid),
  decisionId: Nullable(Type.String()),
  nominatedAt: Timestamp,
  listedAt: Nullable(Timestamp),
  delistedAt: Nullable(Timestamp),
});

export const BlocklistEventView = Type.Object({
  kind: Type.Enum(blocklistEventKinds),
  at: Timestamp,
  actor: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const BlocklistEntryView = Type.Object({
  ...BlocklistEntrySummary.properties,
  approvedBy: Type.Array(Uuid),
  criteria: Type.Array(BlocklistCriterion),
  events: Type.Array(BlocklistEventView),
});

export const BlocklistEntryList = Type.Object({ entries: Type.Array(BlocklistEntrySummary) });

export const BlocklistNominateResponse = Type.Object({
  entries: Type.Array(BlocklistEntrySummary),
  invalid: Type.Array(Type.String(), { description: 'What was given that is not an http(s) URL or domain name.' }),
});

export const BlocklistEntryQuery = Type.Object({
  state: Type.Optional(Type.Enum(blocklistEntryStates)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

export const BlocklistApproveBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false, description: 'An analyst approves the entry (send {} when there is nothing to add).' },
);

export const BlocklistRejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const BlocklistVersionView = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  publishedAt: Timestamp,
  entries: Type.Integer(),
  urls: Type.Integer(),
  domains: Type.Integer(),
  added: Type.Integer(),
  removed: Type.Integer(),
});
export const BlocklistVersionList = Type.Object({
  current: Nullable(Type.Integer()),
  versions: Type.Array(BlocklistVersionView),
});

export const BlocklistDeltaQuery = Type.Object({
  since: Type.Integer({ minimum: 0, description: 'The version the caller has (0: none).' }),
  format: Type.Optional(Type.Union([Type.Literal('txt'), Type.Literal('csv'), Type.Literal('json')])),
});

export const BlocklistAppealView = Type.Object({
  id: Uuid,
  address: Type.String({ description: 'The address or domain as the site owner gave it.' }),
  entryId: Nullable(Uuid),
  entryState: Nullable(Type.Enum(blocklistEntryStates)),
  contact: Type.String(),
  reason: Type.String(),
  language: Type.String(),
  state: Type.Enum(blocklistAppealStates),
  submittedAt: Timestamp,
  decidedAt: Nullable(Timestamp),
  decisionNote: Nullable(Type.String()),
});
export const BlocklistAppealList = Type.Object({ appeals: Type.Array(BlocklistAppealView) });
export const BlocklistAppealQuery = Type.Object({ state: Type.Optional(Type.Enum(blocklistAppealStates)) });

export const BlocklistAppealDecisionBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('upheld'), Type.Literal('rejected')]),
    note: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false, description: 'upheld: the entry leaves the list; rejected: it stays.' },
);

export const BlocklistFetchView = Type.Object({
  organisation: Type.String(),
  file: Type.String(),
  version: Nullable(Type.Integer()),
  at: Timestamp,
});
export const BlocklistFetchList = Type.Object({ fetches: Type.Array(BlocklistFetchView) });
