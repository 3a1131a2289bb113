import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { cliActor } from '@vigie/core';
import { createTestApp, startListFileServer } from '@vigie/testkit';
import { seededPdqHex, syntheticPhoto } from '../hashbank.test-helpers.ts';
import { coopClient, coopHmaName } from './coop-client.test-helpers.ts';
import { coopExchangeClient } from './coop-exchanges.test-helpers.ts';

// ROOST's Coop pointed at a running Vigie, as a new user would set it up: HMA_SERVICE_URL with
// its trailing slash, no credentials (the installation lets Coop's address act as Coop's key),
// and every call made exactly as Coop's HmaService builds it (coop-client.test-helpers.ts).
const KEYLESS_PREFIX = 'CoopTest';
let t: Awaited<ReturnType<typeof createTestApp>>;
let coop: ReturnType<typeof coopClient>;
let keyId: string;
let photo: Buffer;
let media: Server;
let mediaUrl: string;
let base: string;
const orgId = 'e7c89ce7729'; // Coop's organisation ids are hex

before(async () => {
  photo = await syntheticPhoto(21);
  media = createServer((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(photo));
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}/photo.png`;
  t = await createTestApp({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_HMA_KEYLESS_KEY: `vgk_${KEYLESS_PREFIX}`,
    VIGIE_HMA_KEYLESS_NETWORKS: '127.0.0.1/32',
  });
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Coop moderation', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  );
  keyId = key.id;
  // The configured prefix names this key (a real installation copies its key's prefix).
  await sql`update api_key set prefix = ${KEYLESS_PREFIX} where id = ${key.id}`.execute(t.ctx.db);
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  coop = coopClient(`${base}/`);
});
after(async () => {
  media.close();
  await t.close();
});

test("Coop's bank lifecycle: create, check, change the ratio, rename, delete, create again", async () => {
  const bank = coopHmaName(orgId, 'Known hashes (test)');
  assert.equal(bank, 'COOP_E7C89CE7729_KNOWN_HASHES_TEST');
  const created = await coop.createBank(bank, 1.0);
  assert.deepEqual([created.status, created.body], [201, { name: bank, matching_enabled_ratio: 1 }]);
  assert.equal((await coop.bankExists(bank)).exists, true);
  const listed = await coop.bankExists(bank, true);
  assert.deepEqual(listed.response.body, { name: bank, matching_enabled_ratio: 1 });

  const updated = await coop.updateRatio(bank, 0.25);
  assert.deepEqual(updated.body, { name: bank, matching_enabled_ratio: 0.25 });
  assert.equal((await t.ctx.hashbank.getBank(bank)).matchingRatio, 0.25);

  const renamed = coopHmaName(orgId, 'Renamed bank');
  await coop.renameBank(bank, renamed, 0.25);
  assert.equal((await coop.bankExists(bank)).exists, false, 'the old name is gone');
  assert.equal((await coop.bankExists(renamed)).exists, true);

  assert.equal(await coop.deleteBank(renamed), 200);
  assert.equal((await coop.bankExists(renamed)).exists, false);
  assert.equal(await coop.deleteBank(renamed), 200, 'deleting again is HMA’s Done too');
  // Coop deletes and re-creates a bank of the same name when a user starts over.
  await coop.createBank(renamed, 1.0);
  assert.equal((await coop.bankExists(renamed)).exists, true);
});

test("Coop's image flow: hash a URL, bank media by file and by URL, match its hashes", async () => {
  const bank = coopHmaName(orgId, 'Image bank');
  const other = coopHmaName(orgId, 'Other bank');
  await coop.createBank(bank, 1.0);
  await coop.createBank(other, 1.0);

  const hashes = await coop.hashContentFromUrl(mediaUrl);
  assert.deepEqual(Object.keys(hashes), ['pdq']);
  assert.match(hashes.pdq as string, /^[0-9a-f]{64}$/);

  const byFile = await coop.addContentToBank(bank, {
    file: new Blob([photo], { type: 'image/png' }),
    contentType: 'photo',
    metadata: { content_id: 'item-1', content_uri: 'https://platform.example/item/1', json: { rule: 'r1' } },
  });
  assert.deepEqual(byFile.signals, hashes);
  const stored = await t.ctx.hashbank.getBankEntry(bank, byFile.id);
  assert.deepEqual((stored.provenance as { metadata: unknown }).metadata, {
    content_id: 'item-1',
    content_uri: 'https://platform.example/item/1',
    json: { rule: 'r1' },
  });

  const byUrl = await coop.addContentToBank(other, { url: mediaUrl, metadata: { content_id: 'item-2' } });
  assert.deepEqual(byUrl.signals, hashes);

  // Coop's rule signal: the hashes of an item, checked against the banks a rule names.
  for (const [signalType, hash] of Object.entries(hashes)) {
    const result = await coop.checkImageMatchWithDetails([bank, 'COOP_E7C89CE7729_NO_SUCH'], signalType, hash);
    assert.deepEqual(result, { matched: true, matchedBanks: [bank] });
  }
  const raw = await coop.lookupContent({ signalType: 'pdq', signal: hashes.pdq as string });
  assert.deepEqual(raw[bank], [{ bank_content_id: byFile.id, distance: '0' }]);
  assert.deepEqual(raw[other], [{ bank_content_id: byUrl.id, distance: '0' }]);

  // By URL, HMA answers by signal type.
  const byMedia = (await coop.lookupContent({ url: mediaUrl, contentType: 'photo' })) as unknown as Record<
    string,
    Record<string, unknown[]>
  >;
  assert.deepEqual(Object.keys(byMedia), ['pdq']);
  assert.equal(byMedia.pdq?.[bank]?.length, 1);

  // A bank at ratio 0 takes part in no lookup (HMA's coin flip); back at 1 it matches again.
  await coop.updateRatio(bank, 0);
  const off = await coop.checkImageMatchWithDetails([bank, other], 'pdq', hashes.pdq as string);
  assert.deepEqual(off, { matched: true, matchedBanks: [other] });
  await coop.updateRatio(bank, 1);
  const on = await coop.checkImageMatchWithDetails([bank, other], 'pdq', hashes.pdq as string);
  assert.deepEqual(on.matchedBanks, [bank, other]);
});

test("Coop's exchange screens: the APIs with their schemas, credentials, an exchange for a bank and its status", async () => {
  const exchange = coopExchangeClient(`${base}/`);
  const apis = await exchange.getExchangeApis();
  assert.deepEqual(
    apis.map((a) => [a.name, a.supports_auth, a.has_auth]),
    [
      ['vigie', true, false],
      ['hma', true, false],
      ['ncmec', true, false],
      ['stop_ncii', true, false],
      ['url_list', true, false],
    ],
  );
  const ncmec = await exchange.getExchangeApiSchema('ncmec');
  assert.equal(ncmec.fellBack, false, "Vigie's schema, not Coop's built-in one");
  const fields = (ncmec.schema as { credentials_schema: { fields: Array<{ name: string }> } }).credentials_schema
    .fields;
  assert.deepEqual(
    fields.map((f) => f.name),
    ['user', 'password'],
  );
  await exchange.setExchangeCredentials('ncmec', { user: 'coop', password: 'not-a-real-secret' });
  assert.equal((await exchange.getExchangeApis()).find((a) => a.name === 'ncmec')?.has_auth, true);

  const list = await startListFileServer(
    `collab,signal_type,signal_str,category,tags\n${[401, 402].map((n) => `P,pdq,${seededPdqHex(n)},POSITIVE_CLASS,`).join('\n')}\n`,
  );
  try {
    const bank = coopHmaName(orgId, 'From a partner list');
    await exchange.createExchange(bank, 'url_list', { url: `${list.url}/list`, format: 'hma' });
    const before = await exchange.getExchangeForBank(bank);
    assert.deepEqual(
      [before?.api, before?.enabled, before?.has_auth, before?.fetched_items],
      ['url_list', true, false, 0],
    );
    await t.ctx.exchanges.fetch(bank, cliActor);
    const after = await exchange.getExchangeForBank(bank);
    assert.deepEqual(
      [after?.last_fetch_succeeded, after?.up_to_date, after?.fetched_items, after?.is_fetching],
      [true, true, 2, false],
    );
    assert.ok(after?.last_fetch_time, 'the last fetch has a time');
    const found = await coop.checkImageMatchWithDetails([bank], 'pdq', seededPdqHex(401));
    assert.deepEqual(found, { matched: true, matchedBanks: [bank] });
  } finally {
    await list.close();
  }
  assert.equal(await exchange.getExchangeForBank(coopHmaName(orgId, 'Image bank')), null, 'a bank without one');
  await assert.rejects(
    exchange.createExchange(coopHmaName(orgId, 'Elsewhere'), 'fb_threatexchange', { privacy_group: 1 }),
    /Failed to create exchange: \{"status":400/,
  );
  await assert.rejects(
    coop.createBankWithExchange(coopHmaName(orgId, 'From NCMEC'), 'ncmec', { environment: 'not a url' }),
    /Failed to create exchange in HMA: status=400/,
  );
});

test("another organisation's key sees none of Coop's exchanges and cannot change them", async () => {
  const bank = coopHmaName(orgId, 'From a partner list');
  const other = await t.ctx.access.createApiKey(
    { organisation: 'Another provider', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  );
  const as = (path: string, method = 'GET') =>
    fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${other.key}` } });
  assert.deepEqual(await (await as('/c/exchanges')).json(), []);
  assert.equal((await as(`/c/exchange/${bank}`)).status, 404);
  assert.equal((await as(`/c/exchange/${bank}/status`)).status, 404);
  assert.equal((await as(`/c/exchange/${bank}`, 'DELETE')).status, 200, 'HMA answers a delete of nothing as done');
  assert.equal((await t.ctx.exchanges.get(bank)).name, bank, 'and nothing was deleted');
  assert.deepEqual(await (await fetch(`${base}/c/exchanges`)).json(), [bank], "Coop's own list");
});

test("Coop's calls are audited as its organisation's key, and its key's revocation ends them", async () => {
  const events = await t.ctx.db
    .selectFrom('audit_event')
    .select(['actor_type', 'actor_id', 'action'])
    .where('action', '=', 'hashbank.bank-created')
    .where('subject_id', '=', coopHmaName(orgId, 'Image bank'))
    .execute();
  assert.deepEqual(events, [{ actor_type: 'api_key', actor_id: keyId, action: 'hashbank.bank-created' }]);
  await t.ctx.access.revokeApiKey(keyId, cliActor);
  await assert.rejects(coop.hashContentFromUrl(mediaUrl), /Failed to hash content from URL: 401/);
});
