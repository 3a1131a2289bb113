import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { JobName, JobPayload } from '@vigie/contract';
import type { Database, Db } from './database.ts';
import type { Config } from './platform/config.ts';
import type { Clock } from './platform/clock.ts';
import type { Notifications } from './platform/db/notifications.ts';
import type { RateLimiter } from './platform/http/shared-rate-limiter.ts';
import type { EnqueueOptions } from './platform/jobs/job-queue.ts';
import type { Logger } from './platform/logging.ts';

/**
 * What every feature service is built from: plumbing only. A service that needs another
 * feature's service receives it by name from the composition root (context.ts).
 */
export type ServiceDeps = Readonly<{
  config: Config;
  logger: Logger;
  db: Kysely<Database>;
  pool: pg.Pool;
  enqueue<K extends JobName>(trx: Db, name: K, payload: JobPayload<K>, options?: EnqueueOptions): Promise<void>;
  enqueueMany<K extends JobName>(
    trx: Db,
    name: K,
    jobs: ReadonlyArray<{ payload: JobPayload<K>; jobKey?: string }>,
  ): Promise<void>;
  now: Clock;
  /** PostgreSQL's LISTEN/NOTIFY, for caches that every process must drop at a writer's commit. */
  notifications: Notifications;
  /** A limit shared by every process on the database (`name` keeps limiters apart). */
  rateLimit(name: string, limit: number, windowMs: number): RateLimiter;
}>;
