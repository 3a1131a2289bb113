import Type, { type Static } from 'typebox';
import { reportTypes } from './intake.ts';
import { OutboxMessageView } from './notices.ts';

// Referrals: the recipient directory (police, child welfare, partner hotlines), the rules that
// forward reports without an analyst, and each referral with its delivery, acknowledgement and
// outcome. Migrations mirror the closed sets in CHECK constraints.

/** police: a force of one jurisdiction; national_police_centre: the country's centre for reports about other countries; child_welfare: an agency; partner_hotline: another country's hotline (INHOPE). */
export const referralRecipientKinds = ['police', 'national_police_centre', 'child_welfare', 'partner_hotline'] as const;
export type ReferralRecipientKind = (typeof referralRecipientKinds)[number];

/** How a package reaches its recipient: encrypted e-mail, a file drop, or a signed HTTPS request. */
export const referralChannels = ['openpgp_email', 'sftp', 'https_api'] as const;
export type ReferralChannel = (typeof referralChannels)[number];

/** The renderings of a package a recipient may ask for (JSON is always sent). */
export const referralFormats = ['json', 'html', 'pdf', 'cybertip_xml'] as const;
export type ReferralFormat = (typeof referralFormats)[number];

/** held: automatic, waiting for its undo window to pass; queued: its message is in the outbox; sent: the recipient's server took it; failed: it could not be delivered; acknowledged: the recipient said it has it; cancelled: undone before delivery. */
export const referralStates = ['held', 'queued', 'sent', 'failed', 'acknowledged', 'cancelled'] as const;
export type ReferralState = (typeof referralStates)[number];

export const referralOrigins = ['automatic', 'analyst'] as const;
export type ReferralOrigin = (typeof referralOrigins)[number];

/** What the recipient did with it, as it told the hotline (the annual statistics count these). */
export const referralOutcomes = [
  'arrest',
  'charges_laid',
  'child_removed_from_harm',
  'victim_identified',
  'investigation_opened',
  'referred_elsewhere',
  'insufficient_information',
  'no_action',
] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];

export const referralEventKinds = [
  'created',
  'undone',
  'queued',
  'sent',
  'failed',
  'acknowledged',
  'outcome_recorded',
] as const;
export type ReferralEventKind = (typeof referralEventKinds)[number];

/** What the automatic forwarding decided for a marked report. */
export const autoDecisionOutcomes = ['forwarded', 'excluded', 'no_rule', 'no_recipient'] as const;
export type AutoDecisionOutcome = (typeof autoDecisionOutcomes)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });
const Text = (maxLength = 200) => Type.String({ maxLength });

const recipientFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(referralRecipientKinds),
  country: Country,
  region: Type.Optional(Nullable(Type.String({ maxLength: 10, description: 'province or state code, e.g. MB' }))),
  city: Type.Optional(Nullable(Text(100))),
  /** For partner hotlines and national centres: the countries whose reports they take (besides `country`). */
  coversCountries: Type.Optional(Type.Array(Country, { maxItems: 300, uniqueItems: true })),
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  channel: Type.Enum(referralChannels),
  email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
  publicKey: Type.Optional(Nullable(Type.String({ maxLength: 100_000, description: 'armored OpenPGP public key' }))),
  sftpHost: Type.Optional(Nullable(Text(253))),
  sftpPort: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 65535 }))),
  sftpUser: Type.Optional(Nullable(Text(100))),
  sftpPassword: Type.Optional(Nullable(Text(500))),
  sftpPrivateKey: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  sftpHostKey: Type.Optional(
    Nullable(Type.String({ maxLength: 100, description: 'SHA256:… fingerprint the server must present' })),
  ),
  sftpDirectory: Type.Optional(Nullable(Text(500))),
  apiUrl: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
  apiSecret: Type.Optional(Nullable(Type.String({ minLength: 16, maxLength: 500 }))),
  apiCaCertificates: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 50_000,
        description:
          'PEM certificates of the private certificate authority that issued the API server’s certificate; when set, only they are trusted for this recipient',
      }),
    ),
  ),
  /** Report types it takes; empty: every type. */
  reportTypes: Type.Optional(Type.Array(Type.Enum(reportTypes), { uniqueItems: true })),
  mayReceiveMedia: Type.Optional(Type.Boolean()),
  formats: Type.Optional(Type.Array(Type.Enum(referralFormats), { uniqueItems: true })),
  active: Type.Optional(Type.Boolean()),
  notes: Type.Optional(Nullable(Text(2000))),
};

export const ReferralRecipientBody = Type.Object(recipientFields, { additionalProperties: false });
export type ReferralRecipientBody = Static<typeof ReferralRecipientBody>;
export const ReferralRecipientPatch = Type.Partial(Type.Object(recipientFields, { additionalProperties: false }));
export type ReferralRecipientPatch = Static<typeof ReferralRecipientPatch>;

/** A recipient file (`vigie referral-recipient import`): the directory as data. */
export const ReferralRecipientFile = Type.Object(
  { recipients: Type.Array(ReferralRecipientBody, { maxItems: 10_000 }) },
  { additionalProperties: false },
);
export type ReferralRecipientFile = Static<typeof ReferralRecipientFile>;

export const ReferralCaCertificate = Type.Object({
  subject: Type.String(),
  sha256Fingerprint: Type.String({
    description: 'colon-separated hex, as openssl x509 -fingerprint -sha256 prints it',
  }),
  notAfter: Timestamp,
});

export const ReferralRecipientView = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.Enum(referralRecipientKinds),
  country: Type.String(),
  region: Nullable(Type.String()),
  city: Nullable(Type.String()),
  coversCountries: Type.Array(Type.String()),
  language: Type.String(),
  channel: Type.Enum(referralChannels),
  email: Nullable(Type.String()),
  publicKeyFingerprint: Nullable(Type.String()),
  sftpHost: Nullable(Type.String()),
  sftpPort: Nullable(Type.Integer()),
  sftpUser: Nullable(Type.String()),
  sftpDirectory: Nullable(Type.String()),
  sftpHostKey: Nullable(Type.String()),
  apiUrl: Nullable(Type.String()),
  /** The private authorities trusted for the API server (empty: the system's public ones). */
  apiCaCertificates: Type.Array(ReferralCaCertificate),
  /** Secrets never leave through the API: only whether one is set. */
  hasSecret: Type.Boolean(),
  reportTypes: Type.Array(Type.Enum(reportTypes)),
  mayReceiveMedia: Type.Boolean(),
  formats: Type.Array(Type.Enum(referralFormats)),
  active: Type.Boolean(),
  notes: Nullable(Type.String()),
  updatedAt: Timestamp,
});
export const ReferralRecipientList = Type.Object({ recipients: Type.Array(ReferralRecipientView) });
export const ReferralRecipientImportResult = Type.Object({ added: Type.Integer(), updated: Type.Integer() });

const ruleFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  enabled: Type.Optional(Type.Boolean()),
  /** Media labels a detection must carry (empty: any confirmed material). */
  ageBands: Type.Optional(Type.Array(Text(50), { maxItems: 20, uniqueItems: true })),
  activities: Type.Optional(Type.Array(Text(50), { maxItems: 50, uniqueItems: true })),
  /** Report types this rule forwards (empty: every type not excluded). */
  reportTypes: Type.Optional(Type.Array(Type.Enum(reportTypes), { uniqueItems: true })),
  /** Report types that never go automatically: a report of one of these waits for an analyst. */
  excludedReportTypes: Type.Optional(Type.Array(Type.Enum(reportTypes), { uniqueItems: true })),
  /** Which kinds of recipient, chosen by the report's jurisdiction. */
  recipientKinds: Type.Optional(Type.Array(Type.Enum(referralRecipientKinds), { uniqueItems: true })),
  /** Or named recipients (besides the kinds). */
  recipientIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
};
export const ReferralRuleBody = Type.Object(ruleFields, { additionalProperties: false });
export type ReferralRuleBody = Static<typeof ReferralRuleBody>;
export const ReferralRulePatch = Type.Partial(Type.Object(ruleFields, { additionalProperties: false }));
export type ReferralRulePatch = Static<typeof ReferralRulePatch>;
export const ReferralRuleView = Type.Object({
  id: Uuid,
  name: Type.String(),
  enabled: Type.Boolean(),
  ageBands: Type.Array(Type.String()),
  activities: Type.Array(Type.String()),
  reportTypes: Type.Array(Type.Enum(reportTypes)),
  excludedReportTypes: Type.Array(Type.Enum(reportTypes)),
  recipientKinds: Type.Array(Type.Enum(referralRecipientKinds)),
  recipientIds: Type.Array(Uuid),
  updatedAt: Timestamp,
});
export const ReferralRuleList = Type.Object({ rules: Type.Array(ReferralRuleView) });

export const CreateReferralBody = Type.Object(
  {
    reportId: Uuid,
    /** Omitted: chosen by the rules and the report's jurisdiction. */
    recipientId: Type.Optional(Uuid),
    classification: Type.Optional(Text(200)),
    note: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);
export type CreateReferralBody = Static<typeof CreateReferralBody>;

export const AcknowledgeReferralBody = Type.Object(
  { reference: Type.Optional(Text(200)), note: Type.Optional(Text(2000)) },
  { additionalProperties: false },
);
export const RecordOutcomeBody = Type.Object(
  { outcome: Type.Enum(referralOutcomes), note: Type.Optional(Text(2000)), reportedAt: Type.Optional(Timestamp) },
  { additionalProperties: false },
);
export type RecordOutcomeBody = Static<typeof RecordOutcomeBody>;

export const ReferralEventView = Type.Object({
  kind: Type.Enum(referralEventKinds),
  at: Timestamp,
  actor: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const ReferralSummary = Type.Object({
  id: Uuid,
  reference: Type.String(),
  reportId: Uuid,
  recipient: Type.Object({ id: Uuid, name: Type.String(), kind: Type.Enum(referralRecipientKinds) }),
  origin: Type.Enum(referralOrigins),
  state: Type.Enum(referralStates),
  releaseAt: Timestamp,
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
  acknowledgedAt: Nullable(Timestamp),
  outcome: Nullable(Type.Enum(referralOutcomes)),
});
export const ReferralFileView = Type.Object({ name: Type.String(), sha256: Type.String(), size: Type.Integer() });
// One object (not an intersection): the document names it and clients see one type.
export const ReferralView = Type.Object({
  ...ReferralSummary.properties,
  decisionId: Nullable(Type.String()),
  ruleId: Nullable(Uuid),
  classification: Nullable(Type.String()),
  note: Nullable(Type.String()),
  recipientReference: Nullable(Type.String()),
  files: Type.Array(ReferralFileView),
  events: Type.Array(ReferralEventView),
  messages: Type.Array(OutboxMessageView),
});
export const UndoReferralBody = Type.Object(
  { reason: Type.Optional(Text(2000)) },
  { additionalProperties: false, description: 'Cancels an automatic referral still in its undo window.' },
);
export const CreateReferralResponse = Type.Object({ referrals: Type.Array(ReferralSummary) });
export const ReferralQuery = Type.Object({
  state: Type.Optional(Type.Enum(referralStates)),
  origin: Type.Optional(Type.Enum(referralOrigins)),
  reportId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  before: Type.Optional(Timestamp),
});
export type ReferralQuery = Static<typeof ReferralQuery>;
export const ReferralList = Type.Object({ referrals: Type.Array(ReferralSummary), next: Nullable(Timestamp) });

export const AutoDecisionView = Type.Object({
  reportId: Uuid,
  outcome: Type.Enum(autoDecisionOutcomes),
  decidedAt: Timestamp,
  ruleIds: Type.Array(Uuid),
  referralIds: Type.Array(Uuid),
  reason: Type.String(),
});
export const AutoDecisionList = Type.Object({ decisions: Type.Array(AutoDecisionView) });

export const ReferralStats = Type.Object({
  reports: Type.Integer({ description: 'reports received in the period' }),
  referred: Type.Integer({ description: 'reports with at least one referral (not undone)' }),
  automatic: Type.Integer({ description: 'reports referred by the automatic forwarding' }),
  automaticShare: Type.Number({ description: 'automatic / reports' }),
  outcomes: Type.Record(Type.String(), Type.Integer()),
});
export const ReferralStatsQuery = Type.Object({ since: Type.Optional(Timestamp), until: Type.Optional(Timestamp) });
