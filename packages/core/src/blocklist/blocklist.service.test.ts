import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createStaffSession, createTestContext, type TestContext } from '@vigie/testkit';
import { plantConfirmed, plantSentNotice } from './blocklist.test-helpers.ts';

// Entries from nomination to the list and off it again: two different analysts, the inclusion
// criteria (confirmed, age band, removal failed for N days), the versions they make, and the
// re-check feature's contentGone. Constraints are tested against the database itself.

let t: TestContext;
let clock = new Date('2026-12-01T12:00:00Z');
const staff: string[] = [];
const a = 'https://files.example.test/a/1.jpg';
const b = 'https://files.example.test/b/2.jpg';
const older = 'https://older.example.test/p.jpg';

before(async () => {
  t = await createTestContext({ VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '3' }, { now: () => clock });
  for (const role of ['analyst', 'analyst', 'supervisor'] as const) {
    const session = await createStaffSession(t.ctx, role);
    const row = await t.ctx.db
      .selectFrom('staff_user')
      .select('id')
      .where('email', '=', session.email)
      .executeTakeFirstOrThrow();
    staff.push(row.id);
  }
  await plantConfirmed(t.ctx, [a, b]);
  await plantConfirmed(t.ctx, [older], 'pubescent');
  await plantSentNotice(t.ctx, [a, older], 5);
  await plantSentNotice(t.ctx, [b], 1);
});
after(() => t?.close());

const code = (c: string) => (error: unknown) => (error as { code?: string }).code === c;

test('nominated URLs are listed after two different analysts approve and the criteria hold; each change is a version', async () => {
  const { entries, invalid } = await t.ctx.db.transaction().execute((trx) =>
    t.ctx.blocklist.nominate(trx, {
      decisionId: 'decision-1',
      reportId: null,
      urls: [a, b, older, 'not a url'],
      staffId: staff[0]!,
    }),
  );
  assert.deepEqual(invalid, ['not a url']);
  const byValue = new Map(entries.map((e) => [e.value, e]));
  assert.deepEqual([...byValue.keys()].sort(), [
    'files.example.test/a/1.jpg',
    'files.example.test/b/2.jpg',
    'older.example.test/p.jpg',
  ]);
  const [ea, eb, eo] = [a, b, older].map((u) => byValue.get(u.replace('https://', ''))!);
  assert.equal(ea!.decisionId, 'decision-1');

  // Nominated again (another case): the same live entry, not a second one.
  const again = await t.ctx.db.transaction().execute((trx) =>
    t.ctx.blocklist.nominate(trx, {
      decisionId: 'decision-2',
      reportId: null,
      urls: [`${a}#frag`],
      staffId: staff[1]!,
    }),
  );
  assert.deepEqual(
    again.entries.map((e) => e.id),
    [ea!.id],
  );

  const first = await t.ctx.blocklist.approve(ea!.id, staff[0]!, null);
  assert.equal(first.state, 'nominated');
  assert.equal(first.approvals, 1);
  await assert.rejects(t.ctx.blocklist.approve(ea!.id, staff[0]!, null), code('BLOCKLIST_ALREADY_APPROVED'));
  const second = await t.ctx.blocklist.approve(ea!.id, staff[1]!, null);
  assert.equal(second.state, 'listed', 'two different analysts list it');

  // b: removal failed only 1 day ago (3 needed); older: pubescent (prepubescent needed).
  for (const entry of [eb!, eo!]) {
    await t.ctx.blocklist.approve(entry.id, staff[0]!, null);
    assert.equal((await t.ctx.blocklist.approve(entry.id, staff[2]!, null)).state, 'nominated');
  }
  const viewB = await t.ctx.blocklist.get(eb!.id);
  assert.deepEqual(
    viewB.criteria.map((c) => [c.name, c.met]),
    [
      ['confirmed', true],
      ['age_band', true],
      ['removal_failed', false],
      ['still_online', true],
    ],
  );
  const viewO = await t.ctx.blocklist.get(eo!.id);
  assert.equal(viewO.criteria.find((c) => c.name === 'age_band')!.met, false);
  assert.deepEqual(viewO.approvedBy.sort(), [staff[0], staff[2]].sort());

  await t.drain();
  const v1 = await t.ctx.blocklistFeed.versions();
  assert.equal(v1.current, 1);
  assert.equal(v1.versions[0]!.entries, 1);
  assert.equal(await t.ctx.blocklistFeed.publish(), null, 'nothing changed: no new version');

  // Two days later b's removal has failed for 3 days: the sweep lists it in version 2.
  clock = new Date(clock.getTime() + 2 * 86_400_000);
  const v2 = await t.ctx.blocklistFeed.publish();
  assert.equal(v2?.version, 2);
  assert.equal(v2?.added, 1);
  assert.equal((await t.ctx.blocklist.get(eb!.id)).entry.state, 'listed');

  // The re-check feature finds a's content gone (however it writes the URL): delisted, version 3.
  const gone = await t.ctx.db
    .transaction()
    .execute((trx) =>
      t.ctx.blocklist.contentGone(trx, { url: 'HTTPS://Files.Example.TEST:443/a/1.jpg#top', at: clock }),
    );
  assert.deepEqual(gone.delisted, [ea!.id]);
  const unknown = await t.ctx.db
    .transaction()
    .execute((trx) => t.ctx.blocklist.contentGone(trx, { url: 'https://files.example.test/never-listed', at: clock }));
  assert.deepEqual(unknown.delisted, []);
  await t.drain();
  const v3 = await t.ctx.blocklistFeed.versions();
  assert.equal(v3.current, 3);
  assert.deepEqual([v3.versions[0]!.added, v3.versions[0]!.removed, v3.versions[0]!.entries], [0, 1, 1]);
  const viewA = await t.ctx.blocklist.get(ea!.id);
  assert.equal(viewA.entry.state, 'delisted');
  assert.equal(viewA.entry.delistedReason, 'content_gone');
  assert.deepEqual(
    viewA.events.map((e) => e.kind),
    ['nominated', 'approved', 'approved', 'listed', 'delisted'],
  );
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('subject_id', '=', ea!.id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((r) => r.action),
    ['blocklist.nominated', 'blocklist.approved', 'blocklist.approved', 'blocklist.listed', 'blocklist.delisted'],
  );

  // Once gone, the address may be nominated afresh: a new entry.
  const renewed = await t.ctx.db
    .transaction()
    .execute((trx) =>
      t.ctx.blocklist.nominate(trx, { decisionId: null, reportId: null, urls: [a], staffId: staff[0]! }),
    );
  assert.notEqual(renewed.entries[0]!.id, ea!.id);
});

test('the database refuses a listing without two approvals, and changes to history or versions', async () => {
  const { entries } = await t.ctx.db.transaction().execute((trx) =>
    t.ctx.blocklist.nominate(trx, {
      decisionId: null,
      reportId: null,
      urls: ['https://files.example.test/c.jpg'],
      staffId: staff[0]!,
    }),
  );
  const id = entries[0]!.id;
  await t.ctx.blocklist.approve(id, staff[0]!, null);
  await assert.rejects(
    t.ctx.db.updateTable('blocklist_entry').set({ state: 'listed', listed_at: clock }).where('id', '=', id).execute(),
    /two different analysts/,
  );
  await assert.rejects(
    t.ctx.db.insertInto('blocklist_approval').values({ entry_id: id, staff_id: staff[0]!, at: clock }).execute(),
    /duplicate key/,
    'one approval per analyst',
  );
  await assert.rejects(
    t.ctx.db.deleteFrom('blocklist_event').where('entry_id', '=', id).execute(),
    /permission denied/,
    'the application role may only append',
  );
  // And the owner itself (a migration, an operator with psql) meets the triggers.
  const owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  try {
    for (const statement of [
      'delete from blocklist_event',
      'update blocklist_version set entries = 99',
      'delete from blocklist_version_item',
    ])
      await assert.rejects(owner.query(statement), /cannot be changed or removed/, statement);
    await assert.rejects(
      owner.query(`update blocklist_entry set state = 'listed', listed_at = now() where id = $1`, [id]),
      /two different analysts/,
    );
  } finally {
    await owner.end();
  }
  await assert.rejects(
    t.ctx.db.updateTable('blocklist_version').set({ entries: 99 }).execute(),
    /permission denied|cannot be changed/,
  );
  await assert.rejects(t.ctx.db.deleteFrom('blocklist_version_item').execute(), /permission denied|cannot be changed/);
});
