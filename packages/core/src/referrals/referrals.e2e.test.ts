import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { simpleParser } from 'mailparser';
import {
  createStaffSession,
  createTestApp,
  startMailServer,
  startSftpServer,
  startTestWeb,
  type MailServer,
  type SftpTestServer,
  type StaffSession,
  type TestWeb,
} from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import {
  decrypt,
  keyPair,
  recipient,
  startApiReceiver,
  submitReport,
  type ApiReceiver,
} from './referrals.test-helpers.ts';

// End to end, nothing planted: reports name pages of a loopback web whose images are generated
// by code, some of them banked. The crawler captures the pages and marks the reports that led to
// banked material; the automatic-forwarding job refers each to its region's police force (one
// force per channel: OpenPGP e-mail, SFTP, signed HTTPS); delivery is tracked to `sent`; the
// forces' outcomes are recorded. A report without banked material waits for an analyst, whose
// case action "forward" is carried out by referrals and the case decision follows delivery.

let web: TestWeb;
let mail: MailServer;
let sftp: SftpTestServer;
let sftpRoot: string;
let api: ApiReceiver;
let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
const keys = await keyPair('referrals@police-mb.example.org');
const forces: Record<string, string> = {};

before(async () => {
  web = await startTestWeb({ seed: 5, sites: 2, pagesPerSite: 6, mediaPerPage: 3, linksPerPage: 3, knownShare: 0.3 });
  mail = await startMailServer();
  sftpRoot = await mkdtemp(join(tmpdir(), 'vigie-sftp-e2e-'));
  sftp = await startSftpServer(sftpRoot);
  api = await startApiReceiver();
  t = await createTestApp(
    {
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
      VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline referrals <referrals@hotline.example.org>',
      VIGIE_INTAKE_RATE_PER_MINUTE: '1000',
      VIGIE_REFERRAL_UNDO_MINUTES: '0',
    },
    { referralCountryOf: async () => 'CA' },
  );
  const bank = await t.ctx.hashbank.createBank('KNOWN_E2E', {}, cliActor);
  const entries = [];
  for (const media of web.manifest.known.filter((m) => m.kind === 'image'))
    entries.push({
      bankId: bank.id,
      signals: await t.ctx.hashbank.hashMedia(web.bytesOf(media.id), 'photo'),
      uses: ['notice_and_takedown' as const],
      labels: { ageBand: 'prepubescent' as const },
    });
  await t.ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  await t.ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  await t.ctx.hashbank.refresh();

  analyst = await createStaffSession(t.ctx, 'analyst');
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const directory = [
    recipient('Manitoba police (e2e)', {
      region: 'MB',
      channel: 'openpgp_email',
      email: 'referrals@police-mb.example.org',
      publicKey: keys.publicKey,
    }),
    recipient('Ontario police (e2e)', {
      region: 'ON',
      channel: 'sftp',
      sftpHost: '127.0.0.1',
      sftpPort: sftp.port,
      sftpUser: sftp.username,
      sftpPassword: sftp.password,
      sftpHostKey: sftp.hostKey,
      sftpDirectory: '/incoming',
    }),
    recipient('Quebec police (e2e)', { region: 'QC', language: 'fr', apiUrl: api.url }),
  ];
  for (const payload of directory) {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referral-recipients',
      headers: supervisor.headers,
      payload,
    });
    assert.equal(added.statusCode, 201, added.body);
    forces[payload.region!] = added.json().id;
  }
  const rule = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-rules',
    headers: supervisor.headers,
    payload: { name: 'Banked material to the regional force', recipientKinds: ['police'] },
  });
  assert.equal(rule.statusCode, 201, rule.body);
});
after(async () => {
  await t?.close();
  await mail?.close();
  await sftp?.close();
  await api?.close();
  await web?.close();
  await rm(sftpRoot, { recursive: true, force: true });
});

const banked = () => new Set(web.manifest.known.filter((m) => m.kind === 'image').map((m) => m.sha256));
/** Pages of the test web that reference a banked image, or none. */
function pages(withBanked: boolean): string[] {
  const known = banked();
  const holds = (url: string) =>
    web.manifest.media.some((m) => known.has(m.sha256) && m.references.some((r) => r.page === url));
  return web.manifest.pages.map((p) => p.url).filter((url) => holds(url) === withBanked);
}
const referralOf = (reportId: string) =>
  t.ctx.db.selectFrom('referral').selectAll().where('report_id', '=', reportId).execute();

let byRegion: Record<string, string> = {};

test('banked material found by the crawler: referred automatically and delivered by each channel', async () => {
  const [mb, on, qc] = pages(true);
  assert.ok(mb && on && qc, 'the generated web has three pages with banked images');
  byRegion = {
    MB: await submitReport(t.ctx, { urls: [mb], region: 'MB' }),
    ON: await submitReport(t.ctx, { urls: [on], region: 'ON' }),
    QC: await submitReport(t.ctx, { urls: [qc], region: 'QC' }),
  };
  await t.drain();
  await t.ctx.enqueue(t.ctx.db, 'referrals.forward-automatic', {});
  await t.drain();

  for (const [region, reportId] of Object.entries(byRegion)) {
    const [referral, ...more] = await referralOf(reportId);
    assert.equal(more.length, 0);
    assert.equal(referral?.recipient_id, forces[region], `${region}: its own force`);
    assert.equal(referral?.origin, 'automatic');
    assert.equal(referral?.state, 'sent', `${region}: delivered`);
  }
  const email = mail.received.find((m) => m.to.includes('referrals@police-mb.example.org'));
  assert.ok(email, 'Manitoba got an e-mail');
  const armored = email.parsed.attachments.find((a) => a.filename === 'encrypted.asc')!.content.toString();
  const inner = await simpleParser(await decrypt(armored, keys.privateKey));
  const pkg = JSON.parse(inner.attachments.find((a) => a.filename === 'referral.json')!.content.toString());
  assert.equal(pkg.report.reporterRegion, 'MB');

  const [onReferral] = await referralOf(byRegion.ON!);
  const dropped = await readdir(join(sftpRoot, 'incoming', onReferral!.reference));
  assert.ok(dropped.includes('manifest.json') && dropped.includes('referral.json'));

  const [qcReferral] = await referralOf(byRegion.QC!);
  assert.equal(api.posts.length, 1);
  assert.equal(api.posts[0]!.body.reference, qcReferral!.reference);
  assert.match(String(api.posts[0]!.headers['vigie-signature']), /^v1=[0-9a-f]{64}$/);
});

test('each force’s outcome is recorded: arrest, child removed from harm, no action', async () => {
  const outcomes = { MB: 'arrest', ON: 'child_removed_from_harm', QC: 'no_action' } as const;
  for (const [region, outcome] of Object.entries(outcomes)) {
    const [referral] = await referralOf(byRegion[region]!);
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/referrals/${referral!.id}/outcome`,
      headers: analyst.headers,
      payload: { outcome, note: `told by the ${region} force` },
    });
    assert.equal(recorded.statusCode, 200, recorded.body);
    assert.equal(recorded.json().outcome, outcome);
    assert.deepEqual(
      recorded.json().events.map((e: { kind: string }) => e.kind),
      ['created', 'queued', 'sent', 'outcome_recorded'],
    );
  }
  const stats = await t.app.inject({ method: 'GET', url: '/api/v1/referrals/stats', headers: analyst.headers });
  assert.equal(stats.statusCode, 200, stats.body);
  const counted = stats.json().outcomes;
  assert.deepEqual([counted.arrest, counted.child_removed_from_harm, counted.no_action], [1, 1, 1]);
});

test('no banked material: no automatic referral; the analyst’s case action "forward" refers it', async () => {
  const [page] = pages(false);
  assert.ok(page);
  const reportId = await submitReport(t.ctx, { urls: [page], region: 'QC' });
  await t.drain();
  await t.ctx.enqueue(t.ctx.db, 'referrals.forward-automatic', {});
  await t.drain();
  assert.deepEqual(await referralOf(reportId), [], 'waits for an analyst');

  const claimed = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${reportId}/claim`,
    headers: analyst.headers,
    payload: {},
  });
  assert.equal(claimed.statusCode, 200, claimed.body);
  const forwarded = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${reportId}/forward`,
    headers: analyst.headers,
    payload: { recipientId: forces.QC, note: 'grooming chat on the page' },
  });
  assert.equal(forwarded.statusCode, 201, forwarded.body);
  const decisionId = forwarded.json().decision.id;
  await t.drain();

  const [referral] = await referralOf(reportId);
  assert.equal(referral?.origin, 'analyst');
  assert.equal(referral?.decision_id, decisionId);
  assert.equal(referral?.state, 'sent');
  assert.equal(api.posts.at(-1)!.body.reference, referral!.reference);
  const decision = await t.ctx.db
    .selectFrom('case_decision')
    .select('state')
    .where('id', '=', decisionId)
    .executeTakeFirstOrThrow();
  assert.equal(decision.state, 'done', 'the case decision follows the delivery');
});

test('a forward whose only referral is refused for good leaves the case decision failed', async () => {
  const refusing = await startApiReceiver('/referrals', undefined, '{"error":"unknown hotline"}', 403);
  try {
    const supervisor = await createStaffSession(t.ctx, 'supervisor');
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referral-recipients',
      headers: supervisor.headers,
      payload: recipient('Refusing agency (e2e)', { kind: 'child_welfare', region: 'QC', apiUrl: refusing.url }),
    });
    assert.equal(added.statusCode, 201, added.body);
    const reportId = await submitReport(t.ctx, { urls: [pages(false)[1]!], region: 'QC' });
    await t.drain();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${reportId}/claim`,
      headers: analyst.headers,
      payload: {},
    });
    const forwarded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${reportId}/forward`,
      headers: analyst.headers,
      payload: { recipientId: added.json().id },
    });
    assert.equal(forwarded.statusCode, 201, forwarded.body);
    await t.drain();
    assert.equal(refusing.posts.length, 1, 'it was tried');
    const [referral] = await referralOf(reportId);
    assert.equal(referral?.state, 'failed');
    const decision = await t.ctx.db
      .selectFrom('case_decision')
      .select(['state', 'details'])
      .where('id', '=', forwarded.json().decision.id)
      .executeTakeFirstOrThrow();
    assert.equal(decision.state, 'failed');
  } finally {
    await refusing.close();
  }
});
