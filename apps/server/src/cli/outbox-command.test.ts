import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { buildBounce, createTestContext, freePort, type TestContext } from '@vigie/testkit';
import { UsageError } from './args.ts';
import { runOutboxCommand, TEMPORARY_FAILURE } from './outbox-command.ts';

// `vigie outbox bounce` as a mail server's pipe runs it: the message on standard input, the
// answer on standard output, 0 for anything read (ours or not), 75 when it must be tried again.

let t: TestContext;

async function run(input: Buffer, own?: { config: TestContext['config'] }) {
  let out = '';
  const stdout = new PassThrough().on('data', (c: Buffer) => (out += c.toString()));
  const stderr = new PassThrough().resume();
  const io = { stdin: Readable.from([input]), stdout, stderr };
  // With its own configuration the command opens its own context, as on a server.
  const code = own
    ? await runOutboxCommand(own.config, ['bounce'], io)
    : await runOutboxCommand(t.config, ['bounce'], io, t.ctx);
  return { code, out };
}

before(async () => {
  t = await createTestContext();
});
after(() => t.close());

test('a bounce of a sent message is recorded; the message is then bounced for want of another contact', async () => {
  const { id } = await t.ctx.db.transaction().execute((trx) =>
    t.ctx.outbox.enqueue(trx, {
      // A purpose without outcome hooks: only the outbox's own record is under test here.
      purpose: 'notice_escalation',
      subjectId: '00000000-0000-4000-8000-000000000001',
      idempotencyKey: 'cli-bounce-test',
      contacts: [{ channel: 'email', address: 'abuse@cli.test' }],
      bodies: { email: { subject: 's', text: 't', html: '<p>t</p>', reports: [] } },
    }),
  );
  await t.ctx.db
    .updateTable('outbox_message')
    .set({ state: 'sent', sent_to: 'mailto:abuse@cli.test', sent_at: new Date() })
    .where('id', '=', id)
    .execute();
  const first = await run(buildBounce({ envelopeId: id, recipient: 'abuse@cli.test' }));
  assert.deepEqual(first, { code: 0, out: `gave_up ${id}\n` });
  const again = await run(buildBounce({ envelopeId: id, recipient: 'abuse@cli.test' }));
  assert.equal(again.code, 0);
  assert.match(again.out, /^ignored /);
});

test('mail that is not a delivery status notification is answered 0, so that it is not bounced back', async () => {
  const plain = Buffer.from('From: a@example.org\r\nSubject: out of office\r\n\r\nI am away.\r\n');
  assert.deepEqual(await run(plain), { code: 0, out: 'ignored: not a delivery status notification\n' });
});

test('a database out of reach answers 75 (try again later); a wrong call is a usage error', async () => {
  const config = { ...t.config, databaseUrl: `postgres://vigie@127.0.0.1:${await freePort()}/vigie` };
  const result = await run(buildBounce({ envelopeId: '00000000-0000-4000-8000-000000000002', recipient: 'x@y.test' }), {
    config,
  });
  assert.equal(result.code, TEMPORARY_FAILURE);
  await assert.rejects(
    runOutboxCommand(t.config, ['bounces'], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    }),
    UsageError,
  );
});
