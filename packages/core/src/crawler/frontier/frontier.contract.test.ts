import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { sql } from 'kysely';
import type { DiscoveredUrl, Frontier } from './frontier.port.ts';
import { createPostgresFrontier } from './frontier.repository.ts';
import { createMemoryFrontier } from './memory-frontier.ts';

// The frontier's contract (frontier.port.ts), held against both implementations.

const t0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const url = (key: string, path: string, extra: Partial<DiscoveredUrl> = {}): DiscoveredUrl => ({
  url: `http://${key}/${path}`,
  key,
  kind: 'page',
  seedId: '1',
  depth: 0,
  priority: 0,
  referrer: null,
  source: null,
  ...extra,
});
const urlsOf = (batches: Awaited<ReturnType<Frontier['getUrls']>>) => batches.flatMap((b) => b.urls.map((u) => u.url));
const params = { maxQueues: 10, maxUrlsPerQueue: 10, delayRequestableMs: 60_000 };

let test_: TestContext;

before(async () => {
  test_ = await createTestContext();
});
after(() => test_.close());

async function newPostgresFrontier(): Promise<Frontier> {
  const db = test_.ctx.db;
  // Each case on empty tables (seed ids are not checked by the frontier).
  await sql`delete from crawl_url`.execute(db);
  await sql`delete from crawl_queue`.execute(db);
  return createPostgresFrontier(db);
}

for (const [name, make] of [
  ['memory', async () => createMemoryFrontier()],
  ['postgres', newPostgresFrontier],
] as const) {
  describe(`frontier contract (${name})`, () => {
    test('a URL is known once; getUrls hands out due URLs by priority and not again while in process', async () => {
      const frontier = await make();
      const added = await frontier.putDiscovered(
        [url('a.test', '1'), url('a.test', '2', { priority: 5 }), url('b.test', '1'), url('a.test', '1')],
        t0,
      );
      assert.equal(added.length, 3);
      assert.equal((await frontier.putDiscovered([url('a.test', '2')], t0)).length, 0);
      const first = await frontier.getUrls(params, t0);
      assert.deepEqual(
        first.find((b) => b.key === 'a.test')?.urls.map((u) => u.url),
        ['http://a.test/2', 'http://a.test/1'],
      );
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(1000))), [], 'in process: not handed out again');
    });

    test('a crawler that dies loses nothing: its URLs are due again after the lease', async () => {
      const frontier = await make();
      await frontier.putDiscovered([url('c.test', '1'), url('c.test', '2')], t0);
      assert.equal(urlsOf(await frontier.getUrls(params, t0)).length, 2);
      // No putKnown: the crawler was killed.
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(59_000))), []);
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(60_000))).sort(), [
        'http://c.test/1',
        'http://c.test/2',
      ]);
    });

    test('putKnown finishes a URL or schedules its re-visit', async () => {
      const frontier = await make();
      await frontier.putDiscovered([url('d.test', 'done'), url('d.test', 'again')], t0);
      await frontier.getUrls(params, t0);
      await frontier.putKnown(
        [
          { url: 'http://d.test/done', refetchableFrom: null, status: 200 },
          { url: 'http://d.test/again', refetchableFrom: at(3_600_000), status: 200 },
        ],
        at(10),
      );
      await frontier.blockQueueUntil('d.test', at(20));
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(120_000))), []);
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(3_600_000))), ['http://d.test/again']);
      const stats = await frontier.getStats(at(3_600_001));
      assert.equal(stats.size, 1);
    });

    test('a blocked queue is skipped until its time; queues are capped per call', async () => {
      const frontier = await make();
      await frontier.putDiscovered([url('e.test', '1'), url('f.test', '1'), url('g.test', '1')], t0);
      await frontier.blockQueueUntil('e.test', at(5000));
      const batches = await frontier.getUrls({ ...params, maxQueues: 1 }, t0);
      assert.equal(batches.length, 1);
      assert.notEqual(batches[0]!.key, 'e.test');
      const rest = urlsOf(await frontier.getUrls(params, t0));
      assert.equal(rest.length, 1, 'the other unblocked queue');
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(5000))), ['http://e.test/1']);
    });

    test('claimed on discovery: URLs handed to the caller at once, due again only after the claim', async () => {
      const frontier = await make();
      const claimed = await frontier.putDiscovered([url('m.test', 'x.jpg', { kind: 'media' })], t0, {
        claimForMs: 30_000,
      });
      assert.equal(claimed.length, 1);
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(1000))), []);
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(30_000))), ['http://m.test/x.jpg']);
    });

    test('a queue with nothing due is not held; a URL put later is handed out at once', async () => {
      const frontier = await make();
      await frontier.putDiscovered([url('h.test', '1')], t0);
      await frontier.getUrls(params, t0);
      await frontier.putKnown([{ url: 'http://h.test/1', refetchableFrom: null }], t0);
      await frontier.blockQueueUntil('h.test', t0);
      await frontier.getUrls(params, at(1));
      await frontier.putDiscovered([url('h.test', '2')], at(2));
      assert.deepEqual(urlsOf(await frontier.getUrls(params, at(3))), ['http://h.test/2']);
    });

    test('robots policy of a queue is sticky once a seed says not to honour it; delay is per queue', async () => {
      const frontier = await make();
      await frontier.putDiscovered([url('r.test', '1', { honourRobots: false })], t0);
      await frontier.putDiscovered([url('r.test', '2', { honourRobots: true })], t0);
      await frontier.setDelay('r.test', 250);
      const [batch] = await frontier.getUrls(params, t0);
      assert.equal(batch?.honourRobots, false);
      assert.equal(batch?.delayMs, 250);
      assert.equal((await frontier.listQueues(10)).find((q) => q.key === 'r.test')?.size, 2);
      assert.equal(await frontier.deleteQueue('r.test'), 2);
    });
  });
}

test('postgres frontier: crawlers racing for queues never get the same URL', async () => {
  const frontier = await newPostgresFrontier();
  const many: DiscoveredUrl[] = [];
  for (let host = 0; host < 40; host++)
    for (let page = 0; page < 5; page++) many.push(url(`race-${host}.test`, String(page)));
  await frontier.putDiscovered(many, t0);
  const crawlers = Array.from({ length: 6 }, () => createPostgresFrontier(test_.ctx.db));
  const handed = (
    await Promise.all(
      crawlers.map((c) => c.getUrls({ maxQueues: 10, maxUrlsPerQueue: 5, delayRequestableMs: 60_000 }, t0)),
    )
  ).flatMap(urlsOf);
  assert.equal(new Set(handed).size, handed.length, 'no URL handed out twice');
  const more = urlsOf(await frontier.getUrls({ maxQueues: 100, maxUrlsPerQueue: 5, delayRequestableMs: 60_000 }, t0));
  assert.equal(handed.length + more.length, 200, 'every URL handed out exactly once');
});
