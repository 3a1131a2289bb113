import type { hostingJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { HostingService } from './hosting.service.ts';

export function createHostingJobHandlers(hosting: HostingService): JobHandlers<typeof hostingJobSchemas> {
  return {
    'hosting.purge-rdap-cache': async (_payload, { logger }) => {
      const removed = await hosting.purgeRdapCache();
      if (removed > 0) logger.debug({ removed }, 'expired RDAP answers forgotten');
    },
  };
}
