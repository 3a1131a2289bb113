import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { seedReports, seedYear } from './statistics.test-helpers.ts';

// The figures on a known year (statistics.test-helpers.ts), counted by hand: five reports in
// January to March 2026, two referrals delivered and one failed, an analyst's notice request,
// three media, two bank entries with three assessments, three detections, two notices sent,
// three blocklist versions, three re-checked URLs. Then late events and repeated runs.

const now = new Date('2026-03-10T12:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
let supervisor: Record<string, string>;
let analyst: Record<string, string>;
const q1 = 'from=2026-01-01&to=2026-04-01';

const get = async (url: string, headers = supervisor) => {
  const answer = await t.app.inject({ url, headers });
  assert.equal(answer.statusCode, 200, answer.body);
  return answer.json();
};

before(async () => {
  t = await createTestApp({}, { now: () => now });
  const session = await createStaffSession(t.ctx, 'supervisor');
  supervisor = session.headers;
  analyst = (await createStaffSession(t.ctx, 'analyst')).headers;
  const staff = await t.ctx.db
    .selectFrom('staff_user')
    .select('id')
    .where('email', '=', session.email)
    .executeTakeFirstOrThrow();
  await seedYear(t.ctx.db, staff.id);
  await t.ctx.statistics.rollUp();
});
after(() => t.close());

test('reports per month, and by type over the year', async () => {
  const months = await get(`/api/v1/statistics/reports?${q1}`);
  assert.deepEqual(
    months.rows.map((r: Record<string, unknown>) => [r.period, r.reports, r.urls]),
    [
      ['2026-01-01', 2, 2],
      ['2026-02-01', 2, 2],
      ['2026-03-01', 1, 0],
    ],
  );
  const year = await get('/api/v1/statistics/reports?from=2026-01-01&to=2027-01-01&interval=year&by=type');
  assert.deepEqual(
    year.rows.map((r: Record<string, unknown>) => [r.type, r.reports]),
    [
      ['child_sexual_abuse_material', 3],
      ['luring', 1],
      ['non_consensual_intimate_images', 1],
    ],
  );
  const quebec = await get(`/api/v1/statistics/reports?${q1}&interval=year&region=QC&source=tipline`);
  assert.deepEqual(quebec.rows[0], {
    period: '2026-01-01',
    type: null,
    source: null,
    region: null,
    reports: 2,
    urls: 2,
  });
});

test('forwarding: the share forwarded, to whom, automatic or by an analyst; a failed referral does not count', async () => {
  const { rows } = await get(`/api/v1/statistics/forwarding?${q1}`);
  const row = (period: string, kind: string | null, origin: string | null) =>
    rows.find((r: Record<string, unknown>) => r.period === period && r.recipientKind === kind && r.origin === origin);
  assert.deepEqual(row('2026-01-01', null, null), {
    period: '2026-01-01',
    recipientKind: null,
    origin: null,
    received: 2,
    forwarded: 1,
    share: 0.5,
    forwards: 2,
  });
  assert.equal(row('2026-01-01', 'police', null).forwarded, 1);
  assert.equal(row('2026-01-01', 'child_welfare', 'analyst').forwarded, 1);
  assert.equal(row('2026-01-01', null, 'automatic').forwards, 1);
  assert.equal(row('2026-02-01', null, null).forwarded, 1, 'the notice request; the failed police referral not');
  assert.equal(row('2026-02-01', 'provider', 'analyst').forwards, 1);
  assert.equal(row('2026-02-01', 'police', null), undefined);
  assert.deepEqual([row('2026-03-01', null, null).received, row('2026-03-01', null, null).share], [1, 0]);
});

test('media, assessments and entries; detections; notices; the blocklist size carried over empty months', async () => {
  const media = await get(`/api/v1/statistics/media?${q1}`);
  assert.deepEqual(media.rows.slice(0, 2), [
    {
      period: '2026-01-01',
      seen: 2,
      known: 1,
      assessments: 2,
      concurring: 2,
      disputing: 0,
      entriesAdded: 1,
      entriesConfirmed: 1,
    },
    {
      period: '2026-02-01',
      seen: 1,
      known: 0,
      assessments: 1,
      concurring: 0,
      disputing: 1,
      entriesAdded: 1,
      entriesConfirmed: 0,
    },
  ]);
  const videos = await get(`/api/v1/statistics/media?${q1}&kind=video&interval=year`);
  assert.equal(videos.rows[0].seen, 1);
  const detections = await get(`/api/v1/statistics/detections?${q1}`);
  assert.deepEqual(detections.rows.slice(0, 2), [
    { period: '2026-01-01', detections: 2, byCapture: 1, byCrawl: 1, noticeable: 2 },
    { period: '2026-02-01', detections: 1, byCapture: 0, byCrawl: 1, noticeable: 0 },
  ]);
  const notices = await get(`/api/v1/statistics/notices?${q1}`);
  assert.deepEqual(notices.rows, [
    { period: '2026-01-01', sent: 1, urls: 2, acknowledged: 1, contested: 0 },
    { period: '2026-02-01', sent: 1, urls: 1, acknowledged: 0, contested: 0 },
    { period: '2026-03-01', sent: 0, urls: 0, acknowledged: 0, contested: 0 },
  ]);
  const blocklist = await get(`/api/v1/statistics/blocklist?${q1}`);
  assert.deepEqual(
    blocklist.rows.map((r: Record<string, unknown>) => [r.period, r.versions, r.entries, r.added, r.removed]),
    [
      ['2026-01-01', 2, 5, 5, 0],
      ['2026-02-01', 0, 5, 0, 0],
      ['2026-03-01', 1, 4, 0, 1],
    ],
  );
});

test('time to removal per month, overall and by provider (10 h and 30 h after the notice)', async () => {
  const { rows } = await get(`/api/v1/statistics/removal?${q1}`);
  const january = rows.find(
    (r: Record<string, unknown>) => r.period === '2026-01-01' && r.provider === null && r.country === null,
  );
  assert.deepEqual(
    [january.urls, january.removed, january.fromNoticeMedian, january.fromNoticeP90],
    [2, 2, 72_000, 100_800],
  );
  const beta = await get(`/api/v1/statistics/removal?${q1}&provider=beta`);
  assert.deepEqual(
    beta.rows.map((r: Record<string, unknown>) => [r.period, r.urls, r.removed, r.fromNoticeMedian]),
    [['2026-02-01', 1, 0, null]],
  );
});

test('CSV by ?format=csv and by Accept; supervisors only', async () => {
  const csv = await t.app.inject({ url: `/api/v1/statistics/reports?${q1}&format=csv`, headers: supervisor });
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(
    csv.body,
    'period,type,source,region,reports,urls\r\n2026-01-01,,,,2,2\r\n2026-02-01,,,,2,2\r\n2026-03-01,,,,1,0\r\n',
  );
  const accepted = await t.app.inject({
    url: `/api/v1/statistics/notices?${q1}`,
    headers: { ...supervisor, accept: 'text/csv' },
  });
  assert.match(accepted.body, /^period,sent,urls,acknowledged,contested\r\n2026-01-01,1,2,1,0\r\n/);
  const unpublished = await t.app.inject({ url: '/statistics' });
  assert.equal(unpublished.statusCode, 404, 'no public page when nothing is published');
  const refused = await t.app.inject({ url: `/api/v1/statistics/reports?${q1}`, headers: analyst });
  assert.equal(refused.statusCode, 403);
  const backwards = await t.app.inject({
    url: '/api/v1/statistics/reports?from=2026-03-01&to=2026-01-01',
    headers: supervisor,
  });
  assert.equal(backwards.json().error.code, 'STATISTICS_PERIOD_INVALID');
});

test('the annual numbers, in JSON and CSV', async () => {
  const annual = await get('/api/v1/statistics/annual?year=2026');
  const value = (section: string, measure: string, key = '') =>
    annual.figures.find((f: Record<string, unknown>) => f.section === section && f.measure === measure && f.key === key)
      ?.value;
  assert.equal(value('reports', 'reports'), 5);
  assert.equal(value('reports', 'reports', 'source:tipline'), 3);
  assert.equal(value('forwarding', 'forwarded', 'anyone:any'), 2);
  assert.equal(value('forwarding', 'share', 'anyone:any'), 0.4);
  assert.equal(value('media', 'seen'), 3);
  assert.equal(value('notices', 'sent'), 2);
  assert.equal(value('removal', 'removed'), 2);
  assert.equal(value('removal', 'fromNotice.median'), 72_000);
  assert.equal(value('blocklist', 'entries'), 4);
  const csv = await t.app.inject({ url: '/api/v1/statistics/annual?year=2026&format=csv', headers: supervisor });
  assert.match(csv.body, /^section,measure,key,value\r\nreports,reports,,5\r\nreports,urls,,4\r\n/);
});

test('the roll-up run twice writes the same rows; late events are counted at the next run', async () => {
  const snapshot = async () =>
    t.ctx.db.selectFrom('statistics_day').selectAll().orderBy(['measure', 'day', 'k1', 'k2', 'k3']).execute();
  const before = await snapshot();
  const again = await t.ctx.statistics.rollUp();
  assert.equal(again.rebuilt, false);
  assert.equal(again.from, '2026-03-03', 'the last rolled-up day minus the 7 recomputed');
  assert.deepEqual(await snapshot(), before);
  // A phone report taken down today for 5 March (inside the window), one for 10 January (outside
  // it), and February's beta URL found removed.
  await seedReports(t.ctx.db, [
    { n: 6, at: '2026-03-05T10:00:00Z', type: 'luring', source: 'phone', region: 'QC', urls: 1 },
    { n: 7, at: '2026-01-10T10:00:00Z', type: 'luring', source: 'email', region: 'QC', urls: 0 },
  ]);
  await t.ctx.db
    .updateTable('recheck')
    .set({ state: 'removed', removed_at: new Date('2026-02-06T02:00:00Z'), last_checked_at: now })
    .where('provider_key', '=', 'beta')
    .execute();
  await t.ctx.statistics.rollUp();
  const months = await get(`/api/v1/statistics/reports?${q1}`);
  assert.deepEqual(
    months.rows.map((r: Record<string, unknown>) => r.reports),
    [2, 2, 2],
    'March has the late report; January not yet',
  );
  const removal = await get(`/api/v1/statistics/removal?${q1}&provider=beta`);
  assert.deepEqual([removal.rows[0].removed, removal.rows[0].fromNoticeMedian], [1, 86_400]);
  // The year's cohort too: removals 10 h, 24 h, 30 h after their notices, median 24 h.
  const annual = await get('/api/v1/statistics/annual?year=2026');
  const removalOf = (measure: string) =>
    annual.figures.find(
      (f: Record<string, unknown>) => f.section === 'removal' && f.measure === measure && f.key === '',
    ).value;
  assert.deepEqual([removalOf('removed'), removalOf('fromNotice.median')], [3, 86_400]);
  // A correction older than the window: the job, through the queue, asked to recompute from that day.
  await t.ctx.enqueue(t.ctx.db, 'statistics.roll-up', { since: '2026-01-01' });
  await t.drain();
  const corrected = await get(`/api/v1/statistics/reports?${q1}`);
  assert.deepEqual(
    corrected.rows.map((r: Record<string, unknown>) => r.reports),
    [3, 2, 2],
  );
});
