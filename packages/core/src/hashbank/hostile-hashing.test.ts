import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { HashingAdmission } from './hashing-admission.ts';
import {
  blankPng,
  manyFrameGif,
  multipartBody,
  rawH264,
  seededPdqHex,
  syntheticPhoto,
} from './hashbank.test-helpers.ts';

// Media that is small on the wire and expensive to hash, generated here (nothing real), sent as a
// client would. The server must refuse what is over its limits from the header, hash the rest off
// the HTTP thread, and cap how much hashing one key and the process take on.
let t: Awaited<ReturnType<typeof createTestApp>>;
let auth: Record<string, string>;

before(async () => {
  t = await createTestApp({ VIGIE_HASHING_CONCURRENCY: '2' });
  const key = await t.ctx.access.createApiKey({ organisation: 'Example Platform', scopes: ['hashes:match'] }, cliActor);
  auth = { authorization: `Bearer ${key.key}` };
  // The hashing workers start on first use: start them before anything is measured.
  assert.equal((await upload('/h/hash', 'photo', await syntheticPhoto(1))).statusCode, 200);
});
after(() => t.close());

function upload(url: string, field: 'photo' | 'video', bytes: Buffer, headers = auth) {
  const body = multipartBody(field, bytes);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...headers } });
}

/** The work's result, with the process's peak resident memory above where it started. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number; ms: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - base) / 2 ** 20, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

const codeOf = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;

test('a 10000x10000 blank PNG is refused from its header, not decoded (was: 300 MB per upload)', async () => {
  const png = blankPng(10_000, 10_000);
  assert.ok(png.length < 400_000, `${png.length} bytes on the wire`);
  const { result, growthMb } = await measured(() => upload('/api/v1/media/match', 'photo', png));
  assert.equal(result.statusCode, 400, result.body);
  assert.equal(codeOf(result), 'HASHBANK_MEDIA_INVALID');
  assert.match(result.body, /pixels/);
  assert.ok(growthMb < 100, `resident memory grew ${growthMb.toFixed(0)} MB`);
});

test('a 1x100000000 PNG is refused from its header at once (was: 30 s of decoding)', async () => {
  const { result, ms } = await measured(() => upload('/h/hash', 'photo', blankPng(1, 100_000_000)));
  assert.equal(result.statusCode, 400, result.body);
  assert.ok(ms < 5_000, `${ms.toFixed(0)} ms`);
});

test('a 2,000-frame GIF sent as a photo decodes its first frame only (was: every frame, 500+ MB)', async () => {
  const gif = manyFrameGif(2_000, 300, 300);
  assert.ok(gif.length < 60_000, `${gif.length} bytes on the wire`);
  const { result, growthMb } = await measured(() => upload('/h/hash', 'photo', gif));
  assert.equal(result.statusCode, 200, result.body);
  assert.match((result.json() as { pdq: string }).pdq, /^[0-9a-f]{64}$/);
  assert.ok(growthMb < 150, `resident memory grew ${growthMb.toFixed(0)} MB`);
});

test('/m/compare of two 7,200-frame vPDQs runs off the HTTP thread: /health answers meanwhile', async () => {
  const video = (offset: number) =>
    Array.from({ length: 7_200 }, (_, i) => `${seededPdqHex(offset + i)},100`).join(';');
  const payload = { vpdq: [video(0), video(3_600)] };
  const order: string[] = [];
  const compare = t.app
    .inject({ method: 'POST', url: '/m/compare', headers: auth, payload })
    .then((res) => (order.push('compare'), res));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const health = await t.app.inject({ method: 'GET', url: '/health' });
  order.push('health');
  assert.equal(health.statusCode, 200);
  const compared = await compare;
  assert.equal(compared.statusCode, 200, compared.body);
  const [isMatch, { distance }] = (compared.json() as { vpdq: [boolean, { distance: number }] }).vpdq;
  assert.deepEqual([isMatch, distance], [false, 50], 'half of the query frames are in the other video');
  assert.deepEqual(order, ['health', 'compare']);
});

test('one key hashing more than two media at once gets 429 with Retry-After; the others are hashed', async () => {
  const video = rawH264(4);
  const answers = await Promise.all([1, 2, 3].map(() => upload('/h/hash', 'video', video)));
  const statuses = answers.map((a) => a.statusCode).sort();
  assert.deepEqual(statuses, [200, 200, 429], answers.map((a) => a.body).join('\n'));
  const refused = answers.find((a) => a.statusCode === 429)!;
  assert.equal(codeOf(refused), 'RATE_LIMITED');
  assert.ok(Number(refused.headers['retry-after']) > 0);
  const hashed = answers.find((a) => a.statusCode === 200)!.json() as { vpdq: string; video_md5: string };
  assert.equal(hashed.vpdq.split(';').length, 4, 'one frame hash per second of a stream without a duration');
});

test('admission: a full process answers 503 HASHBANK_HASHING_BUSY at once or after the wait, in order otherwise', async () => {
  const admission = new HashingAdmission({ slots: 1, maxQueued: 1, maxWaitMs: 50, perRequester: 5 });
  const first = await admission.acquire('a');
  const second = admission.acquire('b');
  await assert.rejects(admission.acquire('c'), { code: 'HASHBANK_HASHING_BUSY' }, 'queue full');
  first();
  (await second)();
  const held = await admission.acquire('a');
  const late = admission.acquire('b');
  await assert.rejects(late, (e: { code: string; details: { retryAfterSeconds: number } }) => {
    assert.equal(e.code, 'HASHBANK_HASHING_BUSY');
    assert.ok(e.details.retryAfterSeconds > 0);
    return true;
  });
  held();
  assert.deepEqual(admission.stats, { running: 0, queued: 0 });
  const perKey = new HashingAdmission({ slots: 4, maxQueued: 4, maxWaitMs: 50, perRequester: 1 });
  const mine = await perKey.acquire('k');
  await assert.rejects(perKey.acquire('k'), { code: 'RATE_LIMITED' });
  (await perKey.acquire('other'))();
  mine();
  (await perKey.acquire('k'))();
});
