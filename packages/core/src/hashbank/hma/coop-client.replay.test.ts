import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { syntheticPhoto } from '../hashbank.test-helpers.ts';
import { coopClient, coopHmaName } from './coop-client.test-helpers.ts';

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
  const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
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

test('Coop carries on without exchanges: none listed, none for a bank, creation refused with a reason', async () => {
  assert.deepEqual(await coop.getExchangeApis(), []);
  assert.equal(await coop.exchangeApiSchemaOk('ncmec'), false, 'Coop falls back to its built-in schemas');
  assert.equal(await coop.getExchangeForBank(coopHmaName(orgId, 'Image bank')), null);
  await assert.rejects(
    coop.createBankWithExchange(coopHmaName(orgId, 'From NCMEC'), 'ncmec', { environment: 'x' }),
    /Failed to create exchange in HMA: status=400/,
  );
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
