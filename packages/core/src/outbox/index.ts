export { createOutboxService } from './outbox.service.ts';
export type { OutboxService } from './outbox.service.ts';
export { createOutboxJobHandlers } from './outbox.jobs.ts';
export { createEmailSender, buildEmail, messageIdOf, bareAddress, judgeSmtpFailure } from './email-sender.ts';
export { createWebhookSender, signWebhook } from './webhook-sender.ts';
export { OutboxError } from './outbox.errors.ts';
export type { OutboxTables } from './outbox.tables.ts';
export { contactLabel } from './outbox.types.ts';
export type {
  ChannelSender,
  DeliveryResult,
  EmailBody,
  MessageBodies,
  OutboxContact,
  OutboxMessage,
  OutboxAttempt,
  OutboxPurposeHooks,
} from './outbox.types.ts';
