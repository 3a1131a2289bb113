export { createOutboxService } from './outbox.service.ts';
export type { BounceOutcome, OutboxService } from './outbox.service.ts';
export { parseDeliveryReport } from './delivery-status.ts';
export type { DeliveryReport } from './delivery-status.ts';
export { createOutboxJobHandlers } from './outbox.jobs.ts';
export { createEmailSender, buildEmail, messageIdOf, bareAddress, judgeSmtpFailure } from './email-sender.ts';
export { createWebhookSender, signWebhook, signWebhookEd25519, verifyWebhookEd25519 } from './webhook-sender.ts';
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
