import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { noticesJobSchemas } from '@vigie/contract';
import type { OutboxService } from './outbox.service.ts';

export function createOutboxJobHandlers(
  outbox: OutboxService,
): Pick<JobHandlers<typeof noticesJobSchemas>, 'outbox.deliver-message' | 'outbox.sweep'> {
  return {
    'outbox.deliver-message': async ({ messageId }) => outbox.deliver(messageId),
    'outbox.sweep': async (_payload, { logger }) => {
      const stranded = await outbox.sweep();
      if (stranded > 0) logger.warn({ stranded }, 'outbox: messages without a job were given one');
    },
  };
}
