import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { syntheticPhoto } from '../hashbank.test-helpers.ts';
import { hmaSignalTypeNames } from './hma-format.ts';

// Fastify serialises every HMA answer through its contract schema (packages/contract/src/hma.ts),
// which drops a property the schema does not declare: the answers the other HMA tests leave
// unread are held here, field by field, as HMA's clients read them.
let t: Awaited<ReturnType<typeof createTestApp>>;
let auth: Record<string, string>;
let photo: Buffer;
let media: Server;
let mediaUrl: string;
let id: number;
let pdq: string;

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url, headers: auth });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as unknown;
};

before(async () => {
  t = await createTestApp({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8,::1/128' });
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Answering Platform', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  );
  auth = { authorization: `Bearer ${key.key}` };
  photo = await syntheticPhoto(7);
  media = createServer(
    (_request, response) => void response.writeHead(200, { 'content-type': 'image/png' }).end(photo),
  );
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}/photo.png`;
  await t.app.inject({ method: 'POST', url: '/c/banks', headers: auth, payload: { name: 'ANSWER_BANK' } });
  // Coop's metadata: its own keys, kept as HMA's `json` part, and a note.
  const banked = await t.app.inject({
    method: 'POST',
    url: `/c/bank/ANSWER_BANK/content?url=${encodeURIComponent(mediaUrl)}`,
    headers: auth,
    payload: { metadata: { rule: 'r-7', nested: { deep: [1, 'two'] } }, note: 'kept' },
  });
  assert.equal(banked.statusCode, 200, banked.body);
  ({ id } = banked.json() as { id: number });
  pdq = (banked.json() as { signals: { pdq: string } }).signals.pdq;
});
after(async () => {
  media.close();
  await t.close();
});

test('bank content answers its metadata whole, whatever keys the client kept', async () => {
  assert.deepEqual(await get(`/c/bank/ANSWER_BANK/content/${id}`), {
    id,
    disable_until_ts: 1,
    original_media_uri: null,
    bank: { name: 'ANSWER_BANK', matching_enabled_ratio: 1 },
    metadata: { json: { rule: 'r-7', nested: { deep: [1, 'two'] } } },
    note: 'kept',
  });
});

test('lookups by URL: every signal type, or the one asked for; by signal; compare by query', async () => {
  const match = [{ bank_content_id: id, distance: '0' }];
  const url = encodeURIComponent(mediaUrl);
  assert.deepEqual(await get(`/m/lookup?url=${url}`), { pdq: { ANSWER_BANK: match } });
  assert.deepEqual(await get(`/m/lookup?url=${url}&signal_type=pdq`), { ANSWER_BANK: match });
  assert.deepEqual(await get(`/m/lookup?signal_type=pdq&signal=${pdq}`), { ANSWER_BANK: match });
  assert.deepEqual(await get(`/h/hash?url=${url}`), { pdq });
  assert.deepEqual(await get(`/m/compare?signal_type=pdq&left=${pdq}&right=${pdq}`), {
    pdq: [true, { distance: 0, threshold: 31 }],
  });
});

test('signal types, content types and the index status answer every field', async () => {
  assert.deepEqual(
    await get('/c/signal_type'),
    hmaSignalTypeNames().map((name) => ({ name, enabled_ratio: 1 })),
  );
  assert.deepEqual(await get('/c/content_type'), [
    { name: 'photo', enabled: true },
    { name: 'video', enabled: true },
  ]);
  const status = (await get('/m/index/status')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(status).sort(), ['pdq', 'vpdq']);
  const builtTo = (status.pdq as { built_to: number }).built_to;
  assert.ok(builtTo > 0, 'the index was built');
  assert.deepEqual(status.pdq, { built_to: builtTo, present: true, size: 1 });
  assert.deepEqual(await get('/m/index/status?signal_type=pdq'), { pdq: status.pdq });
  const index = (await get('/c/signal_type/index')) as Record<string, unknown>;
  assert.deepEqual(index.pdq, {
    index_size: 1,
    db_size: 1,
    index_out_of_date: false,
    index_built_to: builtTo,
    newest_db_item: builtTo,
  });
});
