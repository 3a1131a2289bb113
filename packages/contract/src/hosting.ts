import Type, { type Static } from 'typebox';

// Who hosts a URL, and the provider directory operators keep (migrations mirror these lists).

/** How a provider wants notices: plain e-mail, e-mail with an X-ARF report, or a signed webhook. */
export const providerChannels = ['email', 'xarf_email', 'webhook'] as const;
export type ProviderChannel = (typeof providerChannels)[number];

/** Whether a provider takes each notice at once or gathered (one message an hour or a day). */
export const providerBatchings = ['immediate', 'hourly', 'daily'] as const;
export type ProviderBatching = (typeof providerBatchings)[number];

/** What the notice's recipient does with the material: stores it, links to it, or proxies it (a CDN). */
export const hostingRelationships = ['hosts', 'links', 'proxies'] as const;
export type HostingRelationship = (typeof hostingRelationships)[number];

/** Where a contact came from, best first. */
export const contactSources = [
  'provider_directory',
  'rdap_ip_abuse',
  'rdap_autnum_abuse',
  'rdap_registrar_abuse',
  'rdap_registrar',
  'rfc2142',
] as const;
export type ContactSource = (typeof contactSources)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Email = Type.String({ minLength: 3, maxLength: 254 });
const Domain = Type.String({ minLength: 1, maxLength: 253 });
const Language = Type.String({ minLength: 2, maxLength: 35 });

const ProviderFields = {
  contacts: Type.Array(Email, { maxItems: 10 }),
  channel: Type.Enum(providerChannels),
  webhookUrl: Type.Union([Type.String({ minLength: 1, maxLength: 2048 }), Type.Null()]),
  language: Type.Union([Language, Type.Null()]),
  batching: Type.Enum(providerBatchings),
  domains: Type.Array(Domain, { maxItems: 1000 }),
  asns: Type.Array(Type.Integer({ minimum: 1, maximum: 4294967295 }), { maxItems: 1000 }),
  networks: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 1000 }),
  notes: Type.String({ maxLength: 4000 }),
};

export const ProviderBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    contacts: Type.Optional(ProviderFields.contacts),
    channel: Type.Optional(ProviderFields.channel),
    webhookUrl: Type.Optional(ProviderFields.webhookUrl),
    /** Written, never read back: the key webhooks are signed with. */
    webhookSecret: Type.Optional(Type.Union([Type.String({ minLength: 16, maxLength: 256 }), Type.Null()])),
    language: Type.Optional(ProviderFields.language),
    batching: Type.Optional(ProviderFields.batching),
    domains: Type.Optional(ProviderFields.domains),
    asns: Type.Optional(ProviderFields.asns),
    networks: Type.Optional(ProviderFields.networks),
    notes: Type.Optional(ProviderFields.notes),
  },
  { additionalProperties: false },
);
export type ProviderBody = Static<typeof ProviderBody>;

export const ProviderPatch = Type.Partial(ProviderBody, { additionalProperties: false });
export type ProviderPatch = Static<typeof ProviderPatch>;

export const ProviderView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  ...ProviderFields,
  hasWebhookSecret: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProviderView = Static<typeof ProviderView>;
export const ProviderList = Type.Object({ providers: Type.Array(ProviderView) });

const Contact = Type.Object({
  source: Type.Enum(contactSources),
  emails: Type.Array(Type.String()),
  name: Type.Union([Type.String(), Type.Null()]),
  handle: Type.Union([Type.String(), Type.Null()]),
  rdapUrl: Type.Union([Type.String(), Type.Null()]),
  providerId: Type.Union([Type.String(), Type.Null()]),
  channel: ProviderFields.channel,
  language: Type.Union([Type.String(), Type.Null()]),
});
const Refused = Type.Object({
  email: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  detail: Type.String(),
  handle: Type.Union([Type.String(), Type.Null()]),
  rdapUrl: Type.Union([Type.String(), Type.Null()]),
});
const AddressFacts = Type.Object({
  address: Type.String(),
  asn: Type.Union([Type.Integer(), Type.Null()]),
  holder: Type.Union([Type.String(), Type.Null()]),
  country: Type.Union([Type.String(), Type.Null()]),
});
export const HostingTargetView = Type.Object({
  url: Type.String(),
  host: Type.String(),
  registrableDomain: Type.Union([Type.String(), Type.Null()]),
  relationship: Type.Enum(hostingRelationships),
  /** Through a CDN: what the site behind it does (hosts or links). */
  behindProxy: Type.Union([Type.Literal('hosts'), Type.Literal('links'), Type.Null()]),
  cdn: Type.Union([Type.String(), Type.Null()]),
  addresses: Type.Array(AddressFacts),
  asn: Type.Union([Type.Integer(), Type.Null()]),
  holder: Type.Union([Type.String(), Type.Null()]),
  country: Type.Union([Type.String(), Type.Null()]),
  recipient: Type.Union([Contact, Type.Null()]),
  escalation: Type.Array(Contact),
  refused: Type.Array(Refused),
  complete: Type.Boolean(),
  problems: Type.Array(Type.String()),
});
export type HostingTargetView = Static<typeof HostingTargetView>;

export const HostingLookupQuery = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  pageUrl: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
});
export const HostingLookupView = Type.Object({ targets: Type.Array(HostingTargetView) });
