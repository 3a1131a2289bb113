import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { simpleParser } from 'mailparser';
import { Value } from 'typebox/value';
import { ReferralPackage } from '@vigie/contract';
import {
  createStaffSession,
  createTestApp,
  startMailServer,
  startSftpServer,
  type MailServer,
  type SftpTestServer,
  type StaffSession,
} from '@vigie/testkit';
import { signWebhook } from '../outbox/index.ts';
import {
  decrypt,
  keyPair,
  recipient,
  selfSignedCertificate,
  startApiReceiver,
  submitReport,
  type ApiReceiver,
} from './referrals.test-helpers.ts';

// A report referred by an analyst reaches a loopback recipient by each channel: OpenPGP e-mail
// (decrypted with the recipient's private key), an SFTP drop (the files on the server's disk)
// and a signed HTTPS request over TLS (verified by the receiving server); then acknowledged and its
// outcome recorded.

let t: Awaited<ReturnType<typeof createTestApp>>;
let mail: MailServer;
let sftp: SftpTestServer;
let sftpRoot: string;
let analyst: StaffSession;
const keys = await keyPair('referrals@police-mb.example.test');
const secret = 'the hotline and the centre share this';
const tls = selfSignedCertificate();
let api: ApiReceiver;
const ids: Record<string, string> = {};

before(async () => {
  mail = await startMailServer();
  sftpRoot = await mkdtemp(join(tmpdir(), 'vigie-sftp-'));
  sftp = await startSftpServer(sftpRoot);
  api = await startApiReceiver('/referrals', tls, '{"reference":"NCECC-1"}');
  t = await createTestApp(
    {
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline referrals <referrals@hotline.example.test>',
      VIGIE_NOTICE_ORGANISATION: 'Example Hotline',
      VIGIE_NOTICE_DOMAIN: 'hotline.example.test',
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    },
    { outboundCa: tls.cert },
  );
  analyst = await createStaffSession(t.ctx, 'analyst');
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const bodies = [
    recipient('Manitoba police (test)', {
      channel: 'openpgp_email',
      email: 'referrals@police-mb.example.test',
      publicKey: keys.publicKey,
    }),
    recipient('National centre (test)', {
      kind: 'national_police_centre',
      region: null,
      channel: 'sftp',
      sftpHost: '127.0.0.1',
      sftpPort: sftp.port,
      sftpUser: sftp.username,
      sftpPassword: sftp.password,
      sftpHostKey: sftp.hostKey,
      sftpDirectory: '/incoming',
    }),
    recipient('Partner hotline (test)', {
      kind: 'partner_hotline',
      country: 'FR',
      region: null,
      apiUrl: api.url,
      apiSecret: secret,
    }),
  ];
  for (const body of bodies) {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referral-recipients',
      headers: supervisor.headers,
      payload: body,
    });
    assert.equal(added.statusCode, 201, added.body);
    ids[body.channel] = added.json().id;
    assert.ok(!added.body.includes(keys.publicKey.slice(40, 80)) || body.channel === 'openpgp_email');
    assert.ok(!added.body.includes(secret) && !added.body.includes(sftp.password), 'secrets never leave');
  }
});
after(async () => {
  await t?.close();
  await mail?.close();
  await sftp?.close();
  await api?.close();
  await rm(sftpRoot, { recursive: true, force: true });
});

async function refer(channel: string, note: string) {
  const reportId = await submitReport(t.ctx, { description: 'A <b>child</b> & "friend" — pictures', region: 'MB' });
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: analyst.headers,
    payload: { reportId, recipientId: ids[channel], classification: 'Criminal Code 163.1, A1', note },
  });
  assert.equal(created.statusCode, 201, created.body);
  const [referral] = created.json().referrals;
  assert.equal(referral.origin, 'analyst');
  await t.drain();
  const view = await t.app.inject({ method: 'GET', url: `/api/v1/referrals/${referral.id}`, headers: analyst.headers });
  return view.json();
}

test('OpenPGP e-mail: the package is encrypted to the recipient’s key and decrypts with its private key', async () => {
  const view = await refer('openpgp_email', 'seen twice on the site');
  assert.equal(view.state, 'sent');
  const received = mail.received.filter((m) => m.to.includes('referrals@police-mb.example.test'));
  assert.equal(received.length, 1);
  const raw = received[0]!.raw.toString('utf8');
  assert.match(raw, /multipart\/encrypted; protocol="application\/pgp-encrypted"/);
  assert.ok(!raw.includes('seen twice') && !raw.includes('pictures'), 'nothing of the report travels in the clear');
  const armored = received[0]!.parsed.attachments.find((a) => a.filename === 'encrypted.asc')!.content.toString();
  const inner = await simpleParser(await decrypt(armored, keys.privateKey));
  const names = inner.attachments.map((a) => a.filename).sort();
  assert.deepEqual(names, ['cybertip.xml', 'referral.json', 'summary.html', 'summary.pdf']);
  const pkg = JSON.parse(inner.attachments.find((a) => a.filename === 'referral.json')!.content.toString());
  assert.ok(Value.Check(ReferralPackage, pkg), 'the JSON is the contract’s ReferralPackage');
  assert.equal(pkg.assessment.note, 'seen twice on the site');
  assert.equal(pkg.assessment.classification, 'Criminal Code 163.1, A1');
  assert.equal(pkg.report.reporterRegion, 'MB');
  const pdf = inner.attachments.find((a) => a.filename === 'summary.pdf')!.content;
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const html = inner.attachments.find((a) => a.filename === 'summary.html')!.content.toString();
  assert.ok(html.includes('A &lt;b&gt;child&lt;/b&gt; &amp; &quot;friend&quot;'), 'the summary escapes the report');
  assert.equal(view.files.length, 4);
  assert.equal(view.messages[0].channel, 'openpgp_email');
});

test('SFTP: every file arrives in the reference’s directory, the manifest last, with matching digests', async () => {
  const view = await refer('sftp', 'for the national centre');
  assert.equal(view.state, 'sent', JSON.stringify(view.messages));
  const dir = join(sftpRoot, 'incoming', view.reference);
  const names = (await readdir(dir)).sort();
  assert.deepEqual(names, ['cybertip.xml', 'manifest.json', 'referral.json', 'summary.html', 'summary.pdf']);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  for (const file of manifest.files) {
    const bytes = await readFile(join(dir, file.name));
    assert.equal(createHash('sha256').update(bytes).digest('hex'), file.sha256);
  }
  assert.ok(sftp.logins >= 1);
});

test('SFTP: a server presenting another host key gets nothing', async () => {
  const other = await startSftpServer(await mkdtemp(join(tmpdir(), 'vigie-sftp-other-')));
  try {
    const supervisor = await createStaffSession(t.ctx, 'supervisor');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/referral-recipients/${ids.sftp}`,
      headers: supervisor.headers,
      payload: { sftpPort: other.port },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    const view = await refer('sftp', 'to an impostor');
    assert.equal(view.state, 'failed');
    assert.match(view.messages[0].lastError, /host key/);
    assert.equal(other.logins, 0, 'no credentials were offered to the impostor');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/referral-recipients/${ids.sftp}`,
      headers: supervisor.headers,
      payload: { sftpPort: sftp.port },
    });
  } finally {
    await other.close();
    await rm(other.root, { recursive: true, force: true });
  }
});

test('HTTPS API: a signed request over TLS the recipient verifies; then acknowledged and an outcome recorded', async () => {
  assert.match(api.url, /^https:/);
  const view = await refer('https_api', 'hosted in France');
  assert.equal(view.state, 'sent');
  const post = api.posts.at(-1)!;
  const timestamp = Number(post.headers['vigie-timestamp']);
  assert.equal(post.headers['vigie-signature'], signWebhook(secret, timestamp, post.raw));
  assert.notEqual(post.headers['vigie-signature'], signWebhook('not the secret', timestamp, post.raw));
  const body = post.body;
  assert.equal(body.reference, view.reference);
  assert.ok(Value.Check(ReferralPackage, body.referral));
  for (const file of body.files)
    assert.equal(createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex'), file.sha256);

  const ack = await t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${view.id}/acknowledgement`,
    headers: analyst.headers,
    payload: { reference: 'NCECC-1' },
  });
  assert.equal(ack.statusCode, 200, ack.body);
  assert.equal(ack.json().state, 'acknowledged');
  const outcome = await t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${view.id}/outcome`,
    headers: analyst.headers,
    payload: { outcome: 'child_removed_from_harm', note: 'told by phone' },
  });
  assert.equal(outcome.statusCode, 200, outcome.body);
  const final = outcome.json();
  assert.equal(final.outcome, 'child_removed_from_harm');
  assert.equal(final.recipientReference, 'NCECC-1');
  assert.deepEqual(
    final.events.map((e: { kind: string }) => e.kind),
    ['created', 'queued', 'sent', 'acknowledged', 'outcome_recorded'],
  );
  await assert.rejects(t.ctx.db.deleteFrom('referral_event').execute(), 'the history is append-only');
  const stats = await t.app.inject({ method: 'GET', url: '/api/v1/referrals/stats', headers: analyst.headers });
  assert.equal(stats.json().outcomes.child_removed_from_harm, 1);
});

test('HTTPS API: a server whose certificate the installation does not trust gets nothing', async () => {
  const impostor = await startApiReceiver('/referrals', selfSignedCertificate());
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const patch = (apiUrl: string) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/referral-recipients/${ids.https_api}`,
      headers: supervisor.headers,
      payload: { apiUrl },
    });
  try {
    assert.equal((await patch(impostor.url)).statusCode, 200);
    const view = await refer('https_api', 'to an impostor');
    assert.notEqual(view.state, 'sent');
    assert.equal(impostor.posts.length, 0, 'the package never reached the untrusted server');
    assert.match(view.messages[0].attempts[0].detail ?? view.messages[0].lastError ?? '', /certificate|self.signed/i);
  } finally {
    await patch(api.url);
    await impostor.close();
  }
});

test('the same report is not referred twice to one recipient', async () => {
  const reportId = await submitReport(t.ctx);
  const payload = { reportId, recipientId: ids.https_api };
  const first = await t.app.inject({ method: 'POST', url: '/api/v1/referrals', headers: analyst.headers, payload });
  assert.equal(first.statusCode, 201);
  const again = await t.app.inject({ method: 'POST', url: '/api/v1/referrals', headers: analyst.headers, payload });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'REFERRAL_ALREADY_SENT');
});
