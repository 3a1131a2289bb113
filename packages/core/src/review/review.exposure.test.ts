import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { checkerboard, plantMedia, userIdOf, type PlantedMedia } from './review.test-helpers.ts';

// Exposure limits, on a fake clock: time in review counted per analyst per UTC day (at most a
// minute between two beats, nothing across a session timeout), a break suggested at the soft
// limit, imposed at the hard limit (media refused until it is over), review stopped at the daily
// limit until the next day; "stop now" ends the open reveal and the session at once; supervisors
// see the team's figures, never a media.

let clock = new Date('2026-12-07T08:00:00.000Z');
const advance = (seconds: number) => void (clock = new Date(clock.getTime() + seconds * 1000));
let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let second: StaffSession;
let supervisor: StaffSession;
let media: PlantedMedia;

before(async () => {
  t = await createTestApp(
    {
      VIGIE_REVIEW_SOFT_LIMIT_MINUTES: '2',
      VIGIE_REVIEW_HARD_LIMIT_MINUTES: '3',
      VIGIE_REVIEW_BREAK_MINUTES: '5',
      VIGIE_REVIEW_DAILY_LIMIT_MINUTES: '5',
      VIGIE_REVIEW_SESSION_TIMEOUT_MINUTES: '2',
    },
    { now: () => new Date(clock) },
  );
  analyst = await createStaffSession(t.ctx, 'analyst');
  second = await createStaffSession(t.ctx, 'analyst');
  supervisor = await createStaffSession(t.ctx, 'supervisor');
  media = await plantMedia(t.ctx, await checkerboard(5, 64), { pageUrl: 'http://exposure.example.test/' });
});
after(() => t.close());

const beat = async (who: StaffSession) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/exposure/heartbeat',
    headers: who.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
};
const preview = (who: StaffSession) =>
  t.app.inject({ method: 'GET', url: `/api/v1/media/${media.sha256}/preview`, headers: who.headers });

test('review time is counted, a break suggested, then imposed, then over', async () => {
  assert.equal((await beat(analyst)).reviewSeconds, 0);
  advance(60);
  const one = await beat(analyst);
  assert.equal(one.reviewSeconds, 60);
  assert.equal(one.state, 'ok');
  assert.equal(one.sessionActive, true);
  // A gap longer than a minute counts as a minute (the console beats while media are on screen).
  advance(100);
  const two = await beat(analyst);
  assert.equal(two.reviewSeconds, 120);
  assert.equal(two.state, 'break_suggested');
  assert.equal((await preview(analyst)).statusCode, 200, 'a suggested break does not block');

  advance(60);
  const three = await beat(analyst);
  assert.equal(three.state, 'break_required');
  assert.equal(three.breakUntil, new Date(clock.getTime() + 5 * 60_000).toISOString());
  const refused = await preview(analyst);
  assert.equal(refused.statusCode, 423);
  assert.equal(refused.json().error.code, 'REVIEW_BREAK_REQUIRED');
  assert.equal(refused.headers['retry-after'], '300');
  const batch = await t.app.inject({
    method: 'GET',
    url: '/api/v1/review/batch?source=queue',
    headers: analyst.headers,
  });
  assert.equal(batch.json().error.code, 'REVIEW_BREAK_REQUIRED');
  // Nothing is counted during the break, and the other analyst is not blocked.
  advance(60);
  assert.equal((await beat(analyst)).reviewSeconds, 180);
  assert.equal((await preview(second)).statusCode, 200);

  advance(4 * 60);
  assert.equal((await preview(analyst)).statusCode, 200, 'the break is over');
  const after = await beat(analyst);
  assert.equal(after.state, 'ok');
  assert.equal(after.sinceBreakSeconds, 0);
  assert.equal(after.reviewSeconds, 180);
});

test('the daily limit stops review until the next UTC day', async () => {
  advance(60);
  await beat(analyst);
  advance(60);
  const limit = await beat(analyst);
  assert.equal(limit.exposureSeconds, 300);
  assert.equal(limit.state, 'daily_limit');
  const refused = await preview(analyst);
  assert.equal(refused.statusCode, 423);
  assert.equal(refused.json().error.code, 'REVIEW_DAILY_LIMIT');

  // The next morning (the sign-in session is long gone: the service is asked directly).
  const userId = await userIdOf(t.ctx, analyst.email);
  const saved = clock;
  clock = new Date('2026-12-08T08:00:00.000Z');
  try {
    const tomorrow = await t.ctx.review.exposure.admit(userId);
    assert.equal(tomorrow.day, '2026-12-08');
    assert.equal(tomorrow.state, 'ok');
    assert.equal(tomorrow.exposureSeconds, 0);
  } finally {
    clock = saved;
  }
});

test('a session times out: time across the gap is not counted', async () => {
  await beat(second);
  advance(3 * 60);
  const status = await t.app.inject({ method: 'GET', url: '/api/v1/review/exposure', headers: second.headers });
  assert.equal(status.json().sessionActive, false);
  const before = status.json().reviewSeconds;
  assert.equal((await beat(second)).reviewSeconds, before);
});

test('"stop now" ends the open reveal and the session, and counts the reveal', async () => {
  await beat(second);
  const reveal = await t.app.inject({
    method: 'POST',
    url: `/api/v1/media/${media.sha256}/reveal`,
    headers: second.headers,
  });
  assert.equal(reveal.statusCode, 201, reveal.body);
  advance(30);
  const stop = await t.app.inject({ method: 'POST', url: '/api/v1/review/exposure/stop', headers: second.headers });
  assert.equal(stop.statusCode, 200, stop.body);
  assert.equal(stop.json().revealSeconds, 30);
  assert.equal(stop.json().sessionActive, false);
  const open = await t.ctx.db
    .selectFrom('review_reveal')
    .select(['ended_at', 'duration_ms'])
    .where('id', '=', reveal.json().revealId)
    .executeTakeFirstOrThrow();
  assert.equal(open.duration_ms, 30_000);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action'])
    .where('actor_id', '=', await userIdOf(t.ctx, second.email))
    .where('action', 'in', ['review.stopped', 'review.reveal-ended'])
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.action),
    ['review.reveal-ended', 'review.stopped'],
  );
});

test('supervisors see the team figures, never a media; analysts do not', async () => {
  const response = await t.app.inject({
    method: 'GET',
    url: '/api/v1/review/exposure/team',
    headers: supervisor.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  const team = response.json();
  assert.equal(team.day, '2026-12-07');
  const mine = team.analysts.find((a: { email: string }) => a.email === analyst.email);
  assert.equal(mine.reviewSeconds, 300);
  assert.equal(mine.breaks, 1);
  assert.equal(mine.state, 'daily_limit');
  const theirs = team.analysts.find((a: { email: string }) => a.email === second.email);
  assert.equal(theirs.stops, 1);
  assert.equal(theirs.reveals, 1);
  assert.equal(team.totals.analysts, 2);
  assert.doesNotMatch(response.body, new RegExp(media.sha256));
  const refused = await t.app.inject({ method: 'GET', url: '/api/v1/review/exposure/team', headers: analyst.headers });
  assert.equal(refused.statusCode, 403);
});

test('a beat that reaches the server behind a later one (or from a clock a little behind) counts nothing negative', async () => {
  const late = await createStaffSession(t.ctx, 'analyst');
  await beat(late);
  advance(30);
  assert.equal((await beat(late)).reviewSeconds, 30);
  advance(-20);
  assert.equal((await beat(late)).reviewSeconds, 30);
  advance(40);
  assert.equal((await beat(late)).reviewSeconds, 50);
});
