import type { hashbankJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { HashbankService } from './hashbank.service.ts';

export function createHashbankJobHandlers(hashbank: HashbankService): JobHandlers<typeof hashbankJobSchemas> {
  return {
    // Flushes the counts of the process that runs the job; API processes also flush on a timer.
    'hashbank.flush-match-counts': async (_payload, { logger }) => {
      const rows = await hashbank.flushMatchCounts();
      if (rows > 0) logger.debug({ rows }, 'match counts flushed');
    },
    'hashbank.check-flood': async (_payload, { logger }) => {
      const suspended = await hashbank.checkFlood();
      if (suspended.length > 0) logger.warn({ entries: suspended }, 'flood guard suspended entries');
    },
  };
}
