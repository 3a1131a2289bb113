import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { markReport, recipient, startApiReceiver, submitReport, type ApiReceiver } from './referrals.test-helpers.ts';

// Automatic forwarding by supervisors' rules: a report the crawler marked (its URL led to banked
// material) is referred without an analyst, held for the undo window, then delivered to a
// loopback recipient; excluded report types never go automatically; every decision is audited;
// an undo inside the window means nothing leaves.

let t: Awaited<ReturnType<typeof createTestApp>>;
let clock = new Date('2026-12-10T09:00:00Z');
let police: ApiReceiver;
let centre: ApiReceiver;
let hotline: ApiReceiver;
let supervisor: StaffSession;
const hostedIn: Record<string, string> = { '192.0.2.10': 'CA', '198.51.100.20': 'FR' };

before(async () => {
  [police, centre, hotline] = await Promise.all([startApiReceiver(), startApiReceiver(), startApiReceiver()]);
  t = await createTestApp(
    { VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8', VIGIE_REFERRAL_UNDO_MINUTES: '15' },
    { now: () => clock, referralCountryOf: async (address) => hostedIn[address] ?? null },
  );
  supervisor = await createStaffSession(t.ctx, 'supervisor');
  const directory = [
    recipient('Manitoba police (auto test)', { apiUrl: police.url }),
    recipient('National centre (auto test)', { kind: 'national_police_centre', region: null, apiUrl: centre.url }),
    recipient('French hotline (auto test)', {
      kind: 'partner_hotline',
      country: 'FR',
      region: null,
      apiUrl: hotline.url,
    }),
  ];
  for (const payload of directory) {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referral-recipients',
      headers: supervisor.headers,
      payload,
    });
    assert.equal(added.statusCode, 201, added.body);
  }
  const rule = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-rules',
    headers: supervisor.headers,
    payload: {
      name: 'Banked CSAM to police and the hosting country',
      ageBands: ['prepubescent', 'pubescent'],
      recipientKinds: ['police', 'partner_hotline'],
      excludedReportTypes: ['non_consensual_intimate_images', 'sexually_explicit_material_to_child'],
    },
  });
  assert.equal(rule.statusCode, 201, rule.body);
});
after(async () => {
  await t?.close();
  await Promise.all([police?.close(), centre?.close(), hotline?.close()]);
});

const referralsOf = (reportId: string) =>
  t.ctx.db.selectFrom('referral').selectAll().where('report_id', '=', reportId).orderBy('created_at').execute();
const decisionOf = (reportId: string) =>
  t.ctx.db.selectFrom('referral_auto_decision').selectAll().where('report_id', '=', reportId).executeTakeFirst();
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

/** What the release job does when the window ends (its run time is the database's clock, not the test's). */
async function endWindow(reportId: string) {
  advance(16);
  for (const r of await referralsOf(reportId)) await t.ctx.referrals.release(r.id);
  await t.drain();
}

test('a report whose URL led to banked material is forwarded automatically, after the undo window', async () => {
  const reportId = await submitReport(t.ctx, { region: 'MB' });
  await markReport(t.ctx, reportId);
  assert.deepEqual(await t.ctx.referrals.forwardAutomatic(), { decided: 1, forwarded: 1 });

  const [held, ...others] = await referralsOf(reportId);
  assert.equal(others.length, 0, 'hosted at home: the regional force alone');
  assert.equal(held!.origin, 'automatic');
  assert.equal(held!.state, 'held');
  assert.equal(held!.release_at.getTime(), clock.getTime() + 15 * 60_000);
  const decision = await decisionOf(reportId);
  assert.equal(decision?.outcome, 'forwarded');
  assert.deepEqual(decision?.referral_ids, [held!.id]);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('subject_id', '=', reportId)
    .where('action', '=', 'referral.automatic-decision')
    .execute();
  assert.equal(audited.length, 1);
  assert.equal((audited[0]!.details as { outcome: string }).outcome, 'forwarded');

  await t.drain();
  assert.equal(police.posts.length, 0, 'nothing leaves inside the window');
  await endWindow(reportId);
  assert.equal(police.posts.length, 1);
  assert.equal(police.posts[0]!.body.reference, held!.reference);
  assert.equal((await referralsOf(reportId))[0]!.state, 'sent');
  assert.deepEqual(await t.ctx.referrals.forwardAutomatic(), { decided: 0, forwarded: 0 }, 'decided once');
});

test('material hosted abroad goes to the national centre and the hosting country’s hotline', async () => {
  const reportId = await submitReport(t.ctx, { region: 'MB' });
  await markReport(t.ctx, reportId, { ageBand: 'pubescent', activity: 'sexual_posing' }, '198.51.100.20');
  await t.ctx.referrals.forwardAutomatic();
  const names = await t.ctx.db
    .selectFrom('referral')
    .innerJoin('referral_recipient', 'referral_recipient.id', 'referral.recipient_id')
    .select('referral_recipient.name')
    .where('report_id', '=', reportId)
    .orderBy('referral_recipient.name')
    .execute();
  assert.deepEqual(
    names.map((n) => n.name),
    ['French hotline (auto test)', 'National centre (auto test)'],
  );
  const before = [centre.posts.length, hotline.posts.length];
  await endWindow(reportId);
  assert.deepEqual([centre.posts.length, hotline.posts.length], [before[0]! + 1, before[1]! + 1]);
});

test('excluded report types never go automatically, though their URL led to banked material', async () => {
  const sent = police.posts.length + centre.posts.length + hotline.posts.length;
  for (const type of ['non_consensual_intimate_images', 'sexually_explicit_material_to_child']) {
    const reportId = await submitReport(t.ctx, { type, region: 'MB' });
    await markReport(t.ctx, reportId);
    assert.deepEqual(await t.ctx.referrals.forwardAutomatic(), { decided: 1, forwarded: 0 });
    assert.deepEqual(await referralsOf(reportId), [], `${type}: no referral`);
    const decision = await decisionOf(reportId);
    assert.equal(decision?.outcome, 'excluded');
    assert.match(decision!.reason, new RegExp(`${type} never goes automatically`));
    await endWindow(reportId);
  }
  assert.equal(police.posts.length + centre.posts.length + hotline.posts.length, sent, 'nothing was delivered');
  const listed = await t.app.inject({
    method: 'GET',
    url: '/api/v1/referrals/automatic-decisions?outcome=excluded',
    headers: supervisor.headers,
  });
  assert.equal(listed.statusCode, 200, listed.body);
  assert.equal(listed.json().decisions.length, 2);
});

test('undo inside the window: the referral is cancelled and never delivered', async () => {
  const reportId = await submitReport(t.ctx, { region: 'MB' });
  await markReport(t.ctx, reportId);
  await t.ctx.referrals.forwardAutomatic();
  const [held] = await referralsOf(reportId);
  advance(10);
  const undone = await t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${held!.id}/undo`,
    headers: supervisor.headers,
    payload: { reason: 'the image is a known false positive' },
  });
  assert.equal(undone.statusCode, 200, undone.body);
  assert.equal(undone.json().state, 'cancelled');
  const sent = police.posts.length;
  await endWindow(reportId);
  assert.equal(police.posts.length, sent, 'the undone referral did not leave');
  assert.ok(!police.posts.some((p) => p.body.reference === held!.reference));
  const view = await t.app.inject({ method: 'GET', url: `/api/v1/referrals/${held!.id}`, headers: supervisor.headers });
  assert.equal(view.json().state, 'cancelled');
  assert.deepEqual(
    view.json().events.map((e: { kind: string }) => e.kind),
    ['created', 'undone'],
  );
  const again = await t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${held!.id}/undo`,
    headers: supervisor.headers,
    payload: {},
  });
  assert.equal(again.json().error.code, 'REFERRAL_NOT_HELD');
});
