import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import Type from 'typebox';
import { connectDatabase, createLogger } from '@vigie/core';
import { createTestDatabase, type TestDatabase } from '@vigie/testkit';
import { PlatformError } from '../errors.ts';
import { drainJobs, enqueueJob, enqueueJobs, migrateJobQueue, type PermanentFailure } from './job-queue.ts';

const schemas = { 'test.record': Type.Object({ n: Type.Integer() }), 'test.refuse': Type.Object({}) } as const;
let database: TestDatabase;
let handle: ReturnType<typeof connectDatabase<any>>;
const logger = createLogger({ level: 'silent' });

before(async () => {
  database = await createTestDatabase();
  handle = connectDatabase<any>(database.connectionString);
  await migrateJobQueue(handle.pool);
  await sql`create table done (n int primary key, worker text not null)`.execute(handle.db);
});
after(async () => {
  await handle.close();
  await database.drop();
});

function options(failures: PermanentFailure[] = []) {
  return {
    pool: handle.pool,
    schemas,
    logger,
    handlers: {
      'test.record': async ({ n }: { n: number }) => {
        await sql`insert into done (n, worker) values (${n}, 'drain') on conflict do nothing`.execute(handle.db);
      },
      'test.refuse': async () => {
        throw new PlatformError('VALIDATION_FAILED', 'never valid');
      },
    },
    onPermanentFailure: async (failure: PermanentFailure) => {
      failures.push(failure);
    },
  };
}

test('a job enqueued in a rolled-back transaction never runs', async () => {
  await handle.db.transaction().execute(async (trx) => {
    await enqueueJob(trx, schemas, 'test.record', { n: 1 });
  });
  await assert.rejects(
    handle.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, schemas, 'test.record', { n: 2 });
      throw new Error('the change failed');
    }),
  );
  await drainJobs(options());
  const rows = await sql<{ n: number }>`select n from done order by n`.execute(handle.db);
  assert.deepEqual(
    rows.rows.map((r) => r.n),
    [1],
  );
});

test('many jobs in one statement, one per job key', async () => {
  await sql`delete from done`.execute(handle.db);
  await handle.db.transaction().execute(async (trx) => {
    await enqueueJobs(trx, schemas, 'test.record', [
      { payload: { n: 10 }, jobKey: 'k10' },
      { payload: { n: 11 }, jobKey: 'k11' },
      { payload: { n: 10 }, jobKey: 'k10' },
    ]);
  });
  const queued = await sql<{
    n: number;
  }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'test.record'`.execute(handle.db);
  assert.equal(queued.rows[0]?.n, 2);
  await drainJobs(options());
  const rows = await sql<{ n: number }>`select n from done order by n`.execute(handle.db);
  assert.deepEqual(
    rows.rows.map((r) => r.n),
    [10, 11],
  );
  await assert.rejects(enqueueJobs(handle.db, schemas, 'test.record', [{ payload: { n: 'x' } as never }]), {
    code: 'JOB_PAYLOAD_INVALID',
  });
});

test('a payload that does not match its schema is refused at enqueue', async () => {
  await assert.rejects(enqueueJob(handle.db, schemas, 'test.record', { n: 'one' } as never), {
    code: 'JOB_PAYLOAD_INVALID',
  });
});

test('a permanent error is recorded once and not retried', async () => {
  const failures: PermanentFailure[] = [];
  await enqueueJob(handle.db, schemas, 'test.refuse', {});
  await drainJobs(options(failures));
  await drainJobs(options(failures));
  assert.equal(failures.length, 1);
  assert.equal(failures[0]?.code, 'VALIDATION_FAILED');
  // Not queued for a retry: graphile-worker saw the job succeed (it may remove the row a moment later).
  const retrying = await sql<{
    n: number;
  }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'test.refuse' and last_error is not null`.execute(
    handle.db,
  );
  assert.equal(retrying.rows[0]?.n, 0);
});

test('two worker processes share the queue and run each job once', async () => {
  await sql`delete from done`.execute(handle.db);
  const total = 400;
  await handle.db.transaction().execute(async (trx) => {
    for (let n = 0; n < total; n++) await enqueueJob(trx, schemas, 'test.record', { n });
  });
  const worker = new URL('./job-queue.worker-fixture.ts', import.meta.url).pathname;
  const children = ['a', 'b'].map((name) =>
    spawn(process.execPath, [worker, database.connectionString, name], { stdio: ['ignore', 'inherit', 'inherit'] }),
  );
  await Promise.all(children.map((c) => once(c, 'exit')));
  const rows = await sql<{
    worker: string;
    n: number;
  }>`select worker, count(*)::int as n from done group by worker order by worker`.execute(handle.db);
  const counts = Object.fromEntries(rows.rows.map((r) => [r.worker, r.n]));
  assert.equal((counts.a ?? 0) + (counts.b ?? 0), total, 'every job ran');
  assert.ok((counts.a ?? 0) > 0 && (counts.b ?? 0) > 0, `both processes worked: ${JSON.stringify(counts)}`);
});
