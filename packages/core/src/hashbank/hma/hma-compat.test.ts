import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { multipartBody, syntheticPhoto } from '../hashbank.test-helpers.ts';
import { coinFlip } from './hma.service.ts';

// HMA's behaviours its clients rely on, beyond the replays: the matching ratio's coin flip (seed,
// bypass), raw lookup, X-API-Key, HMA's error bodies, and where keyless access stops.
let t: Awaited<ReturnType<typeof createTestApp>>;
let key: string;
let pdq: string;
let photo: Buffer;
const ids: Record<string, number> = {};

before(async () => {
  t = await createTestApp({ VIGIE_HMA_KEYLESS_KEY: 'vgk_Keyless1', VIGIE_HMA_KEYLESS_NETWORKS: '10.9.0.0/16' });
  ({ key } = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  ));
  photo = await syntheticPhoto(41);
  for (const [name, ratio] of [
    ['HALF', 0.5],
    ['NEVER', 0],
    ['ALWAYS', 1],
  ] as const) {
    const created = await inject('POST', '/c/banks', { name, enabled_ratio: ratio });
    assert.equal(created.statusCode, 201, created.body);
    const added = await t.app.inject({
      method: 'POST',
      url: `/c/bank/${name}/content`,
      ...withKey(multipartBody('photo', photo)),
    });
    ids[name] = (added.json() as { id: number }).id;
    pdq = (added.json() as { signals: { pdq: string } }).signals.pdq;
  }
});
after(() => t.close());

function inject(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, headers = {}) {
  return t.app.inject({
    method,
    url,
    headers: { 'x-api-key': key, ...headers },
    ...(payload ? { payload } : {}),
  });
}
function withKey(body: { payload: Buffer; headers: Record<string, string> }) {
  return { payload: body.payload, headers: { ...body.headers, 'x-api-key': key } };
}
const banksOf = (json: unknown) => Object.keys(json as object).sort();

test('the matching ratio: a seeded draw decides, 0 never takes part, bypass_coinflip lets every bank in', async () => {
  const seeds = Array.from({ length: 50 }, (_, i) => `content-${i}`);
  const low = seeds.find((s) => coinFlip(s, false) < 0.5) as string;
  const high = seeds.find((s) => coinFlip(s, false) > 0.5) as string;
  const lookup = (extra: string) => inject('GET', `/m/lookup?signal_type=pdq&signal=${pdq}${extra}`);
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(banksOf((await lookup(`&seed=${low}`)).json()), ['ALWAYS', 'HALF'], 'below the ratio');
    assert.deepEqual(banksOf((await lookup(`&seed=${high}`)).json()), ['ALWAYS'], 'above it');
  }
  for (let i = 0; i < 5; i++) assert.ok(!banksOf((await lookup('')).json()).includes('NEVER'));
  assert.deepEqual(banksOf((await lookup('&bypass_coinflip=true')).json()), ['ALWAYS', 'HALF', 'NEVER']);
  const upload = await t.app.inject({
    method: 'POST',
    url: '/m/lookup?bypass_coinflip=true&banks=NEVER,HALF',
    ...withKey(multipartBody('photo', photo)),
  });
  assert.deepEqual(banksOf((upload.json() as { pdq: object }).pdq), ['HALF', 'NEVER']);
  // HMA's `enabled: false` is a ratio of 0, `enabled: true` of 1.
  const off = await inject('PUT', '/c/bank/HALF', { enabled: false });
  assert.deepEqual(off.json(), { name: 'HALF', matching_enabled_ratio: 0 });
  assert.equal((await t.ctx.hashbank.getBank('HALF')).enabled, true, "Vigie's own switch is untouched");
  await inject('PUT', '/c/bank/HALF', { enabled_ratio: 0.5 });
});

test('raw lookup: content ids, or with distances; banks narrow it; no coin flip', async () => {
  const raw = await inject('GET', `/m/raw_lookup?signal_type=pdq&signal=${pdq}`);
  assert.deepEqual((raw.json() as { matches: number[] }).matches.sort(), Object.values(ids).sort());
  const narrowed = await inject('GET', `/m/raw_lookup?signal_type=pdq&signal=${pdq}&banks=NEVER&include_distance=true`);
  assert.deepEqual(narrowed.json(), { matches: [{ bank_content_id: ids.NEVER, distance: '0' }] });
});

test("errors carry HMA's message beside Vigie's error; HMA's status where it differs", async () => {
  const missing = await inject('GET', '/c/bank/NO_SUCH_BANK');
  assert.equal(missing.statusCode, 404);
  const body = missing.json() as { message: string; error: { code: string } };
  assert.equal(body.error.code, 'HASHBANK_BANK_NOT_FOUND');
  assert.equal(body.message, 'No bank named NO_SUCH_BANK.');
  const exists = await inject('POST', '/c/banks', { name: 'ALWAYS' });
  assert.deepEqual(
    [exists.statusCode, (exists.json() as { message: string }).message],
    [403, 'A bank with this name exists.'],
  );
  const neither = await inject('GET', '/m/lookup');
  assert.deepEqual(
    [neither.statusCode, (neither.json() as { message: string }).message],
    [400, 'Either url or both signal and signal_type are required'],
  );
  // The base URL's trailing slash: //c/banks is /c/banks.
  assert.equal((await inject('GET', '//c/banks')).statusCode, 200);
});

test('X-API-Key: accepted alone or with the same Bearer key, refused beside another', async () => {
  assert.equal((await inject('GET', '/c/banks')).statusCode, 200);
  assert.equal((await inject('GET', '/c/banks', undefined, { authorization: `Bearer ${key}` })).statusCode, 200);
  const other = await t.ctx.access.createApiKey({ organisation: 'Other', scopes: ['hashes:match'] }, cliActor);
  const mixed = await inject('GET', '/c/banks', undefined, { authorization: `Bearer ${other.key}` });
  assert.equal(mixed.statusCode, 401);
  const bad = await t.app.inject({ method: 'GET', url: '/c/banks', headers: { 'x-api-key': 'vgk_nope' } });
  assert.equal(bad.statusCode, 401);
  const elsewhere = await t.app.inject({ method: 'GET', url: '/api/v1/hashes', headers: { 'x-api-key': other.key } });
  assert.notEqual(elsewhere.statusCode, 401, 'the header names a key on every route');
});

test('keyless access: only from the configured networks, only on the HMA surface, only for a live key', async () => {
  const keyless = await t.ctx.access.createApiKey({ organisation: 'Keyless org', scopes: ['hashes:curate'] }, cliActor);
  await sql`update api_key set prefix = 'Keyless1' where id = ${keyless.id}`.execute(t.ctx.db);
  // Loopback is not a configured network: no key, no access.
  assert.equal((await t.app.inject({ method: 'GET', url: '/c/banks' })).statusCode, 401);
  const fromNetwork = await t.app.inject({ method: 'GET', url: '/c/banks', remoteAddress: '10.9.1.2' });
  assert.deepEqual([fromNetwork.statusCode, fromNetwork.json()], [200, []], 'its organisation curates no bank yet');
  const scoped = await t.app.inject({
    method: 'GET',
    url: `/m/lookup?signal_type=pdq&signal=${pdq}`,
    remoteAddress: '10.9.1.2',
  });
  assert.equal(scoped.statusCode, 403, "the key's scopes apply");
  const notHma = await t.app.inject({ method: 'GET', url: '/api/v1/hashes', remoteAddress: '10.9.1.2' });
  assert.equal(notHma.statusCode, 401);
  await t.ctx.access.revokeApiKey(keyless.id, cliActor);
  assert.equal((await t.app.inject({ method: 'GET', url: '/c/banks', remoteAddress: '10.9.1.2' })).statusCode, 401);
});
