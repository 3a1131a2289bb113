import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { captureStates, regionPattern, reportSources, reportStatuses, reportTypes } from '@vigie/contract';
import { createTestContext, type TestContext } from '@vigie/testkit';

// The closed sets in the contract and the CHECK constraints of the tables must list the same
// values: a value the code accepts but the database refuses is a lost report.

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

async function checkedValues(table: string, column: string): Promise<string[]> {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_class r on r.oid = c.conrelid
    where r.relname = ${table} and c.contype = 'c'`.execute(t.ctx.db);
  const definition = rows
    .map((r) => r.definition)
    .find((d) => new RegExp(`\\b${column}\\b`).test(d) && /ANY|IN/.test(d));
  assert.ok(definition, `${table}.${column} has a CHECK constraint`);
  return [...definition.matchAll(/'([^']+)'/g)].map((m) => m[1] as string).sort();
}

test('CHECK constraints list exactly the contract values', async () => {
  const sorted = (values: readonly string[]) => [...values].sort();
  assert.deepEqual(await checkedValues('report', 'type'), sorted(reportTypes));
  assert.deepEqual(await checkedValues('report', 'source'), sorted(reportSources));
  assert.deepEqual(await checkedValues('report', 'status'), sorted(reportStatuses));
  assert.deepEqual(await checkedValues('reported_url', 'capture_state'), sorted(captureStates));
});

test('the region column takes what the contract takes: any code of the setting, or outside', async () => {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'report_reporter_region_check'`.execute(
    t.ctx.db,
  );
  assert.ok(rows[0]?.definition.includes(`'${regionPattern}'`), rows[0]?.definition);
});
