import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { seededPdqHex } from '../hashbank/hashbank.test-helpers.ts';

// A partner downloads its export with its key and checks it as docs/exchanges.md says: the
// detached Ed25519 signature over the exact bytes, against the published key it pinned.

let t: Awaited<ReturnType<typeof createTestApp>>;
let base: string;
let partnerKey: string;
let otherKey: string;
const labels = {
  ageBand: 'prepubescent',
  activity: 'sexual_posing',
  origin: 'unknown',
  victimIdentified: false,
} as const;

before(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const partner = await t.ctx.access.createApiKey(
    { organisation: 'Partner Hotline', scopes: ['hashes:read'] },
    cliActor,
  );
  const other = await t.ctx.access.createApiKey({ organisation: 'Other Partner', scopes: ['hashes:read'] }, cliActor);
  partnerKey = partner.key;
  otherKey = other.key;
  const bank = await t.ctx.hashbank.createBank('SHARED_WITH_PARTNER', {}, cliActor);
  await t.ctx.hashbank.createBank('NOT_SHARED', {}, cliActor);
  await t.ctx.hashbank.grantBank('SHARED_WITH_PARTNER', partner.organisationId, ['forensics'], 'full_labels', cliActor);
  const ids = await t.ctx.hashbank.addEntries(
    [501, 502, 503].map((seed) => ({ bankId: bank.id, signals: { pdq: seededPdqHex(seed) }, labels })),
    cliActor,
    { action: 'hashbank.entry-added' },
  );
  await t.ctx.hashbank.withdrawEntry(ids[2]!, 'added by mistake', cliActor);
  const hidden = await t.ctx.hashbank.getBank('NOT_SHARED');
  await t.ctx.hashbank.addEntries([{ bankId: hidden.id, signals: { pdq: seededPdqHex(509) }, labels }], cliActor, {
    action: 'hashbank.entry-added',
  });
});
after(async () => {
  await t.close();
});

const download = (key?: string) =>
  fetch(`${base}/api/v1/exchanges/export`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

test("a partner's export holds its granted live entries, signed with the published key", async () => {
  const published = (await (await fetch(`${base}/api/v1/exchanges/signing-key`)).json()) as {
    algorithm: string;
    publicKeyPem: string;
    fingerprint: string;
  };
  assert.equal(published.algorithm, 'Ed25519');
  const answer = await download(partnerKey);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('vigie-signing-key'), published.fingerprint);
  const bytes = Buffer.from(await answer.arrayBuffer());
  const signature = Buffer.from(answer.headers.get('vigie-signature')!.replace(/^ed25519=/, ''), 'base64');
  const key = createPublicKey(published.publicKeyPem);
  assert.ok(verify(null, bytes, key, signature), 'the signature checks');
  const tampered = Buffer.from(bytes.toString('utf8').replace(seededPdqHex(501), seededPdqHex(599)));
  assert.equal(verify(null, tampered, key, signature), false, 'a changed list does not');

  const document = JSON.parse(bytes.toString('utf8')) as {
    format: string;
    entries: Array<{ signals: { pdq?: string } }>;
  };
  assert.equal(document.format, 'vigie-hash-list/1');
  assert.deepEqual(
    document.entries.map((e) => e.signals.pdq),
    [seededPdqHex(501), seededPdqHex(502)],
    'live entries of the granted bank only',
  );
});

test('another partner gets only what it is granted; no key, no export', async () => {
  const other = JSON.parse(Buffer.from(await (await download(otherKey)).arrayBuffer()).toString('utf8')) as {
    entries: unknown[];
  };
  assert.deepEqual(other.entries, []);
  assert.equal((await download()).status, 401);
});
