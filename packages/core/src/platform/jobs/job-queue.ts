import type { Kysely, Transaction } from 'kysely';
import { addJob, addJobs } from './job-queue.repository.ts';
import {
  Logger as GraphileLogger,
  parseCronItems,
  run,
  runMigrations,
  runOnce,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import type pg from 'pg';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { PlatformError, isAppError } from '../errors.ts';
import type { Logger } from '../logging.ts';

export type JobSchemaMap = Record<string, TSchema>;
export type JobContext = { jobId: string; attempt: number; logger: Logger };
export type JobHandlers<M extends JobSchemaMap> = {
  [K in keyof M]: (payload: Static<M[K]>, context: JobContext) => Promise<void>;
};
export type EnqueueOptions = { runAt?: Date; jobKey?: string; maxAttempts?: number; priority?: number; queue?: string };
export type PermanentFailure = { jobName: string; jobId: string; code: string; message: string; payload: unknown };

export async function migrateJobQueue(pool: pg.Pool): Promise<void> {
  await runMigrations({ pgPool: pool, logger: silentGraphileLogger() });
}

/**
 * Adds a job inside the caller's transaction: it exists only if the change that caused it commits,
 * and workers are woken by graphile-worker's NOTIFY at commit.
 */
export async function enqueueJob<M extends JobSchemaMap, K extends keyof M & string>(
  trx: Transaction<any> | Kysely<any>,
  schemas: M,
  name: K,
  payload: Static<M[K]>,
  options: EnqueueOptions = {},
): Promise<void> {
  const schema = schemas[name];
  if (!schema || !Value.Check(schema, payload))
    throw new PlatformError('JOB_PAYLOAD_INVALID', `payload for ${name} does not match its schema`);
  await addJob(trx, name, payload, options);
}

/**
 * Adds many jobs of one kind in one statement (graphile-worker's add_jobs): one add_job call per
 * job costs a round trip each, which dominates a transaction that starts hundreds of them.
 */
export async function enqueueJobs<M extends JobSchemaMap, K extends keyof M & string>(
  trx: Transaction<any> | Kysely<any>,
  schemas: M,
  name: K,
  jobs: ReadonlyArray<{ payload: Static<M[K]>; jobKey?: string }>,
  options: { maxAttempts?: number } = {},
): Promise<void> {
  if (jobs.length === 0) return;
  const schema = schemas[name];
  if (!schema || !jobs.every((job) => Value.Check(schema, job.payload)))
    throw new PlatformError('JOB_PAYLOAD_INVALID', `payload for ${name} does not match its schema`);
  // add_jobs refuses one job key twice in a statement; as with add_job, the later job wins.
  const keyed = new Map<string, (typeof jobs)[number]>();
  const unkeyed: Array<(typeof jobs)[number]> = [];
  for (const job of jobs) {
    if (job.jobKey === undefined) unkeyed.push(job);
    else keyed.set(job.jobKey, job);
  }
  const specs = JSON.stringify(
    [...unkeyed, ...keyed.values()].map((job) => ({ payload: job.payload, key: job.jobKey ?? null })),
  );
  await addJobs(trx, name, specs, options.maxAttempts ?? 10);
}

function toTaskList<M extends JobSchemaMap>(
  schemas: M,
  handlers: JobHandlers<M>,
  logger: Logger,
  onPermanentFailure: (failure: PermanentFailure) => Promise<void>,
): TaskList {
  const tasks: TaskList = {};
  for (const name of Object.keys(schemas) as Array<keyof M & string>) {
    const task: Task = async (raw, helpers) => {
      const jobId = String(helpers.job.id);
      const jobLogger = logger.child({ job: name, jobId });
      try {
        const schema = schemas[name] as TSchema;
        if (!Value.Check(schema, raw))
          throw new PlatformError('JOB_PAYLOAD_INVALID', `payload for ${name} does not match its schema`);
        await handlers[name](raw as Static<M[typeof name]>, {
          jobId,
          attempt: helpers.job.attempts,
          logger: jobLogger,
        });
      } catch (error) {
        // Permanent errors are recorded and not retried; anything else is thrown back so that
        // graphile-worker retries it with exponential backoff up to the job's max attempts.
        if (isAppError(error) && error.retry === 'permanent') {
          jobLogger.warn({ code: error.code, message: error.message }, 'job failed permanently');
          await onPermanentFailure({ jobName: name, jobId, code: error.code, message: error.message, payload: raw });
          return;
        }
        jobLogger.error({ err: error }, 'job failed; it will be retried');
        throw error;
      }
    };
    tasks[name] = task;
  }
  return tasks;
}

export type JobRunnerOptions<M extends JobSchemaMap> = {
  pool: pg.Pool;
  schemas: M;
  handlers: JobHandlers<M>;
  logger: Logger;
  concurrency: number;
  onPermanentFailure: (failure: PermanentFailure) => Promise<void>;
  schedule?: ScheduledJob[];
};

/** A recurring job; a second schedule of one task needs its own identifier (and usually a payload). */
export type ScheduledJob = { task: string; match: string; identifier?: string; payload?: Record<string, unknown> };

export type JobRunner = { stop(): Promise<void> };

export async function startJobRunner<M extends JobSchemaMap>(options: JobRunnerOptions<M>): Promise<JobRunner> {
  const runner: Runner = await run({
    pgPool: options.pool,
    taskList: toTaskList(options.schemas, options.handlers, options.logger, options.onPermanentFailure),
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    parsedCronItems: parseCronItems(
      (options.schedule ?? []).map((item) => ({ ...item, options: { backfillPeriod: 0, maxAttempts: 3 } })),
    ),
    logger: silentGraphileLogger(options.logger),
  });
  return {
    // stop() lets the jobs in flight finish before it resolves.
    stop: () => runner.stop(),
  };
}

/** Runs every job that is due now, including the jobs those jobs add, then returns (tests). */
export async function drainJobs<M extends JobSchemaMap>(
  options: Omit<JobRunnerOptions<M>, 'concurrency' | 'schedule'>,
): Promise<void> {
  await runOnce({
    pgPool: options.pool,
    taskList: toTaskList(options.schemas, options.handlers, options.logger, options.onPermanentFailure),
    logger: silentGraphileLogger(options.logger),
  });
}

function silentGraphileLogger(logger?: Logger): GraphileLogger {
  return new GraphileLogger(() => (level, message) => {
    if (!logger) return;
    if (level === 'error') logger.error({ source: 'graphile-worker' }, message);
    else if (level === 'warning') logger.warn({ source: 'graphile-worker' }, message);
  });
}
