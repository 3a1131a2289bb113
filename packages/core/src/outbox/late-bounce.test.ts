import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildBounce, createTestContext, startMailServer, type MailServer, type TestContext } from '@vigie/testkit';
import { emailRecipient, memoryResolver, plantDetections } from '../notices/notices.test-helpers.ts';
import { parseDeliveryReport } from './delivery-status.ts';
import { messageIdOf } from './email-sender.ts';

// Bounces that come back after the SMTP server accepted a notice: the notice goes out with the
// outbox id as its DSN envelope id; the delivery status e-mail is read, the bounce recorded as an
// attempt, and the next contact tried (or, without one, the notice failed).

let mail: MailServer;
let t: TestContext;
const recipients = {
  'files.two-contacts.test': emailRecipient('two', 'abuse@two.test', {
    contacts: [
      { channel: 'email', address: 'abuse@two.test' },
      { channel: 'email', address: 'noc@two.test' },
    ],
  }),
  'files.one-contact.test': emailRecipient('one', 'abuse@one.test'),
};

before(async () => {
  mail = await startMailServer();
  t = await createTestContext(
    {
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline notices <notices@hotline.example>',
      VIGIE_PUBLIC_URL: 'https://hotline.example',
    },
    { recipientResolver: memoryResolver(recipients) },
  );
});
after(async () => {
  await t?.close();
  await mail?.close();
});

async function sentTo(address: string) {
  const message = await t.ctx.db
    .selectFrom('outbox_message')
    .select(['id', 'state', 'subject_id', 'contact_index'])
    .where('sent_to', '=', `mailto:${address}`)
    .executeTakeFirstOrThrow();
  return message;
}
const noticeStatus = async (id: string) =>
  (await t.ctx.db.selectFrom('notice').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

test('the envelope id names the message; a late bounce moves the notice on to the next contact', async () => {
  await plantDetections(t.ctx, [{ url: 'https://files.two-contacts.test/a.jpg', address: '198.51.100.20' }]);
  await t.drain();
  const first = await sentTo('abuse@two.test');
  assert.equal(mail.received.at(-1)?.envelopeId, first.id, 'sent with the outbox id as ENVID');

  const report = await parseDeliveryReport(buildBounce({ envelopeId: first.id, recipient: 'abuse@two.test' }));
  assert.deepEqual(report?.outboxId, first.id);
  assert.deepEqual(await t.ctx.outbox.reportBounce(report!), { outcome: 'next_contact', messageId: first.id });
  await t.drain();
  assert.deepEqual(mail.received.at(-1)?.to, ['noc@two.test']);
  const after = await sentTo('noc@two.test');
  assert.deepEqual([after.id, after.state, after.contact_index], [first.id, 'sent', 1]);
  const attempts = await t.ctx.db
    .selectFrom('outbox_attempt')
    .select(['contact', 'outcome', 'detail'])
    .where('message_id', '=', first.id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    attempts.map((a) => [a.contact, a.outcome]),
    [
      ['mailto:abuse@two.test', 'sent'],
      ['mailto:abuse@two.test', 'bounced'],
      ['mailto:noc@two.test', 'sent'],
    ],
  );
  assert.match(
    attempts[1]!.detail!,
    /^late bounce 5\.1\.1: 550 5\.1\.1 <abuse@two\.test>: Recipient address rejected: User unknown/,
  );
  assert.equal(await noticeStatus(first.subject_id), 'sent');
});

test('by the returned Message-ID alone, a bounce of the last contact fails the notice', async () => {
  await plantDetections(t.ctx, [{ url: 'https://files.one-contact.test/b.jpg', address: '198.51.100.21' }]);
  await t.drain();
  const sent = await sentTo('abuse@one.test');
  const bounce = buildBounce({
    messageId: messageIdOf(sent.id, 'notices@hotline.example'),
    recipient: 'ABUSE@one.test',
    omitPerMessage: true,
  });
  const outcome = await t.ctx.outbox.reportBounce((await parseDeliveryReport(bounce))!);
  assert.deepEqual(outcome, { outcome: 'gave_up', messageId: sent.id });
  const message = await t.ctx.db
    .selectFrom('outbox_message')
    .select(['state', 'last_error'])
    .where('id', '=', sent.id)
    .executeTakeFirstOrThrow();
  assert.equal(message.state, 'bounced');
  assert.match(message.last_error!, /^late bounce 5\.1\.1/);
  assert.equal(await noticeStatus(sent.subject_id), 'failed');
  // The same report again changes nothing.
  assert.equal((await t.ctx.outbox.reportBounce((await parseDeliveryReport(bounce))!)).outcome, 'ignored');
});

test('what is not a failure of the address last sent to is ignored', async () => {
  const sent = await sentTo('noc@two.test');
  const ignored = async (raw: Buffer) => {
    const report = await parseDeliveryReport(raw);
    return report === undefined ? 'not a report' : (await t.ctx.outbox.reportBounce(report)).outcome;
  };
  assert.equal(
    await ignored(buildBounce({ envelopeId: sent.id, recipient: 'noc@two.test', action: 'delayed' })),
    'ignored',
  );
  assert.equal(
    await ignored(buildBounce({ envelopeId: sent.id, recipient: 'abuse@two.test' })),
    'ignored',
    'an earlier contact',
  );
  assert.equal(
    await ignored(buildBounce({ envelopeId: '00000000-0000-4000-8000-000000000000', recipient: 'noc@two.test' })),
    'ignored',
    'no such message',
  );
  assert.equal(await ignored(buildBounce({ recipient: 'noc@two.test' })), 'ignored', 'names no message');
  const plain = Buffer.from(
    'From: someone@example.org\r\nTo: notices@hotline.example\r\nSubject: hello\r\n\r\nJust mail.\r\n',
  );
  assert.equal(await ignored(plain), 'not a report');
  assert.equal((await sentTo('noc@two.test')).state, 'sent', 'still sent');
});
