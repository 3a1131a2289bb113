// A worker process for job-queue.test.ts: records which process ran each job (an insert that
// fails on a second run, so a job run twice would show), then exits when the queue is empty.
import { sql } from 'kysely';
import Type from 'typebox';
import { connectDatabase } from '../db/database.ts';
import { createLogger } from '../logging.ts';
import { startJobRunner } from './job-queue.ts';

const [connectionString, name] = process.argv.slice(2) as [string, string];
const handle = connectDatabase<any>(connectionString, { max: 4 });
const schemas = { 'test.record': Type.Object({ n: Type.Integer() }), 'test.refuse': Type.Object({}) } as const;
const runner = await startJobRunner({
  pool: handle.pool,
  schemas,
  logger: createLogger({ level: 'silent' }),
  concurrency: 2,
  onPermanentFailure: async () => undefined,
  handlers: {
    'test.record': async ({ n }) => {
      // A little work per job, so that both processes are busy at the same time.
      await sql`select pg_sleep(0.005)`.execute(handle.db);
      await sql`insert into done (n, worker) values (${n}, ${name})`.execute(handle.db);
    },
    'test.refuse': async () => undefined,
  },
});
for (;;) {
  const left = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs`.execute(handle.db);
  if (left.rows[0]?.n === 0) break;
  await new Promise((r) => setTimeout(r, 50));
}
await runner.stop();
await handle.close();
