import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { syntheticPhoto } from '../hashbank.test-helpers.ts';

// The API calls of ThreatExchange's own HMA client code, replayed as that code builds them
// against a running Vigie: HMA's web UI (hasher-matcher-actioner/src/OpenMediaMatch/static/js/
// bank-management.js, match_dbg.js, match-form.js, templates/components/banks/create_new_bank
// .html.j2), which calls /c, /h and /m with relative URLs and no credentials, and reads `message`
// on failure. (python-threatexchange has no client of HMA's API: it is the library HMA is built on.)
const KEYLESS_PREFIX = 'HmaUi_01';
let t: Awaited<ReturnType<typeof createTestApp>>;
let base: string;
let photo: Buffer;
let media: Server;
let mediaUrl: string;

before(async () => {
  photo = await syntheticPhoto(31);
  media = createServer((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(photo));
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}/photo.png`;
  t = await createTestApp({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_HMA_KEYLESS_KEY: KEYLESS_PREFIX,
    VIGIE_HMA_KEYLESS_NETWORKS: '127.0.0.0/8,::1/128',
  });
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Trust and safety team', scopes: ['hashes:match', 'hashes:curate'] },
    cliActor,
  );
  await sql`update api_key set prefix = ${KEYLESS_PREFIX} where id = ${key.id}`.execute(t.ctx.db);
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
after(async () => {
  media.close();
  await t.close();
});

/** create_new_bank.html.j2: POST /c/banks, JSON; on failure it alerts json['message']. */
async function createBank(name: string) {
  const response = await fetch(`${base}/c/banks`, {
    method: 'POST',
    body: JSON.stringify({ name }),
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  });
  return { response, json: (await response.json()) as { message?: string } };
}

test('create a bank; a taken or malformed name fails with a message the UI shows', async () => {
  const created = await createBank('UI_BANK');
  assert.equal(created.response.ok, true);
  const again = await createBank('UI_BANK');
  assert.equal(again.response.status, 403, 'HMA answers an existing bank with 403');
  assert.equal(again.json.message, 'A bank with this name exists.');
  const malformed = await createBank('not upper');
  assert.equal(malformed.response.status, 400);
  assert.equal(typeof malformed.json.message, 'string');
});

test('bank-management.js: add by file (metadata and note as form fields), by URL (JSON body), by hash; remove by id', async () => {
  await createBank('UI_CONTENT');
  // handleAddContentByFile: the file under its content type, then metadata (JSON text) and note.
  const form = new FormData();
  form.append('photo', new Blob([photo], { type: 'image/png' }), 'photo.png');
  form.append('metadata', JSON.stringify({ content_id: 'c-1', json: { source: 'ui' } }));
  form.append('note', 'added from the UI');
  const byFile = await fetch(`${base}/c/bank/UI_CONTENT/content`, { method: 'POST', body: form });
  assert.equal(byFile.ok, true, await byFile.clone().text());
  const added = (await byFile.json()) as { id: number; signals: Record<string, string> };
  assert.match(added.signals.pdq as string, /^[0-9a-f]{64}$/);

  // match-form.js reads each bank's ratio from GET /c/bank/<name>; content shows its metadata.
  const bank = (await (await fetch(`${base}/c/bank/UI_CONTENT`)).json()) as { matching_enabled_ratio: number };
  assert.equal(bank.matching_enabled_ratio, 1);
  const content = (await (await fetch(`${base}/c/bank/UI_CONTENT/content/${added.id}`)).json()) as Record<
    string,
    unknown
  >;
  assert.deepEqual(content, {
    id: added.id,
    disable_until_ts: 1,
    original_media_uri: null,
    bank: { name: 'UI_CONTENT', matching_enabled_ratio: 1 },
    metadata: { content_id: 'c-1', json: { source: 'ui' } },
    note: 'added from the UI',
  });

  // handleAddContentByUrl: url and content_type in the query, metadata and note as JSON.
  await createBank('UI_URL');
  const query = `url=${encodeURIComponent(mediaUrl)}&content_type=${encodeURIComponent('photo')}`;
  const byUrl = await fetch(`${base}/c/bank/UI_URL/content?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ metadata: { content_uri: 'https://platform.example/m/2' }, note: 'by url' }),
  });
  assert.equal(byUrl.ok, true, await byUrl.clone().text());
  assert.deepEqual(((await byUrl.json()) as { signals: unknown }).signals, added.signals);
  const noBody = await fetch(`${base}/c/bank/UI_URL/content?${query}`, { method: 'POST', headers: {} });
  assert.equal(noBody.ok, true, 'without metadata the UI sends no body');

  // handleAddContentByHash: {signal_type: value, note}.
  const pdq = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  const byHash = await fetch(`${base}/c/bank/UI_CONTENT/signal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ pdq, note: 'by hash' }),
  });
  assert.equal(byHash.ok, true, await byHash.clone().text());
  const hashed = (await byHash.json()) as { id: number; signals: Record<string, string> };
  assert.deepEqual(hashed.signals, { pdq });

  // handleRemoveContentById / removeMultipleContent: DELETE, then the JSON answer.
  const removed = await fetch(`${base}/c/bank/UI_CONTENT/content/${hashed.id}`, { method: 'DELETE' });
  assert.deepEqual(await removed.json(), { deleted: 1 });
  const twice = await fetch(`${base}/c/bank/UI_CONTENT/content/${hashed.id}`, { method: 'DELETE' });
  assert.deepEqual([twice.status, await twice.json()], [200, { deleted: 0 }]);
  const gone = await fetch(`${base}/m/lookup?signal_type=pdq&signal=${pdq}`);
  assert.deepEqual(await gone.json(), {});

  const badMetadata = new FormData();
  badMetadata.append('photo', new Blob([photo], { type: 'image/png' }), 'photo.png');
  badMetadata.append('metadata', '{not json');
  const refused = await fetch(`${base}/c/bank/UI_CONTENT/content`, { method: 'POST', body: badMetadata });
  assert.equal(refused.status, 400);
  assert.equal(((await refused.json()) as { message: string }).message, 'metadata form field must be valid JSON');
});

test('match_dbg.js: hash two uploads, then compare their signals', async () => {
  const hashes: Array<Record<string, string>> = [];
  for (const seed of [31, 32]) {
    const formData = new FormData();
    formData.append('photo', new Blob([await syntheticPhoto(seed)], { type: 'image/png' }), 'x.png');
    hashes.push((await (await fetch(`${base}/h/hash`, { method: 'POST', body: formData })).json()) as never);
  }
  const [results1, results2] = hashes as [Record<string, string>, Record<string, string>];
  const body = Object.keys(results1)
    .filter((key) => key in results2)
    .reduce((obj, key) => ({ ...obj, [key]: [results1[key], results2[key]] }), {});
  const response = await fetch(`${base}/m/compare`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  const data = (await response.json()) as Record<string, [boolean, { distance: number }]>;
  const rows = Object.entries(data).map(([algoName, [isMatch, details]]) => [algoName, isMatch, details.distance]);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.[0], 'pdq');
  assert.equal(typeof rows[0]?.[2], 'number');
});
