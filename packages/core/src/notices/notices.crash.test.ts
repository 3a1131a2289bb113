import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import {
  createTestContext,
  spawnVigie,
  startMailServer,
  type MailServer,
  type ReceivedMail,
  type TestContext,
  type VigieProcess,
} from '@vigie/testkit';
import { emailRecipient, memoryResolver, plantDetections } from './notices.test-helpers.ts';

// Worker processes sending notices, killed with SIGKILL: once when the mail server has the whole
// message but has not yet said so (the worst moment: accepted, never recorded), once in the
// middle of sending. No notice is lost; the one copy that may arrive twice is the message the
// server accepted unbeknown to the dead sender, and it carries the same Message-ID and X-ARF
// report ids (the documented at-least-once choice); nothing else is sent twice.

const RECIPIENTS = 8;
const LEASE_SECONDS = 2;

let mail: MailServer;
let t: TestContext;
let env: Record<string, string>;
let worker: VigieProcess | undefined;
let killAt: ((mail: ReceivedMail, seen: number) => boolean) | undefined;
let seen = 0;
const killedOn: string[] = [];

async function kill(): Promise<void> {
  const dying = worker!;
  worker = undefined;
  dying.child.kill('SIGKILL');
  await dying.exited;
}

before(async () => {
  mail = await startMailServer({
    // The server has the complete message; the sender is killed before it hears "250 accepted".
    beforeAccept: async (received) => {
      seen++;
      if (worker && killAt?.(received, seen)) {
        killAt = undefined;
        killedOn.push(received.parsed.messageId!);
        await kill();
      }
    },
  });
  const byHost = Object.fromEntries(
    Array.from({ length: RECIPIENTS }, (_, i) => [
      `files.host-${i}.test`,
      emailRecipient(`host-${i}`, `abuse@host-${i}.test`),
    ]),
  );
  const smtp = {
    VIGIE_SMTP_HOST: '127.0.0.1',
    VIGIE_SMTP_PORT: String(mail.port),
    VIGIE_SMTP_FROM: 'notices@hotline.example',
    VIGIE_NOTICE_DOMAIN: 'hotline.example',
    VIGIE_OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
    VIGIE_OUTBOX_RETRY_BASE_SECONDS: '1',
  };
  t = await createTestContext(smtp, { asOwner: true, recipientResolver: memoryResolver(byHost) });
  env = { ...smtp, DATABASE_URL: t.ownerUrl, VIGIE_DATA_DIR: t.config.dataDir, VIGIE_WORKER_CONCURRENCY: '4' };
  await plantDetections(
    t.ctx,
    Array.from({ length: RECIPIENTS }, (_, i) => ({ url: `https://files.host-${i}.test/m/${i}.jpg` })),
  );
  // Filed here, in the test's process (it knows the recipients); the workers only send.
  const { filed } = await t.ctx.notices.prepare();
  assert.equal(filed, RECIPIENTS);
});
after(async () => {
  if (worker) await kill();
  await t?.close();
  await mail?.close();
});

async function states() {
  return t.ctx.db.selectFrom('outbox_message').select(['id', 'state', 'subject_id']).execute();
}

/** Waits for the worker to reach `done`, failing with its output if it dies or takes too long. */
async function until(done: () => Promise<boolean> | boolean, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (worker && worker.child.exitCode !== null) assert.fail(`the worker exited:\n${worker.output()}`);
    if (Date.now() > deadline) assert.fail(`${what} did not happen in time:\n${worker?.output() ?? ''}`);
    await sleep(50);
  }
}

test(
  'SIGKILL while sending loses no notice and sends twice only what the server accepted unrecorded',
  { timeout: 240_000 },
  async () => {
    // 1. Killed at the worst moment: the first message is in the server, the sender never learns it.
    killAt = () => true;
    worker = spawnVigie(['start', '--role', 'worker'], env);
    await until(() => worker === undefined, 'the first kill');
    const afterFirst = await states();
    assert.ok(
      afterFirst.some((m) => m.state === 'sending'),
      'a message was left sending',
    );
    assert.ok(mail.received.length >= 1, 'the server holds the message the dead worker sent');

    // 2. Killed mid-way through the rest (its lease not yet over, the first one is not touched).
    killAt = (_m, count) => count >= 3;
    worker = spawnVigie(['start', '--role', 'worker'], env);
    await until(() => worker === undefined, 'the second kill');

    // 3. A worker that lives: once the leases are over, the sweep (every minute in production,
    // run here by hand) gives the interrupted messages a job again.
    worker = spawnVigie(['start', '--role', 'worker'], env);
    await until(
      async () => {
        const now = await states();
        if (now.every((m) => m.state === 'sent')) return true;
        await sleep(LEASE_SECONDS * 1000);
        await t.ctx.outbox.sweep();
        return false;
      },
      'every message sent',
      120_000,
    );
    await kill();

    const messages = await states();
    const notices = await t.ctx.db.selectFrom('notice').select(['id', 'status']).execute();
    assert.equal(notices.length, RECIPIENTS, 'one notice per recipient, never two');
    assert.ok(notices.every((n) => n.status === 'sent'));
    assert.equal(messages.length, RECIPIENTS, 'one message per notice');

    const expectedIds = new Set(messages.map((m) => `<${m.id}.outbox@hotline.example>`));
    const receivedIds = mail.received.map((m) => m.parsed.messageId!);
    assert.deepEqual(new Set(receivedIds), expectedIds, 'every notice arrived: nothing lost');

    const attempts = await t.ctx.db.selectFrom('outbox_attempt').select(['message_id', 'outcome']).execute();
    const interrupted = new Set(attempts.filter((a) => a.outcome === 'interrupted').map((a) => a.message_id));
    assert.ok(interrupted.size >= 1, 'the kills interrupted attempts');
    const copies = new Map<string, ReceivedMail[]>();
    for (const m of mail.received) copies.set(m.parsed.messageId!, [...(copies.get(m.parsed.messageId!) ?? []), m]);
    for (const [messageId, list] of copies) {
      if (list.length === 1) continue;
      const id = /^<(.+)\.outbox@/.exec(messageId)![1]!;
      assert.ok(interrupted.has(id), `${messageId} arrived ${list.length} times without an interrupted attempt`);
      const runs = attempts.filter((a) => a.message_id === id && a.outcome === 'interrupted').length;
      assert.ok(list.length <= runs + 1, 'no more copies than interrupted attempts explain');
      const reportIds = list.map(
        (m) =>
          JSON.parse(m.parsed.attachments.find((a) => a.contentType === 'application/json')!.content.toString('utf8'))
            .report_id,
      );
      assert.equal(new Set(reportIds).size, 1, 'a re-sent copy carries the same X-ARF report id');
    }
    for (const messageId of killedOn)
      assert.equal(copies.get(messageId)!.length, 2, 'a message accepted unrecorded was sent again, recognisably');
  },
);
