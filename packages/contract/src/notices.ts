import Type, { type Static } from 'typebox';
import { outboxAttemptOutcomes, outboxChannels, outboxStates } from './outbox.ts';

// Closed sets and wire schemas of notices (migrations mirror the sets in CHECK constraints).

/** collecting: a batching recipient's notice still taking URLs until it is due; queued: its message is in the outbox; sent: accepted by the recipient's server; failed: no contact took it; acknowledged / contested: the recipient answered through the notice's link. */
export const noticeStatuses = [
  'collecting',
  'queued',
  'sent',
  'failed',
  'acknowledged',
  'contested',
  // every URL it listed was found gone by the re-checks (docs/notices.md, Re-checks)
  'removed',
] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];

export const noticeOrigins = ['automatic', 'analyst'] as const;
export type NoticeOrigin = (typeof noticeOrigins)[number];

export const noticeLanguages = ['en', 'fr'] as const;
export type NoticeLanguage = (typeof noticeLanguages)[number];

/** What the recipient is to the URL: it stores the content, only links to it, or proxies it (a CDN). */
export const recipientRelationships = ['hosts', 'links', 'proxies'] as const;
export type RecipientRelationship = (typeof recipientRelationships)[number];

export const noticeEventKinds = [
  'created',
  'urls_added',
  'queued',
  'sent',
  'failed',
  'acknowledged',
  'contested',
  // re-checks (Crockpot): a reminder or an escalation queued, one URL found gone, every URL gone, media found again
  'reminded',
  'escalated',
  'url_removed',
  'removed',
  'reappeared',
] as const;
export type NoticeEventKind = (typeof noticeEventKinds)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Id = Type.String({ pattern: '^[0-9]+$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const SendNoticeBody = Type.Object(
  {
    detectionIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 1000, uniqueItems: true })),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    additionalProperties: false,
    description: 'Detections to notify (their recipients resolved), or a URL: every detection at it.',
  },
);
export type SendNoticeBody = Static<typeof SendNoticeBody>;

export const NoticeUrl = Type.Object({
  url: Type.String(),
  pageUrl: Nullable(Type.String()),
  sha256: Type.String(),
  classification: Nullable(Type.String()),
  firstSeenAt: Timestamp,
});

export const OutboxAttemptView = Type.Object({
  contact: Type.String(),
  startedAt: Timestamp,
  finishedAt: Nullable(Timestamp),
  outcome: Nullable(Type.Enum(outboxAttemptOutcomes)),
  detail: Nullable(Type.String()),
});

export const OutboxMessageView = Type.Object({
  id: Uuid,
  state: Type.Enum(outboxStates),
  channel: Type.Enum(outboxChannels),
  contact: Type.String(),
  sentAt: Nullable(Timestamp),
  lastError: Nullable(Type.String()),
  attempts: Type.Array(OutboxAttemptView),
});

export const NoticeView = Type.Object({
  id: Uuid,
  status: Type.Enum(noticeStatuses),
  origin: Type.Enum(noticeOrigins),
  recipient: Type.Object({
    key: Type.String(),
    name: Type.String(),
    relationship: Type.Enum(recipientRelationships),
    country: Nullable(Type.String()),
    asn: Nullable(Type.Integer()),
  }),
  language: Type.Enum(noticeLanguages),
  createdAt: Timestamp,
  dueAt: Timestamp,
  sentAt: Nullable(Timestamp),
  respondedAt: Nullable(Timestamp),
  response: Nullable(Type.String()),
  urls: Type.Array(NoticeUrl),
  messages: Type.Array(OutboxMessageView),
});
export type NoticeView = Static<typeof NoticeView>;

export const NoticeSummary = Type.Omit(NoticeView, ['urls', 'messages']);
export const NoticeList = Type.Object({ notices: Type.Array(NoticeSummary), next: Nullable(Type.String()) });
export const NoticeQuery = Type.Object({
  status: Type.Optional(Type.Enum(noticeStatuses)),
  before: Type.Optional(Timestamp),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});
export const SendNoticeResponse = Type.Object({
  notices: Type.Array(NoticeSummary),
  unresolved: Type.Array(Id, { description: 'Detections nobody to notify was found for.' }),
});
