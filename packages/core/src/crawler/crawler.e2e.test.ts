import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, startTestWeb, type TestContext, type TestWeb } from '@vigie/testkit';
import { hammingDistance, hashImage } from '@vigie/hashing';
import { cliActor } from '../audit/index.ts';

// The crawl end to end, on the synthetic web: a seed's site crawled through the real outbound
// module, the test web's DNS, the frontier in PostgreSQL, fingerprints and the bank. Every
// planted known media (every markup form, near copies too) is detected, nothing else is.

let web: TestWeb;
let t: TestContext;

before(async () => {
  web = await startTestWeb({
    seed: 11,
    sites: 3,
    pagesPerSite: 14,
    mediaPerPage: 3,
    linksPerPage: 4,
    knownShare: 0.2,
    videoShare: 0.02,
    mediaHosts: 1,
  });
  t = await createTestContext({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
    VIGIE_CRAWL_HOST_DELAY_MS: '0',
    VIGIE_CRAWL_MAX_DEPTH: '50',
    VIGIE_CRAWL_REVISIT_DAYS: '0',
  });
  const bank = await t.ctx.hashbank.createBank('KNOWN', {}, cliActor);
  const entries = [];
  for (const media of web.manifest.known) {
    const signals = await t.ctx.hashbank.hashMedia(web.bytesOf(media.id), media.kind === 'video' ? 'video' : 'photo');
    entries.push({
      bankId: bank.id,
      signals,
      uses: ['notice_and_takedown' as const],
      labels: { ageBand: 'prepubescent' as const },
    });
  }
  await t.ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  // Confirmed as two analysts would have (the test stands in for them).
  await t.ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  await t.ctx.hashbank.refresh();
});
after(async () => {
  await t?.close();
  await web?.close();
});

test('a crawl from a seed finds every planted known media, in every markup form, and no false one', async () => {
  const seedUrl = web.seedUrls[0]!;
  await t.ctx.crawler.addSeed({ url: seedUrl, maxDepth: 50 }, cliActor);
  await t.ctx.crawler.startCrawling({ untilIdle: true });

  const expected = web.manifest.expected([seedUrl]);
  const bySha = new Map(web.manifest.media.map((m) => [m.id, m.sha256]));
  const media = await t.ctx.db.selectFrom('media').select(['sha256', 'state']).execute();
  const found = new Set(media.map((m) => m.sha256));
  const missing = [...expected.mediaIds].filter((id) => !found.has(bySha.get(id)!));
  assert.deepEqual(missing, [], 'every media reachable from the seed was fetched and fingerprinted');

  const detections = await t.ctx.db.selectFrom('detection').select(['sha256', 'url', 'notice_state']).execute();
  const detected = new Set(detections.map((d) => d.sha256));
  const shouldMatch = new Set([...expected.matchingIds].map((id) => bySha.get(id)!));
  assert.ok(shouldMatch.size > 0, 'the test web planted known media within reach');
  assert.deepEqual(
    [...shouldMatch].filter((s) => !detected.has(s)),
    [],
    'every planted known media detected',
  );
  // Beyond the seed's site the crawl follows links of pages that held confirmed material, so it
  // may detect more than the seed's expected set; never anything the bank does not hold.
  const bankHolds = new Set(web.manifest.known.map((m) => m.sha256));
  for (const copy of web.manifest.media.filter((m) => m.nearDuplicateOf)) {
    // A near copy the bank holds is one within the bank's PDQ distance of its original.
    const [a, b] = await Promise.all([hashImage(web.bytesOf(copy.id)), hashImage(web.bytesOf(copy.nearDuplicateOf!))]);
    if (hammingDistance(a.pdq, b.pdq) <= 31) bankHolds.add(copy.sha256);
  }
  assert.deepEqual(
    [...detected].filter((s) => !bankHolds.has(s)),
    [],
    'no detection of media the bank does not hold',
  );
  assert.ok(detections.every((d) => d.notice_state === 'notice_pending'));

  const known = media.filter((m) => m.state === 'known').length;
  assert.equal(known, detected.size, 'known media took their entry classification');
  const queued = await t.ctx.db.selectFrom('classification_item').select(['sha256', 'reasons']).execute();
  assert.ok(queued.length > 0, 'unknown media await analysts');
  assert.ok(
    queued.every((q) => !bankHolds.has(q.sha256)),
    'known media never reach the analysts',
  );
  const forms = new Set(
    web.manifest.known.filter((m) => detected.has(m.sha256)).flatMap((m) => m.references.map((r) => r.form)),
  );
  assert.ok(forms.size >= 5, `detections through several markup forms (${[...forms].join(', ')})`);
});

test('crawling the same seed again fetches nothing twice and records no detection twice', async () => {
  const before = await t.ctx.db
    .selectFrom('detection')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const requests = web.stats.total();
  await t.ctx.crawler.addSeed({ url: web.seedUrls[0]! }, cliActor);
  await t.ctx.crawler.startCrawling({ untilIdle: true });
  assert.equal(web.stats.total(), requests, 'no request: every URL is known to the frontier');
  const afterCount = await t.ctx.db
    .selectFrom('detection')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(afterCount.n, before.n);
});
