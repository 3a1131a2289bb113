import { sql, type Kysely, type Transaction } from 'kysely';
import type { EnqueueOptions } from './job-queue.ts';
import type { JobFailureTable } from './job.tables.ts';

type Executor = Transaction<any> | Kysely<any>;

export async function addJob(trx: Executor, name: string, payload: unknown, options: EnqueueOptions): Promise<void> {
  await sql`select graphile_worker.add_job(
    ${name}::text, ${JSON.stringify(payload)}::json,
    queue_name => ${options.queue ?? null}::text, run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int, job_key => ${options.jobKey ?? null}::text,
    priority => ${options.priority ?? 0}::int)`.execute(trx);
}

/** `specs`: a JSON array of {payload, key}. */
export async function addJobs(trx: Executor, name: string, specs: string, maxAttempts: number): Promise<void> {
  await sql`select count(*) from graphile_worker.add_jobs(array(
    select row(${name}::text, spec->'payload', null, null, ${maxAttempts}::smallint, spec->>'key', 0, null)::graphile_worker.job_spec
    from json_array_elements(${specs}::json) as spec))`.execute(trx);
}

export async function insertJobFailure(
  db: Kysely<any>,
  failure: { jobName: string; jobId: string; code: string; message: string; payload: unknown },
): Promise<void> {
  await (db as Kysely<{ job_failure: JobFailureTable }>)
    .insertInto('job_failure')
    .values({
      job_name: failure.jobName,
      job_id: failure.jobId,
      code: failure.code,
      message: failure.message,
      payload: JSON.stringify(failure.payload ?? null),
    })
    .execute();
}

export async function countJobs(db: Executor): Promise<{
  queued: Array<{ task: string; n: number }>;
  failing: Array<{ task: string; n: number }>;
  failedPermanently: number;
}> {
  const [queued, failing, permanent] = await Promise.all([
    sql<{ task: string; n: number }>`select task_identifier as task, count(*)::int as n from graphile_worker.jobs
      where locked_at is null and attempts < max_attempts group by 1`.execute(db),
    sql<{ task: string; n: number }>`select task_identifier as task, count(*)::int as n from graphile_worker.jobs
      where last_error is not null group by 1`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from job_failure`.execute(db),
  ]);
  return { queued: queued.rows, failing: failing.rows, failedPermanently: permanent.rows[0]?.n ?? 0 };
}
