import type { statisticsJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { StatisticsService } from './statistics.service.ts';

export function createStatisticsJobHandlers(statistics: StatisticsService): JobHandlers<typeof statisticsJobSchemas> {
  return {
    'statistics.roll-up': async ({ since }, { logger }) => {
      const result = await statistics.rollUp(since);
      logger.info(result, 'statistics rolled up');
    },
  };
}
