import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import type { IntendedUse } from '@vigie/contract';
import { createTestApp } from '@vigie/testkit';
import { seededPdqHex } from './hashbank.test-helpers.ts';

// Access changes in the providers' hash list: what an organisation can no longer use comes as a
// tombstone after its since-cursor, what it may use again comes back, and nothing of a bank it
// was never (or is no longer) granted leaks.
let t: Awaited<ReturnType<typeof createTestApp>>;
let headers: Record<string, string>;
let otherHeaders: Record<string, string>;
let orgId: string;
let otherOrgId: string;
const analyst = { type: 'user' as const, id: 'analyst-1' };

type Item = { entryId: number; bank: string; withdrawn: boolean; uses?: string[]; classification?: { tier: string } };
type Page = { entries: Item[]; cursor: string; more: boolean };

const hex = seededPdqHex;

let seed = 1000;
async function add(bank: string, count = 1, uses: IntendedUse[] = []): Promise<number[]> {
  const { id } = await t.ctx.hashbank.getBank(bank);
  const entries = Array.from({ length: count }, () => ({
    bankId: id,
    signals: { pdq: hex(seed++) },
    uses,
  }));
  return t.ctx.hashbank.addEntries(entries, analyst, { action: 'hashbank.entry-added' });
}

async function page(since: string, limit = 1000, as = headers): Promise<Page> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/hashes?limit=${limit}${since ? `&since=${since}` : ''}`,
    headers: as,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Page;
}

/** Every page after `since` with a small page size, so re-sends cross page boundaries. */
async function drain(since: string, limit = 2, as = headers): Promise<{ items: Item[]; cursor: string }> {
  const items: Item[] = [];
  let cursor = since;
  for (let i = 0; i < 200; i++) {
    const p = await page(cursor, limit, as);
    items.push(...p.entries);
    cursor = p.cursor;
    if (!p.more) return { items, cursor };
  }
  throw new Error('the hash list never ended');
}

/** The provider's copy after applying items: entry id -> last item (tombstones dropped). */
function apply(copy: Map<number, Item>, items: Item[]): Map<number, Item> {
  for (const item of items) {
    if (item.withdrawn) copy.delete(item.entryId);
    else copy.set(item.entryId, item);
  }
  return copy;
}

before(async () => {
  t = await createTestApp();
  const key = await t.ctx.access.createApiKey({ organisation: 'Example Platform', scopes: ['hashes:read'] }, cliActor);
  const other = await t.ctx.access.createApiKey({ organisation: 'Other Platform', scopes: ['hashes:read'] }, cliActor);
  headers = { authorization: `Bearer ${key.key}` };
  otherHeaders = { authorization: `Bearer ${other.key}` };
  orgId = key.organisationId;
  otherOrgId = other.organisationId;
});
after(() => t.close());

test('disabling a bank sends tombstones after the cursor; enabling it again brings the entries back', async () => {
  await t.ctx.hashbank.createBank('DISABLE_ME', {}, cliActor);
  await t.ctx.hashbank.grantBank('DISABLE_ME', orgId, ['notice_and_takedown'], 'match_only', cliActor);
  const ids = await add('DISABLE_ME', 5);
  const start = await drain('');
  const copy = apply(new Map(), start.items);
  assert.deepEqual(
    ids.filter((id) => copy.has(id)),
    ids,
  );
  assert.deepEqual((await page(start.cursor)).entries, [], 'nothing before the change');

  await t.ctx.hashbank.updateBank('DISABLE_ME', { enabled: false }, cliActor);
  const off = await drain(start.cursor);
  assert.deepEqual(
    off.items.map((i) => [i.entryId, i.withdrawn]).sort(),
    ids.map((id) => [id, true]),
  );
  apply(copy, off.items);
  assert.ok(ids.every((id) => !copy.has(id)));
  assert.deepEqual((await page(off.cursor)).entries, [], 'sent once');
  assert.ok(
    !(await drain('', 2, otherHeaders)).items.some((i) => i.bank === 'DISABLE_ME'),
    'an organisation never granted the bank learns nothing',
  );

  await t.ctx.hashbank.updateBank('DISABLE_ME', { enabled: true }, cliActor);
  const on = await drain(off.cursor);
  apply(copy, on.items);
  assert.deepEqual(
    ids.filter((id) => copy.get(id)?.withdrawn === false),
    ids,
  );
});

test('deleting a bank with entries tombstones them, keeps their history and frees the name', async () => {
  await t.ctx.hashbank.createBank('DELETE_ME', {}, cliActor);
  await t.ctx.hashbank.grantBank('DELETE_ME', orgId, ['notice_and_takedown'], 'match_only', cliActor);
  const ids = await add('DELETE_ME', 3);
  const start = await drain('');
  await t.ctx.hashbank.deleteBank('DELETE_ME', cliActor);
  const gone = await drain(start.cursor);
  assert.deepEqual(
    gone.items.map((i) => [i.entryId, i.bank, i.withdrawn]).sort(),
    ids.map((id) => [id, 'DELETE_ME', true]),
  );
  await assert.rejects(t.ctx.hashbank.getBank('DELETE_ME'), /No bank named DELETE_ME/);
  const history = await t.ctx.db.selectFrom('bank_entry').select('id').where('id', 'in', ids).execute();
  assert.equal(history.length, ids.length, 'the entries stay');
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select(['details'])
    .where('action', '=', 'hashbank.bank-deleted')
    .where('subject_id', '=', 'DELETE_ME')
    .execute();
  assert.equal(audit.length, 1);

  // The name is free: a new bank takes it, and its entries come as new ones, the old stay gone.
  await t.ctx.hashbank.createBank('DELETE_ME', {}, cliActor);
  await t.ctx.hashbank.grantBank('DELETE_ME', orgId, ['notice_and_takedown'], 'match_only', cliActor);
  const fresh = await add('DELETE_ME', 1);
  const again = await drain(gone.cursor);
  assert.deepEqual(
    again.items.filter((i) => !i.withdrawn).map((i) => i.entryId),
    fresh,
  );
  assert.ok(!again.items.some((i) => ids.includes(i.entryId) && !i.withdrawn), 'the old entries stay tombstoned');
});

test('narrowing a grant tombstones the entries it no longer covers and re-sends the rest at the new tier', async () => {
  await t.ctx.hashbank.createBank('NARROW_ME', {}, cliActor);
  await t.ctx.hashbank.grantBank('NARROW_ME', orgId, ['notice_and_takedown', 'forensics'], 'full_labels', cliActor);
  const takedownOnly = await add('NARROW_ME', 2, ['notice_and_takedown']);
  const any = await add('NARROW_ME', 2);
  const start = await drain('');
  const copy = apply(new Map(), start.items);

  await t.ctx.hashbank.grantBank('NARROW_ME', orgId, ['notice_and_takedown', 'forensics'], 'full_labels', cliActor);
  assert.deepEqual((await page(start.cursor)).entries, [], 'the same grant again changes nothing');

  await t.ctx.hashbank.grantBank('NARROW_ME', orgId, ['forensics'], 'match_only', cliActor);
  const changed = await drain(start.cursor);
  apply(copy, changed.items);
  assert.ok(
    takedownOnly.every((id) => !copy.has(id)),
    'no longer usable under the grant',
  );
  for (const id of any)
    assert.deepEqual([copy.get(id)!.uses, copy.get(id)!.classification], [['forensics'], { tier: 'match_only' }]);
});

test('removing a grant tombstones the bank; later changes to it never reach the organisation', async () => {
  await t.ctx.hashbank.createBank('REVOKE_ME', {}, cliActor);
  await t.ctx.hashbank.grantBank('REVOKE_ME', orgId, ['forensics'], 'match_only', cliActor);
  const ids = await add('REVOKE_ME', 3);
  const start = await drain('');
  const copy = apply(new Map(), start.items);
  assert.ok(ids.every((id) => copy.has(id)));

  assert.deepEqual(await t.ctx.hashbank.revokeGrant('REVOKE_ME', orgId, cliActor), { removed: true });
  assert.deepEqual(await t.ctx.hashbank.revokeGrant('REVOKE_ME', orgId, cliActor), { removed: false });
  const later = await add('REVOKE_ME', 1);
  await t.ctx.hashbank.withdrawEntry(ids[0]!, 'test', cliActor);
  const revoked = await drain(start.cursor);
  assert.deepEqual(
    revoked.items.map((i) => [i.entryId, i.withdrawn]).sort(),
    ids.map((id) => [id, true]),
    'the entries it had, as tombstones; not the later one',
  );
  assert.ok(!revoked.items.some((i) => i.entryId === later[0]));
  apply(copy, revoked.items);
  assert.ok(ids.every((id) => !copy.has(id)));
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'hashbank.bank-grant-removed')
    .execute();
  assert.equal(audit.length, 1);

  // A fresh download by the same organisation does not show the bank's later entries either.
  const fresh = apply(new Map(), (await drain('', 50)).items);
  assert.ok(!fresh.has(later[0]!) && ids.every((id) => !fresh.has(id)));
});

test('a new grant sends the bank entries that were already older than the cursor', async () => {
  await t.ctx.hashbank.createBank('GRANT_LATER', {}, cliActor);
  const ids = await add('GRANT_LATER', 3);
  // The organisation's cursor moves past those entries' transactions through another bank.
  await t.ctx.hashbank.createBank('OTHER_BASE', {}, cliActor);
  await t.ctx.hashbank.grantBank('OTHER_BASE', otherOrgId, ['forensics'], 'match_only', cliActor);
  const base = await add('OTHER_BASE', 1);
  const start = await drain('', 2, otherHeaders);
  assert.ok(start.items.some((i) => i.entryId === base[0]));
  assert.ok(!start.items.some((i) => ids.includes(i.entryId)));
  await t.ctx.hashbank.grantBank('GRANT_LATER', otherOrgId, ['forensics'], 'scheme_category', cliActor);
  const granted = apply(new Map(), (await drain(start.cursor, 2, otherHeaders)).items);
  assert.deepEqual(
    ids.filter((id) => granted.get(id)?.bank === 'GRANT_LATER'),
    ids,
  );
});

test('an access change still open when a cursor is taken is not skipped once it commits', async () => {
  await t.ctx.hashbank.createBank('SLOW_REVOKE', {}, cliActor);
  await t.ctx.hashbank.grantBank('SLOW_REVOKE', orgId, ['forensics'], 'match_only', cliActor);
  const ids = await add('SLOW_REVOKE', 2);
  const start = await drain('');
  const bank = await t.ctx.hashbank.getBank('SLOW_REVOKE');
  const slow = await t.ctx.pool.connect();
  try {
    await slow.query('begin');
    await slow.query('delete from hash_bank_grant where bank_id = $1 and organisation_id = $2', [bank.id, orgId]);
    await slow.query(
      `insert into hash_list_change (bank_id, organisation_id, reason) values ($1, $2, 'grant_removed')`,
      [bank.id, orgId],
    );
    const fresh = await add('DISABLE_ME', 1); // a later writer commits first
    const during = await drain(start.cursor);
    assert.deepEqual(during.items, [], 'held back until the older writer ends');
    await slow.query('commit');
    const afterwards = await drain(during.cursor);
    assert.deepEqual(
      afterwards.items.filter((i) => ids.includes(i.entryId)).map((i) => i.withdrawn),
      [true, true],
    );
    assert.ok(afterwards.items.some((i) => i.entryId === fresh[0] && !i.withdrawn));
  } finally {
    slow.release();
  }
});

test('a change log row cannot be edited; a cursor of the first version still reads', async () => {
  await assert.rejects(
    t.ctx.db.updateTable('hash_list_change').set({ reason: 'bank_changed' }).execute(),
    /append-only/,
  );
  const v1 = Buffer.from('v1:0:0').toString('base64url');
  assert.ok((await page(v1)).entries.length > 0);
});
