import Type, { type Static } from 'typebox';
import { feedbackVerdicts } from './hashbank.ts';

// Hash exchanges: scheduled pulls of other programmes' hash lists, each into its own bank, and
// signed exports for partners. Names are HMA's (python-threatexchange's API names where one exists).
export const exchangeApis = ['vigie', 'hma', 'ncmec', 'stop_ncii', 'url_list'] as const;
export type ExchangeApi = (typeof exchangeApis)[number];
export const exchangeFeedbackStates = ['queued', 'sent', 'refused', 'unsupported'] as const;
export type ExchangeFeedbackState = (typeof exchangeFeedbackStates)[number];

const Name = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,63}$', description: 'The exchange and its bank' });
const Settings = Type.Record(Type.String(), Type.Unknown(), {
  description: "The API's settings (GET /api/v1/exchanges/apis lists them)",
});
const Credentials = Type.Record(Type.String(), Type.String({ maxLength: 4096 }), {
  description: 'Kept encrypted; never answered back',
});

export const ExchangeCreateBody = Type.Object({
  name: Name,
  api: Type.Enum(exchangeApis),
  settings: Type.Optional(Settings),
  credentials: Type.Optional(Credentials),
  enabled: Type.Optional(Type.Boolean()),
  intervalMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 10080 })),
});
export type ExchangeCreateBody = Static<typeof ExchangeCreateBody>;

export const ExchangeUpdateBody = Type.Object({
  settings: Type.Optional(Settings),
  credentials: Type.Optional(Type.Union([Credentials, Type.Null()])),
  enabled: Type.Optional(Type.Boolean()),
  intervalMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 10080 })),
});
export type ExchangeUpdateBody = Static<typeof ExchangeUpdateBody>;

const Time = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const ExchangeStatus = Type.Object({
  running: Type.Boolean(),
  lastFetchStartedAt: Time,
  lastFetchCompletedAt: Time,
  lastSuccessAt: Time,
  lastFetchSucceeded: Type.Union([Type.Boolean(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  /** Where the next pull resumes (the source's own cursor, page token or timestamp). */
  checkpoint: Type.Record(Type.String(), Type.Unknown()),
  checkpointAt: Time,
  upToDate: Type.Boolean(),
  nextFetchAt: Type.String({ format: 'date-time' }),
  counts: Type.Object({
    fetched: Type.Integer(),
    added: Type.Integer(),
    withdrawn: Type.Integer(),
    skipped: Type.Integer(),
    live: Type.Integer(),
  }),
});
export type ExchangeStatus = Static<typeof ExchangeStatus>;

export const ExchangeView = Type.Object({
  name: Name,
  bank: Type.String(),
  api: Type.Enum(exchangeApis),
  settings: Settings,
  hasCredentials: Type.Boolean(),
  enabled: Type.Boolean(),
  intervalMinutes: Type.Integer(),
  status: ExchangeStatus,
});
export type ExchangeView = Static<typeof ExchangeView>;
export const ExchangeList = Type.Object({ exchanges: Type.Array(ExchangeView) });

export const ExchangeField = Type.Object({
  name: Type.String(),
  type: Type.Enum(['string', 'number', 'boolean', 'enum', 'list_of_string']),
  required: Type.Boolean(),
  default: Type.Unknown(),
  help: Type.String(),
  choices: Type.Union([Type.Array(Type.String()), Type.Null()]),
});
export const ExchangeApiDescription = Type.Object({
  api: Type.Enum(exchangeApis),
  description: Type.String(),
  settings: Type.Array(ExchangeField),
  credentials: Type.Union([Type.Array(ExchangeField), Type.Null()]),
  feedback: Type.Boolean(),
});
export const ExchangeApiList = Type.Object({ apis: Type.Array(ExchangeApiDescription) });

export const ExchangeNameParams = Type.Object({ name: Name });

/** DELETE /api/v1/exchanges/{name}: the exchange is gone; its bank and history stay. */
export const ExchangeDeleted = Type.Object({ deleted: Type.Literal(true) });
export const ExchangeFetchResponse = Type.Object({
  fetched: Type.Integer(),
  added: Type.Integer(),
  withdrawn: Type.Integer(),
  skipped: Type.Integer(),
  complete: Type.Boolean(),
});
export type ExchangeFetchResponse = Static<typeof ExchangeFetchResponse>;

export const ExchangeFeedbackBody = Type.Object({
  entryId: Type.Integer({ minimum: 1 }),
  verdict: Type.Enum(feedbackVerdicts),
});
export type ExchangeFeedbackBody = Static<typeof ExchangeFeedbackBody>;
export const ExchangeFeedbackResponse = Type.Object({
  feedbackId: Type.Integer(),
  state: Type.Enum(exchangeFeedbackStates),
});
export const SigningKeyResponse = Type.Object({
  algorithm: Type.Literal('Ed25519'),
  /** SubjectPublicKeyInfo, PEM. */
  publicKeyPem: Type.String(),
  /** SHA-256 of the DER public key, hex: what a partner pins. */
  fingerprint: Type.String(),
});
