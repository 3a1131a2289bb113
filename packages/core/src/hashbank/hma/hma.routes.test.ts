import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { isPublicAddress } from '../../platform/net/address-classifier.ts';
import { multipartBody, syntheticPhoto } from '../hashbank.test-helpers.ts';

// The calls of HMA's API documentation (website/content/hma/api.md) replayed as an HMA client
// (ROOST's Coop, curl) makes them, with an organisation's key added.
let t: Awaited<ReturnType<typeof createTestApp>>;
let auth: Record<string, string>;
let orgId: string;
let matchOnly: Record<string, string>;
let photo: Buffer;
let media: Server;
let mediaUrl: string;

before(async () => {
  t = await createTestApp({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8,::1/128' });
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  );
  const weak = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match'] },
    cliActor,
  );
  auth = { authorization: `Bearer ${key.key}` };
  orgId = key.organisationId;
  matchOnly = { authorization: `Bearer ${weak.key}` };
  photo = await syntheticPhoto(1);
  media = createServer((request, response) => {
    if (request.url === '/moved') return void response.writeHead(302, { location: '/photo.png' }).end();
    if (request.url === '/missing') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/png' }).end(photo);
  });
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
});
after(async () => {
  media.close();
  await t.close();
});

test('GET /status answers once the index is loaded; /site-map lists the paths', async () => {
  const status = await t.app.inject({ method: 'GET', url: '/status' });
  assert.equal(status.statusCode, 200);
  assert.equal(status.body, 'I-AM-ALIVE');
  const map = await t.app.inject({ method: 'GET', url: '/site-map' });
  assert.ok((map.json() as string[]).includes('/m/lookup'));
});

test('the HMA flow: create a bank, hash, bank content, look it up by signal and by media, remove it', async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: '/c/banks',
    headers: auth,
    payload: { name: 'TEST_BANK' },
  });
  assert.equal(created.statusCode, 201);
  assert.deepEqual(created.json(), { name: 'TEST_BANK', matching_enabled_ratio: 1 });

  const hashed = await t.app.inject({ method: 'POST', url: '/h/hash', ...withAuth(multipartBody('photo', photo)) });
  assert.equal(hashed.statusCode, 200, hashed.body);
  const { pdq } = hashed.json() as { pdq: string };
  assert.match(pdq, /^[0-9a-f]{64}$/);

  const banked = await t.app.inject({
    method: 'POST',
    url: '/c/bank/TEST_BANK/content',
    ...withAuth(multipartBody('photo', photo)),
  });
  assert.equal(banked.statusCode, 200, banked.body);
  const { id, signals } = banked.json() as { id: number; signals: { pdq: string } };
  assert.equal(signals.pdq, pdq);

  const lookup = await t.app.inject({ method: 'GET', url: `/m/lookup?signal_type=pdq&signal=${pdq}`, headers: auth });
  assert.deepEqual(lookup.json(), { TEST_BANK: [{ bank_content_id: id, distance: '0' }] });

  const byMedia = await t.app.inject({
    method: 'POST',
    url: '/m/lookup?bypass_coinflip=true',
    ...withAuth(multipartBody('photo', photo)),
  });
  assert.deepEqual(byMedia.json(), { pdq: { TEST_BANK: [{ bank_content_id: id, distance: '0' }] } });

  const other = (
    await t.app.inject({ method: 'POST', url: '/h/hash', ...withAuth(multipartBody('photo', await syntheticPhoto(2))) })
  ).json() as { pdq: string };
  const none = await t.app.inject({
    method: 'GET',
    url: `/m/lookup?signal_type=pdq&signal=${other.pdq}`,
    headers: auth,
  });
  assert.deepEqual(none.json(), {});

  const status = await t.app.inject({ method: 'GET', url: '/m/index/status', headers: auth });
  assert.equal((status.json() as { pdq: { size: number; present: boolean } }).pdq.size, 1);

  const content = await t.app.inject({ method: 'GET', url: `/c/bank/TEST_BANK/content/${id}`, headers: auth });
  assert.equal((content.json() as { bank: { name: string } }).bank.name, 'TEST_BANK');
  const removed = await t.app.inject({ method: 'DELETE', url: `/c/bank/TEST_BANK/content/${id}`, headers: auth });
  assert.deepEqual(removed.json(), { deleted: 1 });
  const gone = await t.app.inject({ method: 'GET', url: `/m/lookup?signal_type=pdq&signal=${pdq}`, headers: auth });
  assert.deepEqual(gone.json(), {});
});

test('signals added directly; compare; unknown signal types are refused', async () => {
  await t.app.inject({ method: 'POST', url: '/c/banks', headers: auth, payload: { name: 'SIGNAL_BANK' } });
  const pdq = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  const added = await t.app.inject({
    method: 'POST',
    url: '/c/bank/SIGNAL_BANK/signal',
    headers: auth,
    payload: { pdq },
  });
  assert.equal(added.statusCode, 200, added.body);
  const near = `${pdq.slice(0, 62)}${(Number.parseInt(pdq.slice(62), 16) ^ 0x0f).toString(16).padStart(2, '0')}`;
  const lookup = await t.app.inject({ method: 'GET', url: `/m/lookup?signal_type=pdq&signal=${near}`, headers: auth });
  assert.deepEqual(lookup.json(), {
    SIGNAL_BANK: [{ bank_content_id: (added.json() as { id: number }).id, distance: '4' }],
  });
  const compared = await t.app.inject({
    method: 'POST',
    url: '/m/compare',
    headers: auth,
    payload: { pdq: [pdq, near] },
  });
  assert.deepEqual(compared.json(), { pdq: [true, { distance: 4, threshold: 31 }] });
  const unknown = await t.app.inject({
    method: 'GET',
    url: `/m/lookup?signal_type=photodna&signal=${pdq}`,
    headers: auth,
  });
  assert.equal(unknown.statusCode, 400);
  assert.equal((unknown.json() as { error: { code: string } }).error.code, 'HASHBANK_SIGNAL_TYPE_UNKNOWN');
});

test('an API key is required, and curation needs its own scope', async () => {
  assert.equal((await t.app.inject({ method: 'GET', url: '/m/lookup?signal_type=pdq&signal=00' })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'GET', url: '/c/banks', headers: matchOnly })).statusCode, 403);
  assert.equal((await t.app.inject({ method: 'GET', url: '/c/banks', headers: auth })).statusCode, 200);
});

test('GET /h/hash?url= fetches and follows redirects inside the allowed networks', async () => {
  const direct = (
    await t.app.inject({ method: 'POST', url: '/h/hash', ...withAuth(multipartBody('photo', photo)) })
  ).json() as { pdq: string };
  const fetched = await t.app.inject({
    method: 'GET',
    url: `/h/hash?url=${encodeURIComponent(`${mediaUrl}/moved`)}`,
    headers: auth,
  });
  assert.equal(fetched.statusCode, 200, fetched.body);
  assert.deepEqual(fetched.json(), { pdq: direct.pdq });
  const missing = await t.app.inject({
    method: 'GET',
    url: `/h/hash?url=${encodeURIComponent(`${mediaUrl}/missing`)}`,
    headers: auth,
  });
  assert.equal(missing.statusCode, 502);
  assert.equal((missing.json() as { error: { code: string } }).error.code, 'HASHBANK_FETCH_FAILED');
});

test('GET /h/hash?url= refuses loopback and private addresses by default', async () => {
  const strict = await createTestApp();
  try {
    const key = await strict.ctx.access.createApiKey(
      { organisation: 'Example Platform', scopes: ['hashes:match'] },
      cliActor,
    );
    for (const url of [`${mediaUrl}/photo.png`, 'http://[::1]/x.png', 'http://10.1.2.3/x.png', 'file:///etc/passwd']) {
      const refused = await strict.app.inject({
        method: 'GET',
        url: `/h/hash?url=${encodeURIComponent(url)}`,
        headers: { authorization: `Bearer ${key.key}` },
      });
      assert.equal(refused.statusCode, 400, url);
      assert.equal((refused.json() as { error: { code: string } }).error.code, 'HASHBANK_URL_REFUSED');
    }
  } finally {
    await strict.close();
  }
  assert.equal(isPublicAddress('169.254.169.254'), false);
  assert.equal(isPublicAddress('::ffff:127.0.0.1'), false);
  assert.equal(isPublicAddress('192.0.2.10'), true, 'documentation range is routable as far as this check goes');
});

function withAuth(body: { payload: Buffer; headers: Record<string, string> }) {
  return { payload: body.payload, headers: { ...body.headers, ...auth } };
}

test('lookups by an organisation see only the banks granted to it; staff see every bank', async () => {
  await t.ctx.hashbank.createBank('NOT_GRANTED', {}, cliActor);
  const secret = await syntheticPhoto(11);
  const { pdq } = await t.ctx.hashbank.hashMedia(secret, 'photo');
  const bank = await t.ctx.hashbank.getBank('NOT_GRANTED');
  const [id] = await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals: { pdq } }], cliActor, {
    action: 'hashbank.entry-added',
  });
  const url = `/m/lookup?signal_type=pdq&signal=${pdq}`;
  assert.deepEqual((await t.app.inject({ method: 'GET', url, headers: auth })).json(), {});
  const byMedia = await t.app.inject({ method: 'POST', url: '/m/lookup', ...withAuth(multipartBody('photo', secret)) });
  assert.deepEqual(byMedia.json(), { pdq: {} });
  const analyst = await createStaffSession(t.ctx, 'analyst');
  const seen = await t.app.inject({ method: 'GET', url, headers: analyst.headers });
  assert.deepEqual(seen.json(), { NOT_GRANTED: [{ bank_content_id: id, distance: '0' }] });
  await t.ctx.hashbank.grantBank('NOT_GRANTED', orgId, ['forensics'], 'match_only', cliActor);
  assert.deepEqual((await t.app.inject({ method: 'GET', url, headers: auth })).json(), {
    NOT_GRANTED: [{ bank_content_id: id, distance: '0' }],
  });
});

test('/c/ curates only the banks the organisation may curate: its own, or granted for curation', async () => {
  await t.ctx.hashbank.createBank('SOMEONE_ELSES', {}, cliActor);
  const banks = (await t.app.inject({ method: 'GET', url: '/c/banks', headers: auth })).json() as Array<{
    name: string;
  }>;
  assert.ok(
    banks.some((b) => b.name === 'TEST_BANK'),
    'a bank it created',
  );
  assert.ok(!banks.some((b) => b.name === 'SOMEONE_ELSES'));
  const pdq = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  for (const [method, url, payload] of [
    ['GET', '/c/bank/SOMEONE_ELSES', undefined],
    ['PUT', '/c/bank/SOMEONE_ELSES', { enabled: false }],
    ['POST', '/c/bank/SOMEONE_ELSES/signal', { pdq }],
  ] as const) {
    const res = await t.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
    assert.equal(res.statusCode, 404, `${method} ${url}`);
    assert.equal((res.json() as { error: { code: string } }).error.code, 'HASHBANK_BANK_NOT_FOUND');
  }
  // HMA answers Done to deleting a bank it does not have; a bank the key may not see is one.
  const deleted = await t.app.inject({ method: 'DELETE', url: '/c/bank/SOMEONE_ELSES', headers: auth });
  assert.deepEqual([deleted.statusCode, deleted.json()], [200, { message: 'Done' }]);
  assert.equal((await t.ctx.hashbank.getBank('SOMEONE_ELSES')).enabled, true);
  await t.ctx.hashbank.grantBank('SOMEONE_ELSES', orgId, [], 'match_only', cliActor, { curate: true });
  assert.equal((await t.app.inject({ method: 'GET', url: '/c/bank/SOMEONE_ELSES', headers: auth })).statusCode, 200);
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const all = (await t.app.inject({ method: 'GET', url: '/c/banks', headers: supervisor.headers })).json() as Array<{
    name: string;
  }>;
  assert.ok(
    all.some((b) => b.name === 'NOT_GRANTED'),
    'supervisors curate every bank',
  );
});
