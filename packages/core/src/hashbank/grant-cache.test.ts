import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp, pollUntil } from '@vigie/testkit';
import { seededPdqHex } from './hashbank.test-helpers.ts';

// Matching reads an organisation's grants from a per-process cache (grant-cache.ts): a change made
// by this process applies to its next lookup, and one made anywhere else (here: SQL on another
// connection, as another process or an operator would) applies once its commit is announced.
let t: Awaited<ReturnType<typeof createTestApp>>;
let headers: Record<string, string>;
let orgId: string;
const pdq = seededPdqHex(41);

const banksMatched = async (): Promise<string[]> => {
  const answer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/hashes/match',
    payload: { signals: [{ signalType: 'pdq', signal: pdq }] },
    headers,
  });
  assert.equal(answer.statusCode, 200, answer.body);
  const { results } = answer.json() as { results: Array<{ matches: Array<{ bank: string }> }> };
  return results[0]!.matches.map((m) => m.bank).sort();
};

before(async () => {
  t = await createTestApp();
  const key = await t.ctx.access.createApiKey({ organisation: 'Cached Platform', scopes: ['hashes:match'] }, cliActor);
  headers = { authorization: `Bearer ${key.key}` };
  orgId = key.organisationId;
  for (const name of ['SHOWN', 'LATER']) {
    const bank = await t.ctx.hashbank.createBank(name, {}, cliActor);
    await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals: { pdq } }], cliActor, {
      action: 'hashbank.entry-added',
    });
  }
  await t.ctx.hashbank.grantBank('SHOWN', orgId, ['forensics'], 'match_only', cliActor);
});
after(() => t.close());

test('a grant this process changes applies to its very next lookup', async () => {
  assert.deepEqual(await banksMatched(), ['SHOWN']);
  await t.ctx.hashbank.grantBank('LATER', orgId, ['forensics'], 'match_only', cliActor);
  assert.deepEqual(await banksMatched(), ['LATER', 'SHOWN']);
  await t.ctx.hashbank.revokeGrant('LATER', orgId, cliActor);
  assert.deepEqual(await banksMatched(), ['SHOWN']);
});

test('a grant written elsewhere reaches this process at its commit, and so does its removal', async () => {
  assert.deepEqual(await banksMatched(), ['SHOWN'], 'the grants are cached now');
  const later = await t.ctx.hashbank.getBank('LATER');
  await t.ctx.pool.query(
    `insert into hash_bank_grant (bank_id, organisation_id, uses) values ($1, $2, '{forensics}')`,
    [later.id, orgId],
  );
  await pollUntil(async () => (await banksMatched()).includes('LATER'), 'the new grant matching');
  await t.ctx.pool.query('delete from hash_bank_grant where organisation_id = $1', [orgId]);
  await pollUntil(async () => (await banksMatched()).length === 0, 'no grant left matching');
});
