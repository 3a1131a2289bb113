import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createTestContext, startMailServer, type MailServer, type TestContext } from '@vigie/testkit';
import { emailRecipient, memoryResolver, plantDetections } from './notices.test-helpers.ts';
import { validateXarf } from './xarf.ts';

// Notices by e-mail through a real SMTP server on loopback, read back with mailparser: X-ARF's
// envelope, the recipient's language, a bounce moving on to the next contact, a deferral
// retried with backoff, and a notice that no contact takes.

let mail: MailServer;
let t: TestContext;
let deferring = 0;
const recipients = {
  'files.host-a.test': emailRecipient('host-a', 'abuse@host-a.test', { name: 'Host A', country: 'CA' }),
  'files.host-b.test': emailRecipient('host-b', 'gone@host-b.test', {
    language: 'fr',
    country: 'FR',
    contacts: [
      { channel: 'email', address: 'gone@host-b.test' },
      { channel: 'email', address: 'noc@host-b.test' },
    ],
  }),
  'files.host-c.test': emailRecipient('host-c', 'gone@host-c.test', { xarf: false }),
  'files.host-d.test': emailRecipient('host-d', 'abuse@host-d.test'),
};

before(async () => {
  mail = await startMailServer({
    refuse: (address) => address.startsWith('gone@'),
    deferData: (m) => m.to.includes('abuse@host-d.test') && deferring-- > 0,
  });
  t = await createTestContext(
    {
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline notices <notices@hotline.example>',
      VIGIE_NOTICE_DOMAIN: 'hotline.example',
      VIGIE_NOTICE_ORGANISATION: '{"en": "Example Hotline", "fr": "Ligne Exemple"}',
      VIGIE_NOTICE_POSTAL_ADDRESS: '1 Example Street, Winnipeg',
      VIGIE_PUBLIC_URL: 'https://hotline.example',
      VIGIE_OUTBOX_MAX_ATTEMPTS: '3',
    },
    { recipientResolver: memoryResolver(recipients) },
  );
});
after(async () => {
  await t?.close();
  await mail?.close();
});

const noticeOf = async (detectionId: string) => {
  const row = await t.ctx.db
    .selectFrom('notice_url')
    .innerJoin('notice', 'notice.id', 'notice_url.notice_id')
    .select(['notice.id', 'notice.status'])
    .where('detection_id', '=', detectionId)
    .executeTakeFirstOrThrow();
  return row;
};

test('a notice is an e-mail in X-ARF’s envelope, with the response link and never the media', async () => {
  const [a1, a2] = await plantDetections(t.ctx, [
    { url: 'http://files.host-a.test/gallery/1.jpg', address: '192.0.2.10' },
    { url: 'http://files.host-a.test/gallery/2.jpg', address: '192.0.2.10' },
  ]);
  await t.drain();
  const notice = await noticeOf(a1!);
  assert.equal((await noticeOf(a2!)).id, notice.id, 'both URLs in one notice');
  assert.equal(notice.status, 'sent');
  const received = mail.received.filter((m) => m.to.includes('abuse@host-a.test'));
  assert.equal(received.length, 1);
  const { parsed, raw } = received[0]!;
  const message = await t.ctx.db
    .selectFrom('outbox_message')
    .select(['id', 'bodies'])
    .where('subject_id', '=', notice.id)
    .executeTakeFirstOrThrow();

  assert.equal(parsed.messageId, `<${message.id}.outbox@hotline.example>`, 'Message-ID from the outbox id');
  assert.match(raw.toString(), /^Content-Type: multipart\/report; report-type=feedback-report;/m);
  assert.equal(parsed.headers.get('x-xarf'), 'PLAIN');
  assert.equal(parsed.subject, `Removal notice ${notice.id}: child sexual abuse material on your service (2 URLs)`);
  assert.match(
    parsed.text ?? '',
    /Example Hotline found child sexual abuse material at the addresses below, which your service hosts/,
  );
  assert.match(parsed.text ?? '', /and preserve for law enforcement/, 'Canada asks for preservation');
  assert.match(parsed.text ?? '', /prepubescent child, sexual act \(industry category A1\)/);
  assert.match(parsed.html as string, /<td>http:\/\/files\.host-a\.test\/gallery\/1\.jpg/);

  const feedback =
    /Content-Type: message\/feedback-report\r\nContent-Disposition: inline\r\n(?:.+\r\n)*\r\nFeedback-Type: xarf\r\nUser-Agent: Vigie\r\nVersion: 1/.exec(
      raw.toString(),
    );
  assert.ok(feedback, 'a message/feedback-report part saying Feedback-Type: xarf');
  const reports = parsed.attachments.filter((a) => a.contentType === 'application/json');
  assert.deepEqual(
    reports.map((r) => r.filename),
    ['xarf-1.json', 'xarf-2.json'],
  );
  for (const report of reports) {
    const json = JSON.parse(report.content.toString('utf8'));
    assert.equal(validateXarf(json).ok, true, JSON.stringify(validateXarf(json).errors));
    assert.equal(json.category, 'content');
    assert.equal(json.type, 'csam');
    assert.equal(json.source_identifier, '192.0.2.10');
    assert.equal(json.domain, 'files.host-a.test');
    assert.equal(json.reporter.domain, 'hotline.example');
    assert.match(json.hash_values.sha256, /^[0-9a-f]{64}$/);
  }
  assert.ok(
    parsed.attachments.every((a) => ['application/json', 'message/feedback-report'].includes(a.contentType)),
    'nothing but reports attached',
  );

  // The link works, and its token is in the database only as a hash.
  const link = /https:\/\/hotline\.example\/notices\/respond\/([A-Za-z0-9_-]{43})/.exec(parsed.text ?? '');
  assert.ok(link, 'the response link, its token spliced in');
  const token = link[1]!;
  assert.ok(!JSON.stringify(message.bodies).includes(token), 'the stored message does not hold the token');
  assert.match(JSON.stringify(message.bodies), /\{\{vigie:response-token\}\}/);
  const stored = await t.ctx.db
    .selectFrom('notice')
    .select('token_hash')
    .where('id', '=', notice.id)
    .executeTakeFirstOrThrow();
  assert.equal(stored.token_hash, createHash('sha256').update(token).digest('hex'));
});

test('a bounce moves on to the next contact; the notice is in the recipient’s language', async () => {
  const [id] = await plantDetections(t.ctx, [{ url: 'https://files.host-b.test/x/9.png' }]);
  await t.drain();
  const notice = await noticeOf(id!);
  assert.equal(notice.status, 'sent');
  const { messages } = await t.ctx.notices.get(notice.id);
  assert.equal(messages[0]!.state, 'sent');
  assert.equal(messages[0]!.sentTo, 'mailto:noc@host-b.test');
  assert.deepEqual(
    messages[0]!.history.map((a) => [a.contact, a.outcome]),
    [
      ['mailto:gone@host-b.test', 'bounced'],
      ['mailto:noc@host-b.test', 'sent'],
    ],
  );
  assert.match(messages[0]!.history[0]!.detail ?? '', /550/);
  const received = mail.received.find((m) => m.to.includes('noc@host-b.test'))!;
  assert.match(received.parsed.subject ?? '', /^Avis de retrait/);
  assert.match(received.parsed.text ?? '', /Ligne Exemple a trouvé du matériel d’abus pédosexuel/);
  assert.doesNotMatch(
    received.parsed.text ?? '',
    /conservation pour les forces/,
    'France is not in the preservation list',
  );
  assert.ok(!mail.received.some((m) => m.to.includes('gone@host-b.test')));
});

test('a notice no contact takes is failed, with its reason', async () => {
  const [id] = await plantDetections(t.ctx, [{ url: 'https://files.host-c.test/p.jpg' }]);
  await t.drain();
  const notice = await noticeOf(id!);
  assert.equal(notice.status, 'failed');
  const { messages } = await t.ctx.notices.get(notice.id);
  assert.equal(messages[0]!.state, 'bounced');
  assert.match(messages[0]!.lastError ?? '', /550/);
});

test('a deferral is retried later with backoff, then sent once', async () => {
  deferring = 1;
  const [id] = await plantDetections(t.ctx, [{ url: 'https://files.host-d.test/q.jpg' }]);
  await t.drain();
  const notice = await noticeOf(id!);
  assert.equal(notice.status, 'queued', 'waiting for its next attempt');
  const message = await t.ctx.db
    .selectFrom('outbox_message')
    .select(['id', 'state', 'attempts', 'next_attempt_at'])
    .where('subject_id', '=', notice.id)
    .executeTakeFirstOrThrow();
  assert.equal(message.state, 'queued');
  assert.equal(message.attempts, 1);
  assert.ok(message.next_attempt_at.getTime() > Date.now() + 30_000, 'the next attempt is a minute away');
  // The job at its time (run now by hand).
  await t.ctx.outbox.deliver(message.id);
  assert.equal((await noticeOf(id!)).status, 'sent');
  assert.equal(mail.received.filter((m) => m.to.includes('abuse@host-d.test')).length, 1);
  const { messages } = await t.ctx.notices.get(notice.id);
  assert.deepEqual(
    messages[0]!.history.map((a) => a.outcome),
    ['failed', 'sent'],
  );
});

test('detections nobody is known for wait as recipient_unknown, and are filed once someone is', async () => {
  const [id] = await plantDetections(t.ctx, [{ url: 'https://nobody.test/r.jpg' }]);
  await t.drain();
  const row = await t.ctx.db
    .selectFrom('detection')
    .select('notice_state')
    .where('id', '=', id! as never)
    .executeTakeFirstOrThrow();
  assert.equal(row.notice_state, 'recipient_unknown');
  Object.assign(recipients, { 'nobody.test': emailRecipient('nobody', 'abuse@nobody.test') });
  await t.ctx.notices.prepare(true);
  await t.drain();
  assert.equal((await noticeOf(id!)).status, 'sent');
});
