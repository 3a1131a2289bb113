import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, startTestWeb, type TestContext, type TestWeb } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { startSocksProxy } from '../platform/net/net.test-helpers.ts';

// A reported URL captured by the server through the egress proxy: every hop, the body stored and
// audited, every media of the page fingerprinted; a known image makes a detection and marks the
// report for automatic referral; the reported site seeds the crawl without its robots.txt.

let web: TestWeb;
let proxy: Awaited<ReturnType<typeof startSocksProxy>>;
let t: TestContext;

const origin = {
  source: 'api' as const,
  language: 'en',
  address: '192.0.2.7',
  actor: { type: 'anonymous' as const, address: '192.0.2.7' },
};

before(async () => {
  web = await startTestWeb({ seed: 5, sites: 2, pagesPerSite: 6, mediaPerPage: 3, linksPerPage: 3, knownShare: 0.3 });
  proxy = await startSocksProxy();
  t = await createTestContext({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
    VIGIE_EGRESS: `socks5://127.0.0.1:${proxy.port}`,
    VIGIE_INTAKE_RATE_PER_MINUTE: '1000',
  });
  const bank = await t.ctx.hashbank.createBank('KNOWN', {}, cliActor);
  const entries = [];
  for (const media of web.manifest.known.filter((m) => m.kind === 'image'))
    entries.push({
      bankId: bank.id,
      signals: await t.ctx.hashbank.hashMedia(web.bytesOf(media.id), 'photo'),
      uses: ['notice_and_takedown' as const],
    });
  await t.ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  await t.ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  await t.ctx.hashbank.refresh();
});
after(async () => {
  await t?.close();
  proxy?.close();
  await web?.close();
});

test('a reported page is captured as evidence through the proxy; its known image is detected and the report marked for referral', async () => {
  const known = web.manifest.known.find((m) => m.kind === 'image' && m.references.some((r) => r.form === 'img-src'))!;
  const pageUrl = known.references.find((r) => r.form === 'img-src')!.page;
  const { id: reportId } = await t.ctx.intake.submitReport(
    { type: 'child_sexual_abuse_material', urls: [pageUrl] },
    origin,
  );
  await t.drain();

  const reported = await t.ctx.db.selectFrom('reported_url').selectAll().executeTakeFirstOrThrow();
  assert.equal(reported.capture_state, 'captured');
  const [capture] = await t.ctx.crawler.capturesOfUrl(reported.id);
  assert.ok(capture);
  assert.equal(capture.capture.status, 200);
  assert.ok(capture.capture.hops.length >= 1 && capture.capture.hops.every((h) => h.address.startsWith('127.')));
  assert.match(capture.capture.body_sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.ok(
    capture.media.some((m) => m.sha256 === known.sha256),
    'the known image is among the captured media',
  );

  const detections = await t.ctx.db.selectFrom('detection').selectAll().where('source', '=', 'capture').execute();
  assert.ok(detections.some((d) => d.sha256 === known.sha256 && d.page_url === pageUrl));
  const referral = await t.ctx.db.selectFrom('report_auto_referral').selectAll().execute();
  assert.deepEqual(
    referral.map((r) => r.report_id),
    [reportId],
  );
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .selectAll()
    .where('action', '=', 'capture.recorded')
    .execute();
  assert.equal(audited.length, 1);
  const seed = await t.ctx.db
    .selectFrom('crawl_seed')
    .selectAll()
    .where('origin', '=', 'report')
    .executeTakeFirstOrThrow();
  assert.equal(seed.honour_robots, false, "a reported site's robots.txt does not hide evidence");

  assert.ok(proxy.tunnels.length > 0, 'fetches went through the proxy');
  assert.ok(
    proxy.tunnels.every((tunnel) => tunnel.asked.startsWith('127.1.')),
    'the proxy was asked for checked addresses',
  );
});

test('a capture is evidence: the application cannot change it', async () => {
  await assert.rejects(t.ctx.db.updateTable('capture').set({ status: 500 }).execute());
  await assert.rejects(t.ctx.db.deleteFrom('capture_media').execute());
});

test('reports lead to automatic referral exactly when their page holds known material', async (context) => {
  const banked = new Set(web.manifest.known.filter((m) => m.kind === 'image').map((m) => m.sha256));
  const pages = web.manifest.pages.slice(0, 12);
  const holds = (page: string) =>
    web.manifest.media.some((m) => banked.has(m.sha256) && m.references.some((r) => r.page === page));
  const reports = new Map<string, string>();
  for (const page of pages) {
    const url = `${page.url}${page.url.includes('?') ? '&' : '?'}report=1`;
    reports.set(
      (await t.ctx.intake.submitReport({ type: 'child_sexual_abuse_material', urls: [url] }, origin)).id,
      page.url,
    );
  }
  await t.drain();
  const referred = new Set(
    (await t.ctx.db.selectFrom('report_auto_referral').select('report_id').execute()).map((r) => r.report_id),
  );
  let forwarded = 0;
  for (const [id, page] of reports) {
    if (referred.has(id)) forwarded += 1;
    const nearCopy = web.manifest.media.some((m) => m.nearDuplicateOf && m.references.some((r) => r.page === page));
    // A near copy of a known image may or may not be within the bank's PDQ distance (e2e test).
    if (!nearCopy)
      assert.equal(referred.has(id), holds(page), `${page}: referred exactly when it holds known material`);
  }
  context.diagnostic(`${forwarded} of ${reports.size} reports forwarded without an analyst`);
});

test('with the proxy down, nothing is fetched directly: the capture records the failure', async () => {
  proxy.close();
  const before = web.stats.total();
  const pageUrl = web.manifest.pages.find((p) => !p.disallowed)!.url.replace(/\/?$/, '?again=1');
  await t.ctx.intake.submitReport({ type: 'child_sexual_abuse_material', urls: [pageUrl] }, origin);
  await t.drain();
  const failed = await t.ctx.db
    .selectFrom('reported_url')
    .selectAll()
    .where('capture_state', '=', 'capture_failed')
    .execute();
  assert.equal(failed.length, 1);
  assert.equal(web.stats.total(), before, 'no request reached the web');
});
