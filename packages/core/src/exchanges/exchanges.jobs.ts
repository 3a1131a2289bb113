import type { exchangesJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { ExchangesService } from './exchanges.service.ts';

const scheduler = { type: 'system', id: 'exchanges.schedule' } as const;

export function createExchangesJobHandlers(exchanges: ExchangesService): JobHandlers<typeof exchangesJobSchemas> {
  return {
    'exchanges.schedule-fetches': async (_payload, { logger }) => {
      const due = await exchanges.scheduleDue();
      if (due > 0) logger.info({ due }, 'exchanges: fetches queued');
    },
    // A failed pull is in the exchange's status and is tried again at its next due time; the
    // queue does not retry it (the checkpoint makes the next pull resume where this one stopped).
    'exchanges.fetch-exchange': async ({ exchangeId }, { logger }) => {
      try {
        const result = await exchanges.fetchById(exchangeId, scheduler);
        if (result) logger.info({ exchangeId, ...result }, 'exchanges: pulled');
      } catch (error) {
        logger.warn({ err: error, exchangeId }, 'exchanges: pull failed');
      }
    },
    'exchanges.push-feedback': async ({ feedbackId }) => exchanges.pushFeedback(feedbackId),
  };
}
