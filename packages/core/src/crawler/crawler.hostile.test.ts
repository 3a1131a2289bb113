import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, startTestWeb, type TestContext, type TestWeb } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';

// A crawl of the test web's hostile host (slowloris, endless bodies, a gzip bomb, a pixel bomb,
// malformed HTML, redirect loops, lying lengths, a link farm, 429 and 503, resets, headers that
// never end): the crawl ends, within its caps, every hostile URL is settled (fetched, failed or
// waiting for its Retry-After), and the same crawler then crawls an ordinary site as before.

let web: TestWeb;
let t: TestContext;
// The crawl's clock, moved on between rounds so that Retry-After and back-off times pass.
let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);

before(async () => {
  web = await startTestWeb({ seed: 3, sites: 1, pagesPerSite: 8, mediaPerPage: 2, linksPerPage: 3, hostile: true });
  t = await createTestContext(
    {
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
      VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
      VIGIE_CRAWL_HOST_DELAY_MS: '0',
      VIGIE_CRAWL_REVISIT_DAYS: '0',
      VIGIE_CRAWL_FETCH_TIMEOUT_SECONDS: '4',
      VIGIE_CRAWL_MAX_PAGE_MB: '1',
      VIGIE_CRAWL_MAX_MEDIA_MB: '8',
      VIGIE_CRAWL_MAX_LINKS_PER_PAGE: '200',
      VIGIE_CRAWL_MAX_URLS_PER_SEED: '400',
      VIGIE_CRAWL_CONCURRENCY: '8',
    },
    { now },
  );
});
after(async () => {
  await t?.close();
  await web?.close();
});

test('hostile servers do not hurt the crawl', { timeout: 180_000 }, async () => {
  const rssBefore = process.memoryUsage().rss;
  const started = Date.now();
  await t.ctx.crawler.addSeed({ url: web.hostileSeedUrl!, maxDepth: 2, honourRobots: false }, cliActor);
  // Rounds an hour apart, until every hostile URL is settled: a host's Retry-After and each
  // URL's back-off pass between them.
  const hostilePaths = new Set(web.manifest.hostile.map((h) => new URL(h.url).pathname));
  const unsettled = async () =>
    (await t.ctx.db.selectFrom('crawl_url').select(['url', 'state', 'status']).execute()).filter(
      (u) => hostilePaths.has(new URL(u.url).pathname) && u.state === 'queued' && u.status !== 429 && u.status !== 503,
    );
  for (let round = 0; round < 20; round++) {
    await t.ctx.crawler.startCrawling({ untilIdle: true });
    offsetMs += 3600_000;
    if ((await unsettled()).length === 0) break;
  }
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 120, `the crawl ended (${seconds.toFixed(1)} s)`);
  const grown = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  assert.ok(grown < 600, `memory stayed bounded (+${grown.toFixed(0)} MiB)`);

  const urls = await t.ctx.db.selectFrom('crawl_url').select(['url', 'state', 'due_at', 'error', 'status']).execute();
  const byPath = new Map(urls.map((u) => [new URL(u.url).pathname, u]));
  for (const entry of web.manifest.hostile) {
    const path = new URL(entry.url).pathname;
    const row = byPath.get(path);
    if (!row) continue; // not linked from the hostile host's index at this depth
    // Fetched, given up, or (a host that always answers 429 or 503) waiting for its Retry-After.
    const waiting = row.state === 'queued' && (row.status === 429 || row.status === 503);
    assert.ok(row.state !== 'queued' || waiting, `${entry.name} settled (${row.state}, ${row.error ?? row.status})`);
  }
  assert.ok(byPath.get('/link-farm'), 'the link farm was reached');
  const farm = urls.filter((u) => u.url.includes('/farm/')).length;
  assert.ok(farm <= 400, `the link farm spent the seed's budget at most (${farm} pages)`);
  const unhashable = await t.ctx.db.selectFrom('media').select('state').where('state', '=', 'unhashable').execute();
  const pixelBomb = byPath.get('/pixel-bomb.png');
  if (pixelBomb) assert.ok(unhashable.length >= 1, 'the pixel bomb is kept as an unhashable media, not decoded');

  // The same crawler goes on with an ordinary site.
  await t.ctx.crawler.addSeed({ url: web.seedUrls[0]!, maxDepth: 20 }, cliActor);
  await t.ctx.crawler.startCrawling({ untilIdle: true });
  const expected = web.manifest.expected([web.seedUrls[0]!]);
  const found = new Set((await t.ctx.db.selectFrom('media').select('sha256').execute()).map((m) => m.sha256));
  const byId = new Map(web.manifest.media.map((m) => [m.id, m.sha256]));
  assert.deepEqual(
    [...expected.mediaIds].filter((id) => !found.has(byId.get(id)!)),
    [],
  );
});
