import Type, { type Static } from 'typebox';

// Hasher-Matcher-Actioner's API (facebook/ThreatExchange, OpenMediaMatch blueprints) as Vigie
// answers it (packages/core/src/hashbank/hma/, docs/hashbank.md): HMA's names and shapes, so its
// clients work unchanged. Fastify serialises answers through these schemas, so a property missing
// here is dropped from the answer: where HMA's answer carries more than is known (an exchange's
// own settings, a client's metadata), the object keeps additional properties.

/** Signal type name (HMA's: `pdq`, `video_md5`, `vpdq`...) to the signal, as HMA formats it. */
export const HmaSignals = Type.Record(Type.String(), Type.String(), {
  description: 'Signal type name (pdq, video_md5, vpdq, md5, sha256...) to the signal',
});

/** `{"message": ...}`: HMA's answer of a deletion (`Done`) or an exchange created. */
export const HmaMessage = Type.Object({ message: Type.String() });

// Matching (/h/, /m/)

export const HmaMatch = Type.Object({
  bank_content_id: Type.Integer({ description: 'The content id in its bank (GET /c/bank/NAME/content/ID)' }),
  distance: Type.String({ description: 'The distance, as text (HMA answers it so); "0" for an exact hash' }),
});

export const HmaBankMatches = Type.Record(Type.String(), Type.Array(HmaMatch), {
  description: 'Bank name to the matches in that bank (an empty list: a negative bank vetoed them)',
});

export const HmaMatchesBySignalType = Type.Record(Type.String(), HmaBankMatches, {
  description: 'Signal type name to its matches by bank',
});

/** GET /m/lookup: one signal (or a URL with `signal_type`), or a URL's every signal type. */
export const HmaLookupResult = Type.Union([HmaBankMatches, HmaMatchesBySignalType], {
  description:
    'With `signal_type` and `signal` (or `url` and `signal_type`): bank name to matches. With `url` alone: signal type name to bank name to matches.',
});

export const HmaRawLookup = Type.Object({
  matches: Type.Array(Type.Union([Type.Integer(), HmaMatch]), {
    description: 'Content ids; with `include_distance=true`, each with its distance',
  }),
});

export const HmaComparison = Type.Object({ distance: Type.Number(), threshold: Type.Number() });

/** `{"pdq": [true, {"distance": 3, "threshold": 31}]}`: per signal type, matched or not, and why. */
// A pair, written as an array of either (OpenAPI 3.1 writes tuples as `prefixItems`, which the
// serialiser does not read; a draft-7 tuple is not valid OpenAPI 3.1).
export const HmaCompareResult = Type.Record(
  Type.String(),
  Type.Array(Type.Union([Type.Boolean(), HmaComparison]), { minItems: 2, maxItems: 2 }),
  { description: 'Signal type name to [is a match (boolean), its distance and threshold]' },
);

/** POST /m/compare: `{"pdq": [left, right]}`, per signal type. */
export const HmaCompareBody = Type.Record(Type.String(), Type.Array(Type.String(), { minItems: 2, maxItems: 2 }), {
  description: 'Signal type name to the two signals to compare',
});

export const HmaIndexState = Type.Object({
  built_to: Type.Integer({ description: 'Unix seconds the index was built to; -1 before its first build' }),
  present: Type.Boolean(),
  size: Type.Integer({ description: 'Signals in the index' }),
});

export const HmaIndexStatus = Type.Record(Type.String(), HmaIndexState, {
  description: 'Signal type name (of those with an in-memory index) to its index',
});

// Curation (/c/): banks, content, signal types

/** HMA's bank: a bank Vigie has disabled reads `matching_enabled_ratio: 0`. */
export const HmaBank = Type.Object({
  name: Type.String(),
  matching_enabled_ratio: Type.Number({ description: 'The share of lookups the bank takes part in, 0 to 1' }),
});
export type HmaBank = Static<typeof HmaBank>;

// As HMA's pydantic models read them: Coop sends enabled_ratio as a string ("1"), coerced.
const Ratio = Type.Optional(Type.Number({ minimum: 0, maximum: 1 }));

export const HmaBankCreate = Type.Object({
  name: Type.String(),
  enabled_ratio: Ratio,
  enabled: Type.Optional(Type.Boolean({ description: 'true is a ratio of 1, false of 0; enabled_ratio wins' })),
});

export const HmaBankUpdate = Type.Object({
  name: Type.Optional(Type.String({ description: 'A new name (a rename)' })),
  enabled_ratio: Ratio,
  enabled: Type.Optional(Type.Boolean({ description: 'true is a ratio of 1, false of 0; enabled_ratio wins' })),
});

/** POST /c/bank/NAME/signal: signal type name to signal, and an optional `note`. */
export const HmaSignalsBody = Type.Record(Type.String(), Type.Unknown(), {
  description: 'Signal type name to the signal (text), and an optional `note` (at most 255 characters)',
});

export const HmaContentAdded = Type.Object({ id: Type.Integer(), signals: HmaSignals });

/** HMA's metadata of banked content; any other key a client kept is answered as it was given. */
export const HmaContentMetadata = Type.Object(
  {
    content_id: Type.Optional(Type.String()),
    content_uri: Type.Optional(Type.String()),
    json: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: true },
);

export const HmaBankContent = Type.Object({
  id: Type.Integer(),
  disable_until_ts: Type.Integer({ description: '1: enabled; 0: withdrawn' }),
  original_media_uri: Type.Null(),
  bank: HmaBank,
  metadata: Type.Optional(HmaContentMetadata),
  note: Type.Optional(Type.String()),
});

export const HmaContentDeleted = Type.Object({
  deleted: Type.Integer({ description: '1, or 0 when the content is not (or no longer) in the bank' }),
});

export const HmaSignalTypeConfig = Type.Object({ name: Type.String(), enabled_ratio: Type.Number() });

export const HmaContentTypeConfig = Type.Object({ name: Type.String(), enabled: Type.Boolean() });

export const HmaSignalTypeIndexState = Type.Object({
  index_size: Type.Integer(),
  db_size: Type.Integer(),
  index_out_of_date: Type.Boolean(),
  index_built_to: Type.Integer({ description: 'Unix seconds; -1 before the first build' }),
  newest_db_item: Type.Integer({ description: 'Unix seconds; -1 before the first build' }),
});

export const HmaSignalTypeIndex = Type.Record(Type.String(), HmaSignalTypeIndexState, {
  description: 'Signal type name to its index',
});

// Exchanges (/c/exchanges, /c/exchange/): HMA's shapes, answered over Vigie's hash exchanges
// (packages/core/src/exchanges), so that Coop's exchange screens and a generated client read them.

/** POST /c/exchanges/api/{api_name}: the API's credentials (null or {} clears them). */
export const HmaExchangeCredentials = Type.Object({
  credential_json: Type.Optional(Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()])),
});
/** PUT /c/exchange/{name}: HMA's update; Vigie acts on `enabled` and keeps the rest of the body out. */
export const HmaExchangeUpdate = Type.Object(
  { enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: true },
);
export const HmaExchangeCreate = Type.Object({
  bank: Type.Optional(Type.String({ description: 'The name, /^[A-Z0-9_]+$/' })),
  api: Type.Optional(Type.String({ description: 'The exchange API (none is installed in Vigie)' })),
  api_json: Type.Optional(Type.Unknown({ description: "The exchange API's settings, an object" })),
});

export const HmaExchangeApi = Type.Object({
  supports_authentification: Type.Boolean(),
  has_set_authentification: Type.Boolean(),
});

export const HmaExchangeApiSchema = Type.Record(Type.String(), Type.Unknown(), {
  description: "The JSON schemas of the exchange API's settings",
});

export const HmaExchange = Type.Object(
  { name: Type.String(), api: Type.String(), enabled: Type.Boolean() },
  { additionalProperties: true, description: "An exchange's settings, with its API's own" },
);

export const HmaExchangeFetchStatus = Type.Object({
  checkpoint_ts: Type.Union([Type.Integer(), Type.Null()]),
  running_fetch_start_ts: Type.Union([Type.Integer(), Type.Null()]),
  last_fetch_complete_ts: Type.Union([Type.Integer(), Type.Null()]),
  last_fetch_succeeded: Type.Union([Type.Boolean(), Type.Null()]),
  up_to_date: Type.Boolean(),
  fetched_items: Type.Integer(),
});
