import type { blocklistJobSchemas } from '@vigie/contract';
import type { JobHandlers } from '../platform/jobs/job-queue.ts';
import type { FeedService } from './feed.service.ts';

export function createBlocklistJobHandlers(feed: FeedService): JobHandlers<typeof blocklistJobSchemas> {
  return {
    'blocklist.publish-version': async (_payload, { logger }) => {
      const version = await feed.publish();
      if (version) logger.info({ version: version.version, entries: version.entries }, 'blocklist: version published');
    },
  };
}
