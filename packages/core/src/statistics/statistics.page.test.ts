import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { seedReports, seedYear } from './statistics.test-helpers.ts';

// The tipline's public page shows the published figures only (VIGIE_STATISTICS_PUBLIC), in
// English and French, as tables, month by month over the last twelve months, in the
// installation's time zone (Toronto: a report at 03:00 UTC on 1 February was made on 31 January).

const now = new Date('2026-03-10T12:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;

before(async () => {
  t = await createTestApp(
    { VIGIE_STATISTICS_PUBLIC: 'reports,removal', VIGIE_STATISTICS_TIME_ZONE: 'America/Toronto' },
    { now: () => now },
  );
  const session = await createStaffSession(t.ctx, 'supervisor');
  const staff = await t.ctx.db
    .selectFrom('staff_user')
    .select('id')
    .where('email', '=', session.email)
    .executeTakeFirstOrThrow();
  await seedYear(t.ctx.db, staff.id);
  await seedReports(t.ctx.db, [
    { n: 8, at: '2026-02-01T03:00:00Z', type: 'luring', source: 'tipline', region: 'ON', urls: 0 },
  ]);
  await t.ctx.statistics.rollUp();
});
after(() => t.close());

const rowOf = (body: string, month: string) =>
  body.match(new RegExp(`<tr><th scope="row">${month}</th>(.*?)</tr>`))?.[1];

test('the published figures, in English: reports per month and the removal times in hours', async () => {
  const page = await t.app.inject({ url: '/statistics?lang=en' });
  assert.equal(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, /^text\/html/);
  assert.match(page.body, /<h2 id="reports">Reports received<\/h2>/);
  const home = await t.app.inject({ url: '/?lang=en' });
  assert.ok(home.body.includes('<a href="/statistics?lang=en">Our figures</a>'), 'the footer links to it');
  assert.equal(rowOf(page.body, 'January 2026'), '<td>3</td><td>2</td>', "31 January's evening in Toronto included");
  assert.equal(rowOf(page.body, 'February 2026'), '<td>2</td><td>2</td>');
  assert.equal(rowOf(page.body, 'March 2025'), '<td>0</td><td>0</td>', 'a twelve-month table, empty months as zeros');
  // January's removals: 10 h and 30 h after the notice (median 20, 90th percentile 28).
  assert.match(page.body, /<h2 id="removal">/);
  assert.ok(page.body.includes('<tr><th scope="row">January 2026</th><td>2</td><td>20</td><td>28</td></tr>'));
  assert.doesNotMatch(page.body, /alpha|beta|forwarding|id="media"/, 'no provider, no unpublished figure');
});

test('in French', async () => {
  const page = await t.app.inject({ url: '/statistics', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } });
  assert.match(page.body, /<html lang="fr">/);
  assert.match(page.body, /Signalements reçus/);
  assert.equal(rowOf(page.body, 'janvier 2026'), '<td>3</td><td>2</td>');
});
