import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { createPublicKey } from 'node:crypto';
import { signWebhook, verifyWebhookEd25519 } from '../outbox/index.ts';
import { emailRecipient, memoryResolver, plantDetections } from './notices.test-helpers.ts';
import { validateXarf } from './xarf.ts';

// Signed webhooks received on loopback through the outbound module, the analysts' API, and the
// page a provider answers a notice on.

type Hook = { headers: IncomingHttpHeaders; body: string };
const hooks: Hook[] = [];
let answers: number[] = [];
const hookServer = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    hooks.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(answers.shift() ?? 200).end();
  });
});
let t: Awaited<ReturnType<typeof createTestApp>>;
const secret = 'a shared secret of the provider';

before(async () => {
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  const port = (hookServer.address() as AddressInfo).port;
  const recipients = {
    'files.hook.test': emailRecipient('hook', 'unused@hook.test', {
      language: 'fr',
      contacts: [{ channel: 'webhook', url: `http://127.0.0.1:${port}/vigie`, secret }],
    }),
    'cdn.page.test': emailRecipient('page', 'abuse@page.test', { relationship: 'proxies' }),
    'files.keyless.test': emailRecipient('keyless', 'unused@keyless.test', {
      contacts: [{ channel: 'webhook', url: `http://127.0.0.1:${port}/vigie`, secret: null }],
    }),
  };
  t = await createTestApp(
    { VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8', VIGIE_PUBLIC_URL: 'https://hotline.example' },
    { recipientResolver: memoryResolver(recipients) },
  );
});
after(async () => {
  await t?.close();
  await new Promise((resolve) => hookServer.close(resolve));
});

test('a webhook notice is signed, retried on a 503 with the same delivery id, and carries X-ARF', async () => {
  answers = [503];
  await plantDetections(t.ctx, [{ url: 'https://files.hook.test/a.jpg', address: '198.51.100.7' }]);
  await t.drain();
  assert.equal(hooks.length, 1);
  const message = await t.ctx.db.selectFrom('outbox_message').select(['id', 'state']).executeTakeFirstOrThrow();
  assert.equal(message.state, 'queued', 'a 503 is tried again later');
  await t.ctx.outbox.deliver(message.id);
  assert.equal(hooks.length, 2);
  const published = (await t.app.inject({ url: '/api/v1/notices/signing-key' })).json();
  assert.equal(published.algorithm, 'Ed25519');
  const key = createPublicKey(published.publicKeyPem);
  for (const hook of hooks) {
    assert.equal(hook.headers['content-type'], 'application/json');
    assert.equal(hook.headers['vigie-delivery'], message.id, 'the same delivery id on every attempt');
    const timestamp = Number(hook.headers['vigie-timestamp']);
    assert.ok(Math.abs(timestamp - Date.now() / 1000) < 60);
    assert.equal(hook.headers['vigie-signature'], signWebhook(secret, timestamp, hook.body));
    assert.notEqual(hook.headers['vigie-signature'], signWebhook('another secret', timestamp, hook.body));
    assert.ok(verifyWebhookEd25519(key, String(timestamp), hook.body, String(hook.headers['vigie-signature-ed25519'])));
    assert.equal(hook.headers['vigie-signing-key'], published.fingerprint);
  }
  const payload = JSON.parse(hooks[1]!.body);
  assert.equal(payload.notice.language, 'fr');
  assert.deepEqual(payload.notice.requested_action, ['remove', 'preserve']);
  assert.match(payload.notice.response_url, /^https:\/\/hotline\.example\/notices\/respond\/[A-Za-z0-9_-]{43}$/);
  assert.equal(payload.reports.length, 1);
  assert.equal(validateXarf(payload.reports[0]).ok, true);
  assert.equal(payload.reports[0].url, 'https://files.hook.test/a.jpg');
  const notice = await t.ctx.db.selectFrom('notice').select('status').executeTakeFirstOrThrow();
  assert.equal(notice.status, 'sent');
});

test('a provider without a shared secret gets the webhook signed with Ed25519 alone; a changed body fails the check', async () => {
  hooks.length = 0;
  answers = [200];
  await plantDetections(t.ctx, [{ url: 'https://files.keyless.test/b.jpg', address: '198.51.100.8' }]);
  await t.drain();
  assert.equal(hooks.length, 1);
  const [hook] = hooks;
  assert.equal(hook!.headers['vigie-signature'], undefined, 'no HMAC without a secret');
  const key = createPublicKey((await t.app.inject({ url: '/api/v1/notices/signing-key' })).json().publicKeyPem);
  const timestamp = String(hook!.headers['vigie-timestamp']);
  const signature = String(hook!.headers['vigie-signature-ed25519']);
  assert.ok(verifyWebhookEd25519(key, timestamp, hook!.body, signature));
  assert.equal(verifyWebhookEd25519(key, timestamp, hook!.body.replace('b.jpg', 'c.jpg'), signature), false);
  assert.equal(verifyWebhookEd25519(key, String(Number(timestamp) + 1), hook!.body, signature), false);
});

test('an analyst sends a notice from a case and reads it back with its delivery history', async () => {
  const [id] = await plantDetections(t.ctx, [{ url: 'https://files.hook.test/b.jpg' }]);
  await t.drain();
  const analyst = await createStaffSession(t.ctx, 'analyst');
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/notices',
    headers: analyst.headers,
    payload: { detectionIds: [id], note: 'case 42: still online' },
  });
  assert.equal(sent.statusCode, 201, sent.body);
  const [notice] = sent.json().notices;
  assert.equal(notice.origin, 'analyst');
  assert.equal(notice.recipient.key, 'hook');
  await t.drain();
  const view = await t.app.inject({ method: 'GET', url: `/api/v1/notices/${notice.id}`, headers: analyst.headers });
  assert.equal(view.statusCode, 200);
  const body = view.json();
  assert.equal(body.status, 'sent');
  assert.deepEqual(
    body.urls.map((u: { url: string }) => u.url),
    ['https://files.hook.test/b.jpg'],
  );
  assert.equal(body.messages[0].channel, 'webhook');
  assert.equal(body.messages[0].attempts[0].outcome, 'sent');
  assert.ok(!view.body.includes(secret), 'a webhook secret never leaves through the API');
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/notices?status=sent', headers: analyst.headers });
  assert.ok(list.json().notices.some((n: { id: string }) => n.id === notice.id));

  const missing = await t.app.inject({
    method: 'POST',
    url: '/api/v1/notices',
    headers: analyst.headers,
    payload: { detectionIds: ['999999'] },
  });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'NOTICE_DETECTION_NOT_FOUND');
});

test('the provider acknowledges or contests through the notice’s link, in its language', async () => {
  const [id] = await plantDetections(t.ctx, [{ url: 'https://cdn.page.test/c.jpg' }]);
  await t.drain();
  const { notice_id: noticeId } = await t.ctx.db
    .selectFrom('notice_url')
    .select('notice_id')
    .where('detection_id', '=', id!)
    .executeTakeFirstOrThrow();
  const path = `/notices/respond/${t.ctx.notices.responseToken(noticeId)}`;

  const page = await t.app.inject({ method: 'GET', url: path });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.match(page.body, /<html lang="en">/);
  assert.match(page.body, /https:\/\/cdn\.page\.test\/c\.jpg/);
  const french = await t.app.inject({ method: 'GET', url: `${path}?lang=fr` });
  assert.match(french.body, /Contester l’avis/);

  const ack = await t.app.inject({ method: 'POST', url: path, payload: { action: 'acknowledge', lang: 'en' } });
  assert.equal(ack.statusCode, 200);
  assert.match(ack.body, /the notice is acknowledged/);
  assert.equal((await t.ctx.notices.get(noticeId)).notice.status, 'acknowledged');

  const empty = await t.app.inject({
    method: 'POST',
    url: path,
    payload: { action: 'contest', reason: ' ', lang: 'en' },
  });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Say why you contest the notice/);
  assert.equal((await t.ctx.notices.get(noticeId)).notice.status, 'acknowledged', 'an empty contest changes nothing');

  const contest = await t.app.inject({
    method: 'POST',
    url: path,
    payload: { action: 'contest', reason: 'This is a stock photo of a beach.', lang: 'fr' },
  });
  assert.match(contest.body, /votre contestation est transmise/);
  const { notice } = await t.ctx.notices.get(noticeId);
  assert.equal(notice.status, 'contested');
  assert.equal(notice.response, 'This is a stock photo of a beach.');
  const paused = await t.ctx.db
    .selectFrom('notice')
    .select('reminders_paused')
    .where('id', '=', noticeId)
    .executeTakeFirstOrThrow();
  assert.equal(paused.reminders_paused, true, 'reminders stop');
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const queue = await t.app.inject({
    method: 'GET',
    url: '/api/v1/notices?status=contested',
    headers: supervisor.headers,
  });
  assert.deepEqual(
    queue.json().notices.map((n: { id: string }) => n.id),
    [noticeId],
    'the contest is in the analysts’ queue',
  );
  const events = await t.ctx.db
    .selectFrom('notice_event')
    .select('kind')
    .where('notice_id', '=', noticeId)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    events.map((e) => e.kind),
    ['created', 'queued', 'acknowledged', 'contested'],
  );
  // No mail server is configured here: the e-mail waits in the outbox and says why.
  const { messages } = await t.ctx.notices.get(noticeId);
  assert.equal(messages[0]!.state, 'queued');
  assert.match(messages[0]!.lastError ?? '', /^OUTBOX_SMTP_UNSET/);

  const wrong = await t.app.inject({ method: 'GET', url: `/notices/respond/${'x'.repeat(43)}` });
  assert.equal(wrong.statusCode, 404);
  assert.match(wrong.body, /This link is not valid/);
  const forged = await t.app.inject({
    method: 'POST',
    url: `/notices/respond/${'x'.repeat(43)}`,
    payload: { action: 'acknowledge' },
  });
  assert.equal(forged.statusCode, 404);
});
