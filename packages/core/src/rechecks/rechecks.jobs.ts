import type { rechecksJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { RechecksService } from './rechecks.service.ts';

export function createRechecksJobHandlers(
  rechecks: RechecksService,
  enqueueNext: (lane: number) => Promise<void>,
): JobHandlers<typeof rechecksJobSchemas> {
  return {
    'rechecks.run-due': async ({ lane }, { logger }) => {
      const { checked, removed } = await rechecks.runDue();
      if (removed > 0) logger.info({ checked, removed }, 'rechecks: material found gone');
      // A full batch: more are due; the next run starts at once (in the same lane).
      if (checked > 0) await enqueueNext(lane ?? 0);
    },
    'rechecks.follow-up-notice': async ({ noticeId }) => {
      await rechecks.followUp(noticeId);
    },
  };
}
