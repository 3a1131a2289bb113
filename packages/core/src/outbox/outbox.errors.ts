import { defineErrors } from '../platform/errors.ts';

export const OutboxError = defineErrors({
  OUTBOX_SMTP_UNSET: {
    status: 503,
    message: 'No mail server is configured (VIGIE_SMTP_HOST): e-mail waits in the outbox.',
    retry: 'retry-with-backoff',
  },
  OUTBOX_BODY_MISSING: {
    status: 500,
    message: 'The message has no body for this contact’s channel.',
    retry: 'permanent',
  },
});
export type OutboxError = InstanceType<typeof OutboxError>;
