import type { noticesJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { NoticesService } from './notices.service.ts';

export function createNoticesJobHandlers(
  notices: NoticesService,
): Pick<JobHandlers<typeof noticesJobSchemas>, 'notices.prepare-notices' | 'notices.close-notice'> {
  return {
    'notices.prepare-notices': async ({ retryUnknown }, { logger }) => {
      const { filed, unresolved } = await notices.prepare(retryUnknown ?? false);
      if (filed + unresolved > 0) logger.info({ filed, unresolved }, 'notices: detections filed');
    },
    'notices.close-notice': async ({ noticeId }) => notices.closeDue(noticeId),
  };
}
