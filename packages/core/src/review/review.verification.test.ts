import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { checkerboard, plantMedia, userIdOf, type PlantedMedia } from './review.test-helpers.ts';

// Verification: a csam verdict's bank entries wait for a second analyst (never the first one),
// who sees the media but not the first verdict; agreement confirms the entries (the media become
// known, never shown again, their sightings detections pending notice); disagreement goes to a
// supervisor, who settles it either way. A verified verdict can no longer be undone.

let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let verifier: StaffSession;
let supervisor: StaffSession;
const m: Record<string, PlantedMedia> = {};
const items: Record<string, string> = {};
const page = 'http://verify.example.test/page/';

const verify = (who: StaffSession, item: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/review/verification/${item}`, headers: who.headers, payload });
const entriesOf = (sha256: string) =>
  t.ctx.db
    .selectFrom('bank_entry')
    .select(['status', 'withdrawn_at', 'age_band', 'activity'])
    .where('sha256', '=', sha256)
    .execute();
const mediaState = async (sha256: string) =>
  (await t.ctx.db.selectFrom('media').select('state').where('sha256', '=', sha256).executeTakeFirstOrThrow()).state;

before(async () => {
  t = await createTestApp();
  analyst = await createStaffSession(t.ctx, 'analyst');
  verifier = await createStaffSession(t.ctx, 'verifier');
  supervisor = await createStaffSession(t.ctx, 'supervisor');
  for (const [name, seed] of [
    ['agreed', 21],
    ['disputed', 22],
    ['rejected', 23],
  ] as const)
    m[name] = await plantMedia(t.ctx, await checkerboard(seed), { pageUrl: page });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/verdicts',
    headers: analyst.headers,
    payload: {
      verdicts: [
        { sha256: m.agreed!.sha256, verdict: 'csam_a1' },
        { sha256: m.disputed!.sha256, verdict: 'csam_b2', labels: { origin: 'sextortion' } },
        { sha256: m.rejected!.sha256, verdict: 'csam_a2' },
      ],
    },
  });
  for (const r of response.json().results as Array<{ sha256: string; itemId: string }>)
    items[Object.keys(m).find((k) => m[k]!.sha256 === r.sha256)!] = r.itemId;
});
after(() => t.close());

test('the verification queue is blind and never offers an analyst their own verdicts', async () => {
  const own = await t.app.inject({ method: 'GET', url: '/api/v1/review/verification', headers: analyst.headers });
  assert.equal(own.statusCode, 200, own.body);
  assert.deepEqual(own.json().items, []);
  const refused = await verify(analyst, items.agreed!, { verdict: 'csam_a1' });
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.code, 'REVIEW_OWN_VERDICT');

  const queue = await t.app.inject({ method: 'GET', url: '/api/v1/review/verification', headers: verifier.headers });
  assert.equal(queue.statusCode, 200, queue.body);
  assert.deepEqual(
    queue.json().items.map((i: { sha256: string }) => i.sha256),
    [m.agreed!.sha256, m.disputed!.sha256, m.rejected!.sha256],
  );
  assert.equal(queue.json().items[0].verificationsNeeded, 1);
  // Blind: nothing of the first verdict, its labels or who gave it.
  assert.doesNotMatch(queue.body, /csam|sextortion|prepubescent|pubescent|verdict/);
  assert.doesNotMatch(queue.body, new RegExp(await userIdOf(t.ctx, analyst.email)));
  // A verifier verifies; first verdicts are for analysts.
  const firstByVerifier = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/verdicts',
    headers: verifier.headers,
    payload: { verdicts: [{ sha256: m.agreed!.sha256, verdict: 'not_csam' }] },
  });
  assert.equal(firstByVerifier.statusCode, 403);
});

test('a second analyst agreeing confirms: the media is known, never shown again, notices follow', async () => {
  const response = await verify(verifier, items.agreed!, { verdict: 'csam_a1' });
  assert.equal(response.statusCode, 200, response.body);
  assert.deepEqual(response.json(), { itemId: items.agreed, outcome: 'confirmed', state: 'confirmed' });
  assert.deepEqual(
    (await entriesOf(m.agreed!.sha256)).map((e) => e.status),
    ['confirmed'],
  );
  assert.equal(await mediaState(m.agreed!.sha256), 'known');
  const preview = await t.app.inject({
    method: 'GET',
    url: `/api/v1/media/${m.agreed!.sha256}/preview`,
    headers: verifier.headers,
  });
  assert.equal(preview.json().error.code, 'REVIEW_MEDIA_CLASSIFIED');
  const detections = await t.ctx.db
    .selectFrom('detection')
    .select(['notice_state', 'page_url'])
    .where('sha256', '=', m.agreed!.sha256)
    .execute();
  assert.deepEqual(detections, [{ notice_state: 'notice_pending', page_url: page }]);
  const again = await verify(verifier, items.agreed!, { verdict: 'csam_a1' });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'REVIEW_ITEM_CLOSED');
});

test('disagreement goes to a supervisor, who sees every opinion and settles', async () => {
  const disputed = await verify(verifier, items.disputed!, { verdict: 'not_csam' });
  assert.equal(disputed.json().outcome, 'disputed', disputed.body);
  // Another tier of the scale is a disagreement too.
  const otherTier = await verify(verifier, items.rejected!, { verdict: 'csam_a1' });
  assert.equal(otherTier.json().outcome, 'disputed', otherTier.body);
  assert.deepEqual(
    (await entriesOf(m.disputed!.sha256)).map((e) => e.status),
    ['disputed'],
  );
  assert.equal(await mediaState(m.disputed!.sha256), 'unknown');

  const forAnalyst = await t.app.inject({ method: 'GET', url: '/api/v1/review/disputes', headers: analyst.headers });
  assert.equal(forAnalyst.statusCode, 403);
  const queue = await t.app.inject({ method: 'GET', url: '/api/v1/review/disputes', headers: supervisor.headers });
  assert.equal(queue.statusCode, 200, queue.body);
  const first = queue.json().items.find((i: { itemId: string }) => i.itemId === items.disputed);
  assert.deepEqual(
    first.opinions.map((o: { stage: string; verdict: string }) => [o.stage, o.verdict]),
    [
      ['first', 'csam_b2'],
      ['verification', 'not_csam'],
    ],
  );
  assert.equal(first.opinions[0].labels.origin, 'sextortion');

  const settle = (item: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/review/disputes/${item}`, headers: supervisor.headers, payload });
  const settled = await settle(items.disputed!, { verdict: 'csam_b2' });
  assert.equal(settled.statusCode, 200, settled.body);
  assert.equal(settled.json().state, 'settled');
  const [entry] = await entriesOf(m.disputed!.sha256);
  assert.equal(entry!.status, 'confirmed');
  assert.equal(entry!.age_band, 'pubescent');
  assert.equal(entry!.activity, 'sexual_posing');
  assert.equal(await mediaState(m.disputed!.sha256), 'known');

  const rejected = await settle(items.rejected!, { verdict: 'not_csam' });
  assert.equal(rejected.json().state, 'rejected', rejected.body);
  const [gone] = await entriesOf(m.rejected!.sha256);
  assert.ok(gone!.withdrawn_at, 'the entry is withdrawn');
  assert.equal(await mediaState(m.rejected!.sha256), 'unknown');
  const twice = await settle(items.rejected!, { verdict: 'csam_a2' });
  assert.equal(twice.json().error.code, 'REVIEW_ITEM_CLOSED');
});

test('a verified verdict can no longer be undone', async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/verdicts/undo',
    headers: analyst.headers,
    payload: {},
  });
  assert.equal(response.statusCode, 409, response.body);
  assert.equal(response.json().error.code, 'REVIEW_UNDO_TOO_LATE');
});

test('the database itself refuses a verification by the first analyst', async () => {
  const item = await t.ctx.db
    .selectFrom('review_item')
    .select(['id', 'sha256', 'first_reviewer_id'])
    .where('id', '=', Number(items.agreed))
    .executeTakeFirstOrThrow();
  await assert.rejects(
    t.ctx.db
      .insertInto('review_decision')
      .values({
        sha256: item.sha256,
        reviewer_id: item.first_reviewer_id,
        stage: 'verification',
        item_id: item.id,
        first_reviewer_id: item.first_reviewer_id,
        verdict: 'csam_a1',
        age_band: null,
        activity: null,
        origin: null,
        victim_identified: null,
        decided_at: new Date(),
      })
      .execute(),
    /review_decision_not_own_check/,
  );
});

test('a bank that wants three analysts confirms only at the third concurring one', async () => {
  await t.ctx.hashbank.updateBank('ANALYST_REVIEW', { requiredAssessments: 3 }, cliActor);
  const media = await plantMedia(t.ctx, await checkerboard(24), { pageUrl: page });
  const given = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/verdicts',
    headers: analyst.headers,
    payload: { verdicts: [{ sha256: media.sha256, verdict: 'csam_b1' }] },
  });
  const itemId = given.json().results[0].itemId as string;
  const queued = await t.app.inject({ method: 'GET', url: '/api/v1/review/verification', headers: verifier.headers });
  const item = queued.json().items.find((i: { itemId: string }) => i.itemId === itemId);
  assert.equal(item.verificationsNeeded, 2);
  const second = await verify(verifier, itemId, { verdict: 'csam_b1' });
  assert.deepEqual(second.json(), { itemId, outcome: 'agreed', state: 'awaiting_verification' });
  assert.deepEqual(
    (await entriesOf(media.sha256)).map((e) => e.status),
    ['pending'],
  );
  assert.equal(await mediaState(media.sha256), 'unknown');
  const again = await verify(verifier, itemId, { verdict: 'csam_b1' });
  assert.equal(again.json().error.code, 'REVIEW_ALREADY_VERIFIED');
  const third = await verify(supervisor, itemId, { verdict: 'csam_b1' });
  assert.deepEqual(third.json(), { itemId, outcome: 'confirmed', state: 'confirmed' });
  assert.equal(await mediaState(media.sha256), 'known');
});
