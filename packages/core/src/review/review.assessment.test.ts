import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { checkerboard, plantMedia, type PlantedMedia } from './review.test-helpers.ts';

// Rapid assessment: a grid of the crawler's queue (by priority, a near-duplicate group as one
// item, held for the analyst it was served to), verdicts by key for many media at once (a group
// decided once; a refused verdict does not stop the others), each csam verdict a pending entry
// per media in the review bank with its labels and uses, and undo of the latest verdicts.

let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let other: StaffSession;
const m: Record<string, PlantedMedia> = {};
const queuePage = 'http://queue.example.test/page/';
const grid = (who: StaffSession, query = 'source=queue&limit=10') =>
  t.app.inject({ method: 'GET', url: `/api/v1/review/batch?${query}`, headers: who.headers });
const submit = (who: StaffSession, verdicts: unknown[]) =>
  t.app.inject({ method: 'POST', url: '/api/v1/review/verdicts', headers: who.headers, payload: { verdicts } });
const undo = (who: StaffSession, count?: number) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/review/verdicts/undo',
    headers: who.headers,
    payload: count === undefined ? {} : { count },
  });
const queueState = async (sha256: string) =>
  (
    await t.ctx.db
      .selectFrom('classification_item')
      .select('state')
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow()
  ).state;

const pdqOf = async (sha256: string) =>
  (await t.ctx.db.selectFrom('media').select('pdq').where('sha256', '=', sha256).executeTakeFirstOrThrow()).pdq;

before(async () => {
  t = await createTestApp();
  analyst = await createStaffSession(t.ctx, 'analyst');
  other = await createStaffSession(t.ctx, 'analyst');
  const head = await checkerboard(11);
  m.head = await plantMedia(t.ctx, head, { pageUrl: queuePage, priority: 9 });
  // The same picture re-encoded: other bytes, the same perceptual hash (the crawler grouped it).
  m.copy = await plantMedia(t.ctx, await sharp(head).png({ compressionLevel: 1 }).toBuffer(), {
    pageUrl: queuePage,
    groupOf: m.head.sha256,
  });
  m.b = await plantMedia(t.ctx, await checkerboard(12), { pageUrl: queuePage, priority: 5 });
  m.c = await plantMedia(t.ctx, await checkerboard(13), { pageUrl: queuePage, priority: 3 });
  m.d = await plantMedia(t.ctx, await checkerboard(14), { pageUrl: queuePage, priority: 1 });
  m.later = await plantMedia(t.ctx, await checkerboard(15), { pageUrl: 'http://later.example.test/', priority: 0 });
});
after(() => t.close());

test('a grid of the queue: by priority, a group as one item, held for its analyst', async () => {
  const response = await grid(analyst, 'source=queue&limit=4');
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json();
  assert.deepEqual(
    body.items.map((i: { sha256: string }) => i.sha256),
    [m.head!.sha256, m.b!.sha256, m.c!.sha256, m.d!.sha256],
  );
  assert.equal(body.items[0].members, 2);
  assert.equal(body.items[0].status, 'reviewable');
  assert.ok(body.claimedUntil);
  const theirs = (await grid(other)).json();
  assert.deepEqual(
    theirs.items.map((i: { sha256: string }) => i.sha256),
    [m.later!.sha256],
    'another analyst is not served what the first one holds',
  );
});

test('verdicts by key: a group decided once, into the review bank as pending entries', async () => {
  const response = await submit(analyst, [
    { sha256: m.head!.sha256, verdict: 'csam_a1', labels: { origin: 'self_generated' }, victimIdentified: false },
    { sha256: m.b!.sha256, verdict: 'not_csam' },
    { sha256: m.c!.sha256, verdict: 'csam_a2', labels: { activity: 'penetrative_sexual_activity' } },
    { sha256: m.d!.sha256, verdict: 'unsure' },
  ]);
  assert.equal(response.statusCode, 200, response.body);
  const [head, b, c, d] = response.json().results;
  assert.equal(head.error, null, JSON.stringify(head));
  assert.equal(head.members, 2);
  assert.ok(head.itemId);
  assert.equal(b.error, null);
  assert.equal(b.itemId, null);
  assert.equal(c.error.code, 'REVIEW_LABELS_INVALID', 'a posing tier with a sexual act is refused');
  assert.equal(d.error, null);

  const entries = await t.ctx.db
    .selectFrom('bank_entry as e')
    .innerJoin('hash_bank as k', 'k.id', 'e.bank_id')
    .select([
      'k.name',
      'e.sha256',
      'e.pdq',
      'e.status',
      'e.age_band',
      'e.activity',
      'e.origin',
      'e.victim_identified',
      'e.uses',
    ])
    .orderBy('e.id')
    .execute();
  assert.deepEqual(new Set(entries.map((e) => e.sha256)), new Set([m.head!.sha256, m.copy!.sha256]));
  // The copy shares the head's PDQ, which the bank holds once: the copy is banked by its digests.
  assert.ok(await pdqOf(m.head!.sha256));
  assert.equal(await pdqOf(m.copy!.sha256), await pdqOf(m.head!.sha256));
  assert.equal(entries.find((e) => e.sha256 === m.head!.sha256)?.pdq, (await pdqOf(m.head!.sha256)) ?? undefined);
  assert.equal(entries.find((e) => e.sha256 === m.copy!.sha256)?.pdq, null);
  for (const e of entries) {
    assert.equal(e.name, 'ANALYST_REVIEW');
    assert.equal(e.status, 'pending');
    assert.equal(e.age_band, 'prepubescent');
    assert.equal(e.activity, 'non_penetrative_sexual_activity');
    assert.equal(e.origin, 'self_generated');
    assert.equal(e.victim_identified, false);
    assert.deepEqual([...e.uses].sort(), ['forensics', 'notice_and_takedown', 'victim_identification']);
  }
  assert.equal(await queueState(m.head!.sha256), 'decided');
  assert.equal(await queueState(m.copy!.sha256), 'decided');
  assert.equal(await queueState(m.b!.sha256), 'decided');
  assert.equal(await queueState(m.c!.sha256), 'queued');
  assert.equal(await queueState(m.d!.sha256), 'queued', 'unsure leaves it for someone else');

  const again = (await submit(other, [{ sha256: m.head!.sha256, verdict: 'not_csam' }])).json().results[0];
  assert.equal(again.error.code, 'REVIEW_ALREADY_DECIDED');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('subject_id')
    .where('action', '=', 'review.verdict-given')
    .execute();
  assert.equal(audited.length, 3);
  // The unsure media goes to the other analyst, not back to the one who was unsure.
  assert.ok(
    (await grid(other)).json().items.some((i: { sha256: string }) => i.sha256 === m.d!.sha256),
    'served to another analyst',
  );
  assert.ok(!(await grid(analyst)).json().items.some((i: { sha256: string }) => i.sha256 === m.d!.sha256));
});

test('undo: the latest verdict goes, its entries withdrawn, the queue as it was', async () => {
  const given = (await submit(analyst, [{ sha256: m.c!.sha256, verdict: 'csam_b2' }])).json().results[0];
  assert.equal(given.error, null, JSON.stringify(given));
  const response = await undo(analyst);
  assert.equal(response.statusCode, 200, response.body);
  assert.deepEqual(
    response.json().undone.map((u: { sha256: string; verdict: string }) => [u.sha256, u.verdict]),
    [[m.c!.sha256, 'csam_b2']],
  );
  const entry = await t.ctx.db
    .selectFrom('bank_entry')
    .select(['withdrawn_at'])
    .where('sha256', '=', m.c!.sha256)
    .executeTakeFirstOrThrow();
  assert.ok(entry.withdrawn_at, 'withdrawn');
  assert.equal(await queueState(m.c!.sha256), 'queued');
  const item = await t.ctx.db
    .selectFrom('review_item')
    .select('state')
    .where('id', '=', given.itemId)
    .executeTakeFirstOrThrow();
  assert.equal(item.state, 'undone');
  // Decided again, differently: the media is free for a new verdict.
  const redo = (await submit(analyst, [{ sha256: m.c!.sha256, verdict: 'csam_b1' }])).json().results[0];
  assert.equal(redo.error, null, JSON.stringify(redo));
  // Undo of two: the csam_b1 and, before it, the not_csam of the first grid.
  const two = (await undo(analyst, 2)).json().undone;
  assert.deepEqual(
    two.map((u: { verdict: string }) => u.verdict),
    ['csam_b1', 'unsure'],
  );
  const three = (await undo(analyst, 1)).json().undone;
  assert.deepEqual(
    three.map((u: { verdict: string }) => u.verdict),
    ['not_csam'],
  );
  assert.equal(await queueState(m.b!.sha256), 'queued');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('seq')
    .where('action', '=', 'review.verdict-undone')
    .execute();
  assert.equal(audited.length, 4);
});

test('grids of a page: known media shown as its classification only', async () => {
  const page = 'http://page.example.test/article/';
  const known = await plantMedia(t.ctx, await checkerboard(16), { pageUrl: page, queued: false });
  const fresh = await plantMedia(t.ctx, await checkerboard(17), { pageUrl: page, queued: false });
  const bank = await t.ctx.hashbank.createBank('PARTNER', {}, cliActor);
  const [entryId] = await t.ctx.hashbank.addEntries(
    [
      {
        bankId: bank.id,
        signals: { sha256: known.sha256 },
        labels: { ageBand: 'pubescent', activity: 'sexual_posing' },
      },
    ],
    cliActor,
    { action: 'test.bank-filled' },
  );
  await t.ctx.db
    .updateTable('media')
    .set({
      state: 'known',
      entry_id: String(entryId),
      bank_id: bank.id,
      age_band: 'pubescent',
      activity: 'sexual_posing',
    })
    .where('sha256', '=', known.sha256)
    .execute();
  const response = await grid(analyst, `source=page&pageUrl=${encodeURIComponent(page)}`);
  assert.equal(response.statusCode, 200, response.body);
  const items = new Map(response.json().items.map((i: { sha256: string }) => [i.sha256, i]));
  const k = items.get(known.sha256) as { status: string; classification: { categories: Record<string, string> } };
  assert.equal(k.status, 'classified');
  assert.equal(k.classification.categories.industry_a1b2, 'B2');
  assert.equal((items.get(fresh.sha256) as { status: string }).status, 'reviewable');
  const refused = (await submit(analyst, [{ sha256: known.sha256, verdict: 'not_csam' }])).json().results[0];
  assert.equal(refused.error.code, 'REVIEW_MEDIA_CLASSIFIED');
  const noSource = await grid(analyst, 'source=page');
  assert.equal(noSource.json().error.code, 'REVIEW_SOURCE_INVALID');
});

test('grids of early alerts (newest first) and of one capture', async () => {
  const older = await plantMedia(t.ctx, await checkerboard(18), { pageUrl: 'http://alert.example.test/' });
  const newer = await plantMedia(t.ctx, await checkerboard(19), { pageUrl: 'http://alert.example.test/' });
  const at = t.ctx.now();
  await t.ctx.db
    .insertInto('victim_alert')
    .values([
      { sha256: older.sha256, page_url: 'http://alert.example.test/', raised_at: new Date(at.getTime() - 60_000) },
      { sha256: newer.sha256, page_url: 'http://alert.example.test/', raised_at: at },
    ])
    .execute();
  const alerts = await grid(other, 'source=alerts');
  assert.equal(alerts.statusCode, 200, alerts.body);
  assert.deepEqual(
    alerts.json().items.map((i: { sha256: string }) => i.sha256),
    [newer.sha256, older.sha256],
  );
  assert.ok(alerts.json().claimedUntil);

  const capture = await t.ctx.db
    .insertInto('capture')
    .values({
      requested_url: 'http://capture.example.test/',
      hops: '[]',
      headers: '{}',
      started_at: at,
      fetched_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const found = await plantMedia(t.ctx, await checkerboard(20), {
    pageUrl: 'http://capture.example.test/',
    queued: false,
  });
  await t.ctx.db
    .insertInto('capture_media')
    .values([
      { capture_id: capture.id, url: 'http://capture.example.test/a.png', source: 'img', sha256: found.sha256 },
      {
        capture_id: capture.id,
        url: 'http://capture.example.test/b.png',
        source: 'img',
        sha256: null,
        error_code: 'X',
      },
    ])
    .execute();
  const captured = await grid(analyst, `source=capture&captureId=${capture.id}`);
  assert.equal(captured.statusCode, 200, captured.body);
  assert.deepEqual(
    captured.json().items.map((i: { sha256: string; status: string }) => [i.sha256, i.status]),
    [[found.sha256, 'reviewable']],
  );
  assert.equal(captured.json().claimedUntil, null);
});
