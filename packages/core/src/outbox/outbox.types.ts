import type { OutboxAttemptOutcome, OutboxChannel, OutboxPurpose, OutboxState } from '@vigie/contract';
import type { Db } from '../database.ts';

/** Where a message may go, in order: the next is tried when one fails for good. */
export type OutboxContact =
  | Readonly<{ channel: 'email'; address: string }>
  | Readonly<{ channel: 'webhook'; url: string; secret: string | null }>
  /** A referral recipient's channel: its sender reads the recipient's keys and credentials from the directory at sending (they are not copied here). */
  | Readonly<{ channel: 'openpgp_email' | 'sftp' | 'https_api'; recipientId: string; label: string }>;

export type EmailBody = Readonly<{
  subject: string;
  text: string;
  html: string;
  /** X-ARF reports (or other machine-readable parts): sent as a multipart/report when present. */
  reports: ReadonlyArray<Readonly<{ filename: string; json: string }>>;
}>;

export type WebhookBody = Readonly<{ json: string }>;

/** The message per channel, rendered when it was decided (what is sent is what was decided). */
export type MessageBodies = Readonly<{ email?: EmailBody; webhook?: WebhookBody }>;

export type NewOutboxMessage = Readonly<{
  idempotencyKey: string;
  purpose: OutboxPurpose;
  subjectId: string;
  contacts: readonly OutboxContact[];
  bodies: MessageBodies;
}>;

export type OutboxMessage = Readonly<{
  id: string;
  purpose: OutboxPurpose;
  subjectId: string;
  contacts: readonly OutboxContact[];
  contactIndex: number;
  bodies: MessageBodies;
  state: OutboxState;
  attempts: number;
  sentAt: Date | null;
  sentTo: string | null;
  lastError: string | null;
}>;

export type OutboxAttempt = Readonly<{
  messageId: string;
  contact: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: OutboxAttemptOutcome | null;
  detail: string | null;
}>;

/** What one attempt on one contact gave. */
export type DeliveryResult =
  | Readonly<{ outcome: 'sent'; detail: string }>
  /** Worth trying the same contact again later (a 4xx SMTP answer, a timeout, a 5xx webhook answer). */
  | Readonly<{ outcome: 'retry'; detail: string }>
  /** The contact refused for good (a 5xx SMTP answer, a 4xx webhook answer): bounced, the next one tried. */
  | Readonly<{ outcome: 'bounced'; detail: string }>;

/** One channel's sender: one attempt, never throws for the recipient's answers. */
export type ChannelSender = {
  send(
    message: OutboxMessage,
    contact: OutboxContact,
    replacements: Readonly<Record<string, string>>,
  ): Promise<DeliveryResult>;
  close(): Promise<void>;
};
export type ChannelSenders = Readonly<Record<OutboxChannel, ChannelSender>>;

/** What the feature that wrote a message does with it: hears its outcome in the outbox's transaction. */
export type OutboxPurposeHooks = Readonly<{
  /**
   * Values spliced into the bodies at sending (`{{vigie:name}}`), for what must not be stored:
   * a response link's token, derived from a key outside the database.
   */
  replacements?(message: OutboxMessage): Readonly<Record<string, string>>;
  onSent?(trx: Db, message: OutboxMessage, at: Date): Promise<void>;
  onGaveUp?(trx: Db, message: OutboxMessage, at: Date): Promise<void>;
}>;

export const contactLabel = (contact: OutboxContact): string =>
  contact.channel === 'email'
    ? `mailto:${contact.address}`
    : contact.channel === 'webhook'
      ? contact.url
      : contact.label;
