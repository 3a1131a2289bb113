import { jobSchemas, type JobSchemas } from '@vigie/contract';
import { anchorAuditHead } from './audit/index.ts';
import { createBlocklistJobHandlers } from './blocklist/index.ts';
import { createCaseworkJobHandlers } from './casework/index.ts';
import type { AppContext } from './context.ts';
import { createExchangesJobHandlers } from './exchanges/index.ts';
import { createHashbankJobHandlers } from './hashbank/index.ts';
import { createHostingJobHandlers } from './hosting/index.ts';
import { createIntakeJobHandlers } from './intake/index.ts';
import { createNoticesJobHandlers } from './notices/index.ts';
import { createOutboxJobHandlers } from './outbox/index.ts';
import { createRechecksJobHandlers } from './rechecks/index.ts';
import { createReferralsJobHandlers } from './referrals/index.ts';
import { createStatisticsJobHandlers } from './statistics/index.ts';
import { insertJobFailure } from './platform/jobs/job-queue.repository.ts';
import type { JobHandlers, JobRunnerOptions, PermanentFailure, ScheduledJob } from './platform/jobs/job-queue.ts';

/** One handler per job in the contract's map: a missing one is a compile error. */
export function createJobHandlers(ctx: AppContext): JobHandlers<JobSchemas> {
  return {
    ...createIntakeJobHandlers(ctx.intake, (urlId) => ctx.crawler.captureReportedUrl(urlId)),
    ...createHashbankJobHandlers(ctx.hashbank),
    ...createOutboxJobHandlers(ctx.outbox),
    ...createNoticesJobHandlers(ctx.notices),
    ...createHostingJobHandlers(ctx.hosting),
    ...createCaseworkJobHandlers(ctx.casework),
    ...createRechecksJobHandlers(ctx.rechecks, (lane) =>
      ctx.enqueue(ctx.db, 'rechecks.run-due', { lane }, { jobKey: `rechecks.run-due:${lane}` }),
    ),
    ...createExchangesJobHandlers(ctx.exchanges),
    ...createBlocklistJobHandlers(ctx.blocklistFeed),
    ...createReferralsJobHandlers(ctx.referrals),
    ...createStatisticsJobHandlers(ctx.statistics),
    'audit.anchor-head': async () => {
      await anchorAuditHead(ctx.db, ctx.config.dataDir, ctx.now());
    },
    'access.expire-sessions': async (_payload, { logger }) => {
      const removed = await ctx.access.expireSessions();
      if (removed > 0) logger.info({ removed }, 'expired sessions removed');
    },
  };
}

/** Recurring jobs; graphile-worker makes sure each fires once per period across all workers. */
export const schedule: ScheduledJob[] = [
  { task: 'access.expire-sessions', match: '0 * * * *' },
  { task: 'audit.anchor-head', match: '* * * * *' },
  { task: 'intake.erase-personal-data', match: '15 * * * *' },
  { task: 'hashbank.flush-match-counts', match: '* * * * *' },
  { task: 'hashbank.check-flood', match: '*/5 * * * *' },
  { task: 'outbox.sweep', match: '* * * * *' },
  // The sweep behind the crawler's own job; hourly, detections nobody was found for are tried again.
  { task: 'notices.prepare-notices', match: '*/5 * * * *' },
  {
    task: 'notices.prepare-notices',
    identifier: 'notices.retry-unknown-recipients',
    match: '30 * * * *',
    payload: { retryUnknown: true },
  },
  { task: 'hosting.purge-rdap-cache', match: '40 * * * *' },
  // Re-checks due (each run continues at once while it found some).
  { task: 'rechecks.run-due', match: '* * * * *' },
  // Each exchange's pull at its own interval (the job finds those due).
  { task: 'exchanges.schedule-fetches', match: '* * * * *' },
  // The sweep behind the listing transactions' own job: also lists approved entries whose
  // removal has now failed long enough.
  { task: 'blocklist.publish-version', match: '*/10 * * * *' },
  // Reports the crawler marked for automatic forwarding get their decision within the minute.
  { task: 'referrals.forward-automatic', match: '* * * * *' },
  // The statistics' daily rollups: the recompute window again, and today so far.
  { task: 'statistics.roll-up', match: '*/15 * * * *' },
];

export function jobRunnerOptions(ctx: AppContext): Omit<JobRunnerOptions<JobSchemas>, 'concurrency' | 'schedule'> {
  return {
    pool: ctx.pool,
    schemas: jobSchemas,
    handlers: createJobHandlers(ctx),
    logger: ctx.logger,
    onPermanentFailure: (failure: PermanentFailure) => insertJobFailure(ctx.db, failure),
  };
}
