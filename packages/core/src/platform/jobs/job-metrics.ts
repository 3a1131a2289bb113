import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { MetricSource } from '../http/metrics.ts';
import { countJobs } from './job-queue.repository.ts';

/** Queue and pool gauges for /metrics; one read of the queue per scrape. */
export function jobQueueMetrics(db: Kysely<any>, pool: pg.Pool): MetricSource[] {
  let scrape: { at: number; counts: ReturnType<typeof countJobs> } | undefined;
  const counts = () => {
    if (!scrape || Date.now() - scrape.at > 1000) scrape = { at: Date.now(), counts: countJobs(db) };
    return scrape.counts;
  };
  return [
    {
      name: 'vigie_jobs_queued',
      help: 'Jobs waiting to run, by task',
      labels: ['task'],
      collect: async () => (await counts()).queued.map((r) => ({ labels: { task: r.task }, value: r.n })),
    },
    {
      name: 'vigie_jobs_failing',
      help: 'Jobs whose last attempt failed (retrying or given up), by task',
      labels: ['task'],
      collect: async () => (await counts()).failing.map((r) => ({ labels: { task: r.task }, value: r.n })),
    },
    {
      name: 'vigie_jobs_failed_permanently_total',
      help: 'Jobs that failed with a permanent error',
      collect: async () => [{ value: (await counts()).failedPermanently }],
    },
    {
      name: 'vigie_db_pool_connections',
      help: 'Database pool connections by state',
      labels: ['state'],
      collect: async () => [
        { labels: { state: 'total' }, value: pool.totalCount },
        { labels: { state: 'idle' }, value: pool.idleCount },
        { labels: { state: 'waiting' }, value: pool.waitingCount },
      ],
    },
  ];
}
