import type { Kysely } from 'kysely';
import type pg from 'pg';
import { jobSchemas, type JobName, type JobPayload } from '@vigie/contract';
import { createAccessService, type AccessService } from './access/index.ts';
import type { Database, Db } from './database.ts';
import { createHashbankService, type HashbankService } from './hashbank/index.ts';
import { createIntakeService, type IntakeService } from './intake/index.ts';
import { migrations } from './migrations/index.ts';
import type { Config } from './platform/config.ts';
import { connectDatabase } from './platform/db/database.ts';
import { openEmbeddedPostgres } from './platform/db/embedded-postgres.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { enqueueJob, enqueueJobs, migrateJobQueue, type EnqueueOptions } from './platform/jobs/job-queue.ts';
import { createLogger, type Logger } from './platform/logging.ts';

/** What every feature service is built from. */
export type BaseContext = Readonly<{
  config: Config;
  logger: Logger;
  db: Kysely<Database>;
  pool: pg.Pool;
  access: AccessService;
  enqueue<K extends JobName>(trx: Db, name: K, payload: JobPayload<K>, options?: EnqueueOptions): Promise<void>;
  enqueueMany<K extends JobName>(
    trx: Db,
    name: K,
    jobs: ReadonlyArray<{ payload: JobPayload<K>; jobKey?: string }>,
  ): Promise<void>;
  now(): Date;
}>;

export type AppContext = BaseContext &
  Readonly<{
    intake: IntakeService;
    hashbank: HashbankService;
    close(): Promise<void>;
  }>;

export type ContextOverrides = Partial<{ logger: Logger; connectionString: string; poolSize: number; now: () => Date }>;

/**
 * The composition root: opens the database (embedded unless DATABASE_URL is set), brings its
 * schema up to date and wires the services by hand. No container, no globals.
 */
export async function createContext(config: Config, overrides: ContextOverrides = {}): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const embedded =
    overrides.connectionString || config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir, logger);
  const connectionString = overrides.connectionString ?? config.databaseUrl ?? (embedded?.connectionString as string);
  const { db, pool, close } = connectDatabase<Database>(connectionString, { max: overrides.poolSize ?? 20 });
  try {
    await migrateToLatest(db as Kysely<unknown>, migrations);
    await migrateJobQueue(pool);
  } catch (error) {
    await close();
    await embedded?.release();
    throw error;
  }
  const now = overrides.now ?? (() => new Date());
  const access = createAccessService(db, config, now);
  const base: BaseContext = Object.freeze({
    config,
    logger,
    db,
    pool,
    access,
    now,
    enqueue: (trx, name, payload, options) => enqueueJob(trx, jobSchemas, name, payload, options),
    enqueueMany: (trx, name, jobs) => enqueueJobs(trx, jobSchemas, name, jobs),
  });
  const intake = createIntakeService(base);
  const hashbank = createHashbankService(base);
  return Object.freeze({
    ...base,
    intake,
    hashbank,
    async close() {
      await hashbank.close();
      await intake.close();
      await close();
      await embedded?.release();
    },
  });
}
