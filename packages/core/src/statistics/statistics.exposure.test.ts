import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { seedExposure } from './statistics.test-helpers.ts';

// The review team's exposure totals on known days, summed by hand: two analysts, four days.
// January: 600.5 s + 1,200 s + 300 s of review (2,100 s once the half second is dropped),
// 60 s + 30 s revealed, 3 + 2 reveals, 1 break, 2 stops, two analysts. February: one analyst,
// 900 s, 90 s, 5 reveals, 2 breaks, 1 stop. Over the quarter the two analysts count once each.

const now = new Date('2026-03-10T12:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
let supervisor: Record<string, string>;
const emails = ['exposure-a@example.org', 'exposure-b@example.org'];

const get = async (url: string) => {
  const answer = await t.app.inject({ url, headers: supervisor });
  assert.equal(answer.statusCode, 200, answer.body);
  return answer;
};
const idOf = async (email: string) =>
  (await t.ctx.db.selectFrom('staff_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

before(async () => {
  t = await createTestApp({}, { now: () => now });
  supervisor = (await createStaffSession(t.ctx, 'supervisor')).headers;
  for (const email of emails) await createStaffSession(t.ctx, 'analyst', email);
  const [a, b] = [await idOf(emails[0]!), await idOf(emails[1]!)];
  const day = { reveals: 0, breaks: 0, stops: 0 };
  await seedExposure(t.ctx.db, [
    { ...day, userId: a, day: '2026-01-05', reviewMs: 600_500, revealMs: 60_000, reveals: 3, breaks: 1, stops: 1 },
    { ...day, userId: a, day: '2026-01-20', reviewMs: 1_200_000, revealMs: 0, stops: 1 },
    { ...day, userId: b, day: '2026-01-20', reviewMs: 300_000, revealMs: 30_000, reveals: 2 },
    { ...day, userId: b, day: '2026-02-10', reviewMs: 900_000, revealMs: 90_000, reveals: 5, breaks: 2, stops: 1 },
    // outside the period asked
    { ...day, userId: a, day: '2026-04-01', reviewMs: 50_000, revealMs: 0 },
  ]);
});
after(() => t.close());

test('exposure per month: team totals, empty months as zeros, no analyst named', async () => {
  const answer = (await get('/api/v1/statistics/exposure?from=2026-01-01&to=2026-04-01')).json();
  assert.equal(answer.timeZone, 'UTC');
  assert.deepEqual(answer.rows, [
    {
      period: '2026-01-01',
      analysts: 2,
      reviewSeconds: 2100,
      revealSeconds: 90,
      exposureSeconds: 2190,
      reveals: 5,
      breaks: 1,
      stops: 2,
    },
    {
      period: '2026-02-01',
      analysts: 1,
      reviewSeconds: 900,
      revealSeconds: 90,
      exposureSeconds: 990,
      reveals: 5,
      breaks: 2,
      stops: 1,
    },
    {
      period: '2026-03-01',
      analysts: 0,
      reviewSeconds: 0,
      revealSeconds: 0,
      exposureSeconds: 0,
      reveals: 0,
      breaks: 0,
      stops: 0,
    },
  ]);
  assert.doesNotMatch(JSON.stringify(answer), /exposure-a|exposure-b/);
});

test('over the quarter each analyst counts once; CSV the same way; in the annual numbers', async () => {
  const quarter = (await get('/api/v1/statistics/exposure?from=2026-01-01&to=2026-04-01&interval=year')).json();
  assert.deepEqual(quarter.rows[0], {
    period: '2026-01-01',
    analysts: 2,
    reviewSeconds: 3000,
    revealSeconds: 180,
    exposureSeconds: 3180,
    reveals: 10,
    breaks: 3,
    stops: 3,
  });
  const csv = await get('/api/v1/statistics/exposure?from=2026-01-01&to=2026-03-01&format=csv');
  assert.match(csv.headers['content-type'] as string, /^text\/csv/);
  assert.match(csv.headers['content-disposition'] as string, /vigie-statistics-exposure\.csv/);
  assert.equal(
    csv.body,
    'period,analysts,reviewSeconds,revealSeconds,exposureSeconds,reveals,breaks,stops\r\n' +
      '2026-01-01,2,2100,90,2190,5,1,2\r\n2026-02-01,1,900,90,990,5,2,1\r\n',
  );
  const annual = (await get('/api/v1/statistics/annual?year=2026')).json();
  const exposure = annual.figures.filter((f: { section: string }) => f.section === 'exposure');
  const value = (measure: string) => exposure.find((f: { measure: string }) => f.measure === measure)?.value;
  assert.equal(value('analysts'), 2);
  assert.equal(value('reviewSeconds'), 3050);
  assert.equal(value('reveals'), 10);
});
