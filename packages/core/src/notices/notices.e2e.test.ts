import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createTestContext,
  startMailServer,
  startTestWeb,
  type MailServer,
  type TestContext,
  type TestWeb,
} from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { bankMedia, emailRecipient, memoryResolver } from './notices.test-helpers.ts';
import { validateXarf } from './xarf.ts';

// A crawl over the synthetic web, through to the mail server: every detection of confirmed
// material lands in exactly one notice to its host's provider, each notice is one e-mail, a
// batching provider gets one notice for the whole crawl, and draining again sends nothing more.

let web: TestWeb;
let mail: MailServer;
let t: TestContext;
let offset = 0;
const byHost: Record<string, ReturnType<typeof emailRecipient>> = {};
let batchingHost: string;
let unknownHost: string;

before(async () => {
  web = await startTestWeb({
    seed: 41,
    sites: 3,
    pagesPerSite: 10,
    mediaPerPage: 3,
    linksPerPage: 3,
    knownShare: 0.3,
    videoShare: 0,
    mediaHosts: 0,
  });
  mail = await startMailServer();
  const hosts = web.manifest.sites.map((s) => s.host);
  [batchingHost, unknownHost] = [hosts[0]!, hosts[2]!];
  byHost[hosts[0]!] = emailRecipient('batching', 'abuse@batching.example', { batchMinutes: 60, language: 'fr' });
  byHost[hosts[1]!] = emailRecipient('immediate', 'abuse@immediate.example');
  t = await createTestContext(
    {
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
      VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
      VIGIE_CRAWL_HOST_DELAY_MS: '0',
      VIGIE_CRAWL_MAX_DEPTH: '50',
      VIGIE_CRAWL_REVISIT_DAYS: '0',
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline notices <notices@hotline.example>',
      VIGIE_NOTICE_DOMAIN: 'hotline.example',
      VIGIE_PUBLIC_URL: 'https://hotline.example',
    },
    { now: () => new Date(Date.now() + offset), recipientResolver: memoryResolver(byHost) },
  );
  const planted = await bankMedia(
    t.ctx,
    web.manifest.known.map((m) => ({ bytes: web.bytesOf(m.id), kind: m.kind })),
  );
  assert.ok(planted > 3, 'known media in the bank');
});
after(async () => {
  await t?.close();
  await mail?.close();
  await web?.close();
});

test('a crawl sends exactly one notice per recipient batch, and nothing twice', { timeout: 180_000 }, async () => {
  for (const url of web.seedUrls) await t.ctx.crawler.addSeed({ url, maxDepth: 50, honourRobots: false }, cliActor);
  await t.ctx.crawler.startCrawling({ untilIdle: true });
  await t.drain();

  const detections = await t.ctx.db.selectFrom('detection').select(['id', 'url', 'notice_state']).execute();
  const hostOf = (url: string) => new URL(url).hostname;
  for (const host of [batchingHost, unknownHost, Object.keys(byHost)[1]!])
    assert.ok(
      detections.some((d) => hostOf(d.url) === host),
      `the crawl detected material on ${host}`,
    );
  assert.deepEqual(
    detections.filter((d) => d.notice_state !== (hostOf(d.url) === unknownHost ? 'recipient_unknown' : 'in_notice')),
    [],
    'every detection filed, or waiting for a recipient',
  );

  const items = await t.ctx.db.selectFrom('notice_url').select(['notice_id', 'detection_id']).execute();
  const filed = detections.filter((d) => d.notice_state === 'in_notice');
  assert.equal(items.length, filed.length, 'one notice line per filed detection');
  assert.equal(new Set(items.map((i) => String(i.detection_id))).size, filed.length, 'no detection in two notices');

  const collecting = await t.ctx.db
    .selectFrom('notice')
    .select(['id', 'recipient_key'])
    .where('status', '=', 'collecting')
    .execute();
  assert.deepEqual(
    collecting.map((n) => n.recipient_key),
    ['batching'],
    'the batching provider’s notice waits for its batch to close',
  );
  assert.ok(!mail.received.some((m) => m.to.includes('abuse@batching.example')), 'nothing sent to it yet');

  // An hour later its batch closes (the job the notice scheduled, run by hand at the fake time).
  offset = 61 * 60_000;
  await t.ctx.notices.closeDue(collecting[0]!.id);
  await t.drain();

  const notices = await t.ctx.db.selectFrom('notice').select(['id', 'recipient_key', 'status']).execute();
  assert.ok(
    notices.every((n) => n.status === 'sent'),
    'every notice sent',
  );
  assert.equal(notices.filter((n) => n.recipient_key === 'batching').length, 1, 'one notice for the whole batch');
  assert.equal(mail.received.length, notices.length, 'one e-mail per notice');
  const ids = mail.received.map((m) => m.parsed.messageId);
  assert.equal(new Set(ids).size, ids.length, 'no e-mail twice');

  const batchMail = mail.received.find((m) => m.to.includes('abuse@batching.example'))!;
  const batchUrls = detections.filter((d) => hostOf(d.url) === batchingHost).map((d) => d.url);
  for (const url of batchUrls) assert.ok(batchMail.parsed.text?.includes(url), `the batch lists ${url}`);
  assert.match(batchMail.parsed.subject ?? '', /^Avis de retrait/, 'in the provider’s language');

  for (const received of mail.received) {
    const reports = received.parsed.attachments.filter((a) => a.contentType === 'application/json');
    const notice = notices.find((n) => received.parsed.subject?.includes(n.id))!;
    const lines = items.filter((i) => i.notice_id === notice.id).length;
    assert.equal(reports.length, lines, 'one X-ARF report per URL');
    for (const report of reports) {
      const json = JSON.parse(report.content.toString('utf8'));
      assert.deepEqual(validateXarf(json).errors ?? null, null);
      assert.equal(json.classification, 'A2');
    }
    assert.ok(
      received.parsed.attachments.every(
        (a) => a.contentType === 'application/json' || a.contentType === 'message/feedback-report',
      ),
      'never any media attached',
    );
  }

  const before = mail.received.length;
  await t.ctx.notices.prepare(true);
  await t.drain();
  assert.equal(mail.received.length, before, 'draining again sends nothing');
});
