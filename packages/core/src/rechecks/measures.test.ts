import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createStaffSession, createTestApp } from '@vigie/testkit';

// Time to removal on known data: re-check rows written with chosen times, the measures compared
// with percentile_cont computed here by its definition (linear between the two nearest ranks),
// by the service, by the API and on /metrics.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-12-01T00:00:00Z');
const start = Date.parse('2026-11-10T00:00:00Z');
let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: Record<string, string>;
let metricsKey: string;

type Row = {
  provider: string | null;
  country: string | null;
  detectedAt: number;
  notifiedAfter?: number;
  removedAfter?: number;
};
const rows: Row[] = [
  // alpha (CA): notified an hour after detection, removed 10, 20, ..., 100 hours after the notice.
  ...Array.from({ length: 10 }, (_, i) => ({
    provider: 'alpha',
    country: 'CA',
    detectedAt: start + i * HOUR,
    notifiedAfter: HOUR,
    removedAfter: (i + 1) * 10 * HOUR,
  })),
  // beta (FR): two removed (2 hours and 30 days after the notice), two still there.
  { provider: 'beta', country: 'FR', detectedAt: start, notifiedAfter: 2 * HOUR, removedAfter: 2 * HOUR },
  { provider: 'beta', country: 'FR', detectedAt: start, notifiedAfter: 2 * HOUR, removedAfter: 30 * DAY },
  { provider: 'beta', country: 'FR', detectedAt: start + DAY, notifiedAfter: 2 * HOUR },
  { provider: 'beta', country: 'FR', detectedAt: start + DAY, notifiedAfter: 2 * HOUR },
  // Reported, never notified (no provider known), removed 5 hours after detection.
  { provider: null, country: null, detectedAt: start + 2 * DAY, removedAfter: 5 * HOUR },
  // Before the period: not in the cohort.
  { provider: 'alpha', country: 'CA', detectedAt: start - 40 * DAY, notifiedAfter: HOUR, removedAfter: HOUR },
];

/** percentile_cont(p): the value at rank p·(n−1), interpolated. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function expected(cohort: Row[]) {
  const removed = cohort.filter((r) => r.removedAfter !== undefined);
  const fromDetection = removed.map((r) => ((r.notifiedAfter ?? 0) + r.removedAfter!) / 1000);
  const fromNotice = removed.filter((r) => r.notifiedAfter !== undefined).map((r) => r.removedAfter! / 1000);
  const within = (limit: number) => removed.filter((r) => r.removedAfter! <= limit).length / cohort.length;
  const q = (values: number[]) => ({
    median: percentileCont(values, 0.5),
    p90: percentileCont(values, 0.9),
    p99: percentileCont(values, 0.99),
  });
  return {
    urls: cohort.length,
    notified: cohort.filter((r) => r.notifiedAfter !== undefined).length,
    removed: removed.length,
    fromDetection: q(fromDetection),
    fromNotice: q(fromNotice),
    removedWithin24h: within(DAY),
    removedWithin72h: within(3 * DAY),
    removedWithin28d: within(28 * DAY),
  };
}

const inPeriod = rows.filter((r) => r.detectedAt >= start - DAY);
const period = { from: new Date(start - DAY), to: now };

function assertClose(actual: Record<string, unknown>, wanted: Record<string, unknown>, where: string) {
  for (const [key, value] of Object.entries(wanted)) {
    const got = actual[key];
    if (value !== null && typeof value === 'object')
      assertClose(got as Record<string, unknown>, value as Record<string, unknown>, `${where}.${key}`);
    else if (typeof value === 'number')
      assert.ok(Math.abs((got as number) - value) < 1e-6, `${where}.${key}: ${String(got)} ≠ ${value}`);
    else assert.equal(got, value, `${where}.${key}`);
  }
}

before(async () => {
  t = await createTestApp({}, { now: () => now });
  await t.ctx.db
    .insertInto('recheck')
    .values(
      rows.map((r, i) => {
        const notified = r.notifiedAfter === undefined ? null : new Date(r.detectedAt + r.notifiedAfter);
        const removedFrom = notified?.getTime() ?? r.detectedAt;
        return {
          url: `https://host-${r.provider ?? 'unknown'}.example/${i}.jpg`,
          sha256: i.toString(16).padStart(64, '0'),
          provider_key: r.provider,
          country: r.country,
          state: r.removedAfter === undefined ? 'watching' : 'removed',
          first_detected_at: new Date(r.detectedAt),
          notified_at: notified,
          removed_at: r.removedAfter === undefined ? null : new Date(removedFrom + r.removedAfter),
          next_check_at: now,
          created_at: new Date(r.detectedAt),
        };
      }),
    )
    .execute();
  staff = (await createStaffSession(t.ctx, 'analyst')).headers;
  metricsKey = (await t.ctx.access.createApiKey({ organisation: 'Monitoring', scopes: ['metrics:read'] }, cliActor))
    .key;
});
after(async () => {
  await t.close();
});

test('overall, per provider and per country: the exact percentiles and shares of the known cohort', async () => {
  const measures = await t.ctx.rechecks.measures(period.from, period.to);
  assertClose(measures.overall, expected(inPeriod), 'overall');
  assert.deepEqual(
    measures.providers.map((p) => p.provider),
    ['alpha', 'beta'],
  );
  for (const p of measures.providers)
    assertClose(p, expected(inPeriod.filter((r) => r.provider === p.provider)), p.provider);
  for (const c of measures.countries)
    assertClose(c, expected(inPeriod.filter((r) => r.country === c.country)), c.country);
  // Spelled out once, so that a shared mistake in `expected` cannot hide: alpha's ten removals
  // after its notices are 10..100 hours, median 55 h, p90 91 h, p99 99.1 h.
  const alpha = measures.providers.find((p) => p.provider === 'alpha')!;
  const hours = [alpha.fromNotice.median, alpha.fromNotice.p90, alpha.fromNotice.p99].map((s) => (s ?? NaN) / 3600);
  [55, 91, 99.1].forEach((h, i) => assert.ok(Math.abs(hours[i]! - h) < 1e-9, `${hours[i]} h, not ${h} h`));
  assert.equal(measures.overall.removedWithin24h, 4 / 15, 'alpha 10 h and 20 h, beta 2 h, the reported one 5 h');
});

test('an empty period measures nothing, without percentiles', async () => {
  const measures = await t.ctx.rechecks.measures(new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
  assert.equal(measures.overall.urls, 0);
  assert.equal(measures.overall.fromNotice.median, null);
  assert.deepEqual([measures.providers, measures.countries], [[], []]);
});

test('the API answers the same measures; a backwards period is refused', async () => {
  const query = `from=${period.from.toISOString()}&to=${period.to.toISOString()}`;
  const answer = await t.app.inject({ url: `/api/v1/notices/measures?${query}`, headers: staff });
  assert.equal(answer.statusCode, 200);
  assert.deepEqual(answer.json(), JSON.parse(JSON.stringify(await t.ctx.rechecks.measures(period.from, period.to))));
  const backwards = await t.app.inject({
    url: `/api/v1/notices/measures?from=${period.to.toISOString()}&to=${period.from.toISOString()}`,
    headers: staff,
  });
  assert.equal(backwards.statusCode, 400);
  assert.equal(backwards.json().error.code, 'RECHECK_PERIOD_INVALID');
});

test('/metrics: the last 28 days overall', async () => {
  const answer = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${metricsKey}` } });
  assert.equal(answer.statusCode, 200);
  const want = expected(inPeriod);
  const line = (name: string) => answer.body.split('\n').find((l) => l.startsWith(name));
  assert.equal(Number(line('vigie_takedown_measure{measure="urls"}')?.split(' ')[1]), want.urls);
  assert.equal(Number(line('vigie_takedown_measure{measure="removed"}')?.split(' ')[1]), want.removed);
  assert.equal(
    Number(line('vigie_takedown_removal_seconds{from="notice",quantile="0.5"}')?.split(' ')[1]),
    want.fromNotice.median,
  );
});
