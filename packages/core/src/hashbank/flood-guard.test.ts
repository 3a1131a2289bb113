import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { FLOOD_FACTOR, FLOOD_FLOOR } from './flood-guard.ts';
import { seededPdqHex } from './hashbank.test-helpers.ts';

// The flood guard, run as the job queue runs it (drain), at a fixed clock: no sleeps.
let t: TestContext;
const now = new Date('2026-11-29T10:30:00Z');
const hourMs = 3_600_000;

const hex = seededPdqHex;

async function add(pdq: string): Promise<number> {
  const bank = await t.ctx.hashbank.getBank('FLOOD_TEST');
  const [id] = await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals: { pdq } }], cliActor, {
    action: 'hashbank.entry-added',
  });
  return id!;
}

async function lookups(pdq: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await t.ctx.hashbank.lookup('pdq', pdq);
}

async function runJob(name: 'hashbank.flush-match-counts' | 'hashbank.check-flood'): Promise<void> {
  await t.ctx.enqueue(t.ctx.db, name, {});
  await t.drain();
}

before(async () => {
  t = await createTestContext({}, { now: () => now });
  await t.ctx.hashbank.createBank('FLOOD_TEST', {}, cliActor);
});
after(() => t.close());

test('counts are kept in memory and added up by the flush job, per entry and hour', async () => {
  const id = await add(hex(1));
  await lookups(hex(1), 3);
  assert.equal(
    await t.ctx.db.selectFrom('bank_entry_match_hour').selectAll().where('entry_id', '=', id).executeTakeFirst(),
    undefined,
    'nothing written per match',
  );
  await runJob('hashbank.flush-match-counts');
  await lookups(hex(1), 2);
  await runJob('hashbank.flush-match-counts');
  await runJob('hashbank.flush-match-counts');
  const rows = await t.ctx.db
    .selectFrom('bank_entry_match_hour')
    .select(['hour', 'matches'])
    .where('entry_id', '=', id)
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.hour.toISOString(), r.matches]),
    [['2026-11-29T10:00:00.000Z', 5]],
  );
});

test('an entry far above its own baseline is suspended, audited and queued for review; a busy but steady one is not', async () => {
  const steady = await add(hex(2));
  const sudden = await add(hex(3));
  // Seven days of 20 matches an hour for the steady entry: its bar is 10 x 20 = 200.
  const hours = Array.from(
    { length: 168 },
    (_, i) => new Date(Math.floor(now.getTime() / hourMs) * hourMs - (i + 1) * hourMs),
  );
  await t.ctx.db
    .insertInto('bank_entry_match_hour')
    .values(hours.map((hour) => ({ entry_id: steady, hour, matches: 20 })))
    .execute();
  assert.equal(FLOOD_FLOOR, 50);
  assert.equal(FLOOD_FACTOR, 10);
  await lookups(hex(2), 150);
  await lookups(hex(3), FLOOD_FLOOR + 1);
  await runJob('hashbank.flush-match-counts');
  await runJob('hashbank.check-flood');

  const entries = await t.ctx.db
    .selectFrom('bank_entry')
    .select(['id', 'suspended_at', 'suspended_reason'])
    .where('id', 'in', [steady, sudden])
    .orderBy('id')
    .execute();
  assert.equal(entries[0]!.suspended_at, null, '150 is below 10 x its baseline of 20');
  assert.match(entries[1]!.suspended_reason ?? '', /flood guard: 51 matches/);
  const match = await t.ctx.hashbank.lookup('pdq', hex(3));
  assert.equal(match.matches[0]!.suspended, true, 'still a match, flagged as suspended');
  assert.deepEqual(
    (await t.ctx.hashbank.listSuspendedEntries()).map((e) => Number(e.id)),
    [sudden],
  );

  await runJob('hashbank.check-flood');
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select(['subject_id', 'actor_type'])
    .where('action', '=', 'hashbank.entry-flood-suspended')
    .execute();
  assert.deepEqual(audit, [{ subject_id: String(sudden), actor_type: 'system' }], 'once, however often the job runs');
  const events = await t.ctx.db
    .selectFrom('bank_entry_event')
    .select(['kind', 'details'])
    .where('entry_id', '=', sudden)
    .where('kind', '=', 'suspended')
    .execute();
  assert.equal(events.length, 1);
  assert.equal((events[0]!.details as { review: string }).review, 'flood_guard');

  // Past the bar, the steady entry is caught too.
  await lookups(hex(2), 51);
  await runJob('hashbank.flush-match-counts');
  await runJob('hashbank.check-flood');
  assert.deepEqual(
    (await t.ctx.hashbank.listSuspendedEntries()).map((e) => Number(e.id)).sort(),
    [steady, sudden].sort(),
  );
});
