import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { createTestContext, spawnVigie, startTestWeb, type TestContext, type TestWeb } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';

// Crawler processes killed with SIGKILL at arbitrary moments: the crawl still ends with every
// media found and every known one detected once; what a killed crawler held is fetched again
// once its lease ends, and nothing else is fetched twice.

const KILLS = 3;
const CONCURRENCY = 4;
const URLS_PER_QUEUE = 2;

let web: TestWeb;
let t: TestContext;
let env: Record<string, string>;
const banked = new Set<string>();

before(async () => {
  web = await startTestWeb({
    seed: 23,
    sites: 2,
    pagesPerSite: 40,
    mediaPerPage: 3,
    linksPerPage: 4,
    knownShare: 0.15,
    videoShare: 0,
  });
  t = await createTestContext({}, { asOwner: true });
  env = {
    DATABASE_URL: t.ownerUrl,
    VIGIE_DATA_DIR: t.config.dataDir,
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
    VIGIE_CRAWL_HOST_DELAY_MS: '0',
    VIGIE_CRAWL_MAX_DEPTH: '50',
    VIGIE_CRAWL_REVISIT_DAYS: '0',
    VIGIE_CRAWL_LEASE_SECONDS: '5',
    VIGIE_CRAWL_POLL_MS: '50',
    VIGIE_CRAWL_CONCURRENCY: String(CONCURRENCY),
    VIGIE_CRAWL_URLS_PER_QUEUE: String(URLS_PER_QUEUE),
  };
  const bank = await t.ctx.hashbank.createBank('KNOWN', {}, cliActor);
  const entries = [];
  for (const media of web.manifest.known) {
    const signals = await t.ctx.hashbank.hashMedia(web.bytesOf(media.id), media.kind === 'video' ? 'video' : 'photo');
    // A picture too flat for PDQ cannot be banked (the bank's minimum quality): not planted.
    if (signals.pdqQuality !== undefined && signals.pdqQuality < 50) continue;
    banked.add(media.sha256);
    entries.push({ bankId: bank.id, signals, uses: ['notice_and_takedown' as const] });
  }
  await t.ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  await t.ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  for (const url of web.seedUrls) await t.ctx.crawler.addSeed({ url, maxDepth: 50, honourRobots: false }, cliActor);
});
after(async () => {
  await t?.close();
  await web?.close();
});

async function queuedUrls(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('crawl_url')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('state', '=', 'queued')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

test(
  'crawlers killed with SIGKILL mid-crawl lose nothing and repeat only what they held',
  { timeout: 240_000 },
  async () => {
    for (let kill = 0; kill < KILLS; kill++) {
      const crawler = spawnVigie(['start', '--role', 'crawler'], env);
      const started = web.stats.total();
      // Killed at an arbitrary point once it has fetched something (a different point each round).
      while (web.stats.total() < started + 15 + kill * 20) {
        if (crawler.child.exitCode !== null) assert.fail(`crawler exited early:\n${crawler.output()}`);
        await sleep(20);
      }
      await sleep(kill * 137);
      crawler.child.kill('SIGKILL');
      await crawler.exited;
    }
    assert.ok((await queuedUrls()) > 0, 'the kills left work undone');

    const last = spawnVigie(['start', '--role', 'crawler'], env);
    const deadline = Date.now() + 180_000;
    while ((await queuedUrls()) > 0) {
      if (Date.now() > deadline) assert.fail(`the crawl did not finish:\n${last.output()}`);
      if (last.child.exitCode !== null) assert.fail(`crawler exited early:\n${last.output()}`);
      await sleep(200);
    }
    last.child.kill('SIGTERM');
    await last.exited;

    const expected = web.manifest.expected(web.seedUrls, { respectRobots: false });
    const found = new Set((await t.ctx.db.selectFrom('media').select('sha256').execute()).map((m) => m.sha256));
    const byId = new Map(web.manifest.media.map((m) => [m.id, m.sha256]));
    assert.deepEqual(
      [...expected.mediaIds].filter((id) => !found.has(byId.get(id)!)),
      [],
      'every media found',
    );
    const detections = await t.ctx.db.selectFrom('detection').select(['sha256', 'url']).execute();
    const detected = new Set(detections.map((d) => d.sha256));
    const known = web.manifest.known.filter((m) => expected.mediaIds.has(m.id) && banked.has(m.sha256));
    assert.deepEqual(
      known.filter((m) => !detected.has(m.sha256)).map((m) => m.id),
      [],
      'every known media detected',
    );
    assert.equal(new Set(detections.map((d) => `${d.sha256} ${d.url}`)).size, detections.length, 'no detection twice');

    // What a killed crawler held (its claimed pages and their media) may be fetched again; nothing
    // else. A URL that redirects chains lead to is fetched once through each of them anyway.
    const ways = (url: string) => web.stats.waysTo(url);
    const repeated = [...web.stats.repeated()].filter(([url, n]) => !url.endsWith('/robots.txt') && n > ways(url));
    const heldAtOnce = CONCURRENCY * URLS_PER_QUEUE * (1 + 8);
    assert.ok(
      repeated.length <= KILLS * heldAtOnce,
      `${repeated.length} URLs fetched again (at most ${KILLS * heldAtOnce})`,
    );
    const beyond = repeated.filter(([url, n]) => n > (KILLS + 1) * ways(url));
    assert.deepEqual(beyond, [], 'no URL fetched more often than the kills explain');
  },
);
