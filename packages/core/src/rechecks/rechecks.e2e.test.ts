import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, startHostingProviders, type HostingProviders, type TestContext } from '@vigie/testkit';
import { emailRecipient, memoryResolver } from '../notices/notices.test-helpers.ts';
import type { Recipient } from '../notices/index.ts';
import { reappearanceListener } from './reappearance.repository.ts';
import { plantServed } from './rechecks.test-helpers.ts';

// The takedown loop over simulated hosting providers, days passing on an injected clock: one
// notice each, re-checks every 24 h, removals confirmed by three checks five minutes apart,
// reminders to those that keep the material, escalation after two (upstream network, registrar,
// partner hotline), a contest pausing reminders, a bounce going straight to escalation, and the
// media found again after its removal linked to the earlier notice.

const HOUR = 3600_000;
let web: HostingProviders;
let t: TestContext;
let clock = Date.now();
const now = () => new Date(clock);
const removals: Array<{ url: string; at: Date }> = [];

before(async () => {
  web = await startHostingProviders({
    now,
    contest: async (token) => {
      await t.ctx.notices.respond(token, { action: 'contest', reason: 'This is our own licensed artwork.' }, null);
    },
  });
  const byHost: Record<string, Recipient> = {};
  for (const p of web.providers)
    byHost[p.host] = emailRecipient(p.name, p.abuse, {
      country: 'FR',
      relationship: p.behaviour === 'links-only' ? 'links' : 'hosts',
    });
  t = await createTestContext(
    {
      VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
      VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(web.relay.port),
      VIGIE_SMTP_FROM: 'Hotline notices <notices@hotline.example>',
      VIGIE_NOTICE_DOMAIN: 'hotline.example',
      VIGIE_PUBLIC_URL: 'https://hotline.example',
      VIGIE_RECHECK_PARTNER_HOTLINES: 'FR=reports@partner-hotline.test',
    },
    {
      now,
      recipientResolver: memoryResolver(byHost),
      removalListener: { contentGone: async (_trx, removal) => void removals.push(removal) },
      escalationResolver: {
        escalationFor: async () => ({
          country: 'FR',
          contacts: [
            {
              contact: { channel: 'email', address: 'abuse@upstream.hosting.test' },
              role: 'rdap_autnum_abuse',
              name: 'Upstream',
            },
            {
              contact: { channel: 'email', address: 'abuse@registrar.hosting.test' },
              role: 'rdap_registrar_abuse',
              name: null,
            },
          ],
        }),
      },
    },
  );
});
after(async () => {
  await t?.close();
  await web?.close();
});

/** Every due re-check, the jobs they add, and the providers' answers. */
async function settle() {
  for (let i = 0; i < 20; i++) {
    await t.drain();
    await web.settled();
    const { checked } = await t.ctx.rechecks.runDue();
    if (checked === 0) break;
  }
  await t.drain();
}

/** A day passes: the scheduled check, then the confirming ones five minutes apart. */
async function day() {
  clock += 24 * HOUR;
  await settle();
  for (let i = 0; i < 3; i++) {
    clock += 5 * 60_000;
    await settle();
  }
}

const noticeOf = async (provider: string) =>
  t.ctx.db.selectFrom('notice').selectAll().where('recipient_key', '=', provider).executeTakeFirstOrThrow();
const eventsOf = async (noticeId: string) =>
  (
    await t.ctx.db.selectFrom('notice_event').select('kind').where('notice_id', '=', noticeId).orderBy('id').execute()
  ).map((e) => e.kind);

test(
  'removals, reminders, escalation, contest, bounce and recidivism over simulated days',
  { timeout: 120_000 },
  async () => {
    await plantServed(
      t.ctx,
      web.providers.flatMap((p) => p.urls.map((url) => ({ url, bytes: web.bytesOf(url) }))),
    );
    const sentAt = clock;
    await settle();
    for (const p of web.providers)
      assert.equal(p.notices + (p.behaviour === 'bounces' ? 1 : 0), 1, `${p.name}: one notice`);
    assert.equal(web.provider('bounces').mail.received.length, 0, 'the bouncing desk got nothing');
    assert.equal((await noticeOf('bounces')).status, 'failed');
    assert.equal((await noticeOf('contests')).status, 'contested');
    assert.equal(
      await t.ctx.db
        .selectFrom('recheck')
        .select('id')
        .execute()
        .then((r) => r.length),
      12,
    );

    for (let d = 1; d <= 6; d++) await day();

    // Removed minutes after the notice: found gone at the first scheduled check, confirmed 3 times.
    for (const name of ['removespromptly', 'linksonly', 'removesafterreminders']) {
      const notice = await noticeOf(name);
      assert.equal(notice.status, 'removed', `${name} removed`);
      assert.ok(notice.removed_at);
    }
    const prompt = await noticeOf('removespromptly');
    assert.equal(prompt.removed_at!.getTime(), sentAt + 24 * HOUR, 'removal time: the first absent check');
    assert.equal(prompt.reminders, 0);
    assert.deepEqual(
      (await eventsOf(prompt.id)).filter((k) => k !== 'created' && k !== 'queued'),
      ['sent', 'url_removed', 'url_removed', 'removed'],
    );
    // Two reminders (days 1 and 2, the second at 2 d 15 min: each day's confirming checks move the
    // clock), removed ten minutes after the second: gone at the third day's check (3 d 30 min).
    const late = await noticeOf('removesafterreminders');
    assert.equal(late.reminders, 2);
    assert.equal(late.escalations, 0);
    assert.equal(web.provider('removes-after-reminders').reminders, 2);
    assert.equal(late.removed_at!.getTime(), sentAt + 3 * 24 * HOUR + 30 * 60_000);
    // Never: two reminders, then upstream, registrar, partner hotline, one a day, then nothing more.
    const never = await noticeOf('neverremoves');
    assert.equal(never.status, 'sent');
    assert.equal(never.reminders, 2);
    assert.equal(never.escalations, 3);
    assert.deepEqual(
      (await eventsOf(never.id)).filter((k) => k === 'reminded' || k === 'escalated'),
      ['reminded', 'reminded', 'escalated', 'escalated', 'escalated'],
    );
    // Contested: no reminder while an analyst looks; still watched.
    const contested = await noticeOf('contests');
    assert.equal(contested.reminders + contested.escalations, 0);
    assert.equal(web.provider('contests').reminders, 0);
    // Bounced: straight to escalation, on the first day.
    const bounced = await noticeOf('bounces');
    assert.equal(bounced.reminders, 0);
    assert.equal(bounced.escalations, 3);
    assert.equal(web.upstream.received.length, 2, 'the upstream network: one escalation per unresponsive provider');
    assert.equal(web.registrar.received.length, 2);
    assert.equal(web.hotline.received.length, 2);
    const escalation = web.upstream.received[0]!.parsed;
    assert.match(escalation.subject ?? '', /^Escalation of removal notice/);
    assert.match(escalation.text ?? '', /upstream network/);
    assert.doesNotMatch(escalation.text ?? '', /notices\/respond/, 'no response link for third parties');
    assert.match(
      web.provider('never-removes').mail.received[1]!.parsed.text ?? '',
      /notices\/respond\/[A-Za-z0-9_-]{43}/,
    );
    // The removal listener heard every removed URL once, at its removal time.
    assert.equal(removals.length, 6);
    assert.equal(new Set(removals.map((r) => r.url)).size, 6);

    // The promptly removed media found again elsewhere: recidivism, linked to the first notice.
    const url = web.provider('removes-promptly').urls[0]!;
    const mirror = url.replace('/media/', '/mirror/');
    const [id] = await plantServed(t.ctx, [{ url: mirror, bytes: web.bytesOf(url) }]);
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        reappearanceListener(now).detectionsRecorded(trx, [{ id: id!, sha256: web.sha256Of(url), url: mirror }]),
      );
    const reappeared = await t.ctx.db.selectFrom('recheck_reappearance').selectAll().execute();
    assert.equal(reappeared.length, 1);
    assert.equal(reappeared[0]!.notice_id, prompt.id);
    assert.equal(reappeared[0]!.same_host, true);
    assert.equal(reappeared[0]!.match, 'sha256');
    assert.ok((await eventsOf(prompt.id)).includes('reappeared'));

    const measures = await t.ctx.rechecks.measures(new Date(sentAt - HOUR), new Date(clock + HOUR));
    assert.equal(measures.overall.removed, 6);
    assert.equal(measures.overall.reminders, 4);
    assert.equal(measures.overall.escalations, 6);
    assert.equal(measures.overall.reappeared, 1);
  },
);
