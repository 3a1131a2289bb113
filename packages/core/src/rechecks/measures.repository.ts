import { sql } from 'kysely';
import type { TakedownMeasure, TakedownMeasures } from '@vigie/contract';
import type { Db } from '../database.ts';

// Time to removal, in SQL over the re-check history (exact, never sampled): the cohort is every
// URL first detected in the period; percentiles (percentile_cont, continuous) over those removed,
// from first detection and from first notice; shares of the cohort removed within 24 h, 72 h and
// 28 days of its first notice (of its detection when no notice went out); reminders and
// escalations of the cohort's notices; recidivism over its removed URLs. Overall, per provider
// and per country at once (GROUPING SETS).

type Row = {
  provider: string | null;
  country: string | null;
  grouping: number;
  urls: number;
  notified: number;
  removed: number;
  d50: number | null;
  d90: number | null;
  d99: number | null;
  n50: number | null;
  n90: number | null;
  n99: number | null;
  w24: number;
  w72: number;
  w28: number;
  reminders: number;
  escalations: number;
  reappeared: number;
};

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

const toMeasure = (r: Row): TakedownMeasure => ({
  urls: r.urls,
  notified: r.notified,
  removed: r.removed,
  fromDetection: { median: r.d50, p90: r.d90, p99: r.d99 },
  fromNotice: { median: r.n50, p90: r.n90, p99: r.n99 },
  removedWithin24h: share(r.w24, r.urls),
  removedWithin72h: share(r.w72, r.urls),
  removedWithin28d: share(r.w28, r.urls),
  reminders: r.reminders,
  escalations: r.escalations,
  reappeared: r.reappeared,
  recidivismRate: share(r.reappeared, r.removed),
});

const empty: Row = {
  provider: null,
  country: null,
  grouping: 3,
  urls: 0,
  notified: 0,
  removed: 0,
  d50: null,
  d90: null,
  d99: null,
  n50: null,
  n90: null,
  n99: null,
  w24: 0,
  w72: 0,
  w28: 0,
  reminders: 0,
  escalations: 0,
  reappeared: 0,
};

export async function takedownMeasures(db: Db, from: Date, to: Date): Promise<TakedownMeasures> {
  const result = await sql<Row>`
    with c as (
      select r.id, r.provider_key, r.country, r.notice_id, r.notified_at, r.removed_at,
             extract(epoch from r.removed_at - r.first_detected_at)::float8 as from_detection,
             extract(epoch from r.removed_at - r.notified_at)::float8 as from_notice,
             extract(epoch from r.removed_at - coalesce(r.notified_at, r.first_detected_at))::float8 as took,
             exists (select 1 from recheck_reappearance a where a.recheck_id = r.id) as reappeared
      from recheck r
      where r.first_detected_at >= ${from} and r.first_detected_at < ${to}
    ),
    -- each notice counted once per group however many of its URLs are in the cohort
    n as (
      select distinct c.provider_key, c.country, c.notice_id, x.reminders, x.escalations
      from c join notice x on x.id = c.notice_id
    ),
    followed as (
      select provider_key, country, grouping(provider_key, country)::int as grouping,
             sum(reminders)::int as reminders, sum(escalations)::int as escalations
      from n group by grouping sets ((), (provider_key), (country))
    ),
    measured as (
      select provider_key, country, grouping(provider_key, country)::int as grouping,
        count(*)::int as urls,
        count(notified_at)::int as notified,
        count(removed_at)::int as removed,
        percentile_cont(0.5) within group (order by from_detection) as d50,
        percentile_cont(0.9) within group (order by from_detection) as d90,
        percentile_cont(0.99) within group (order by from_detection) as d99,
        percentile_cont(0.5) within group (order by from_notice) as n50,
        percentile_cont(0.9) within group (order by from_notice) as n90,
        percentile_cont(0.99) within group (order by from_notice) as n99,
        count(*) filter (where took <= 86400)::int as w24,
        count(*) filter (where took <= 259200)::int as w72,
        count(*) filter (where took <= 2419200)::int as w28,
        count(*) filter (where reappeared and removed_at is not null)::int as reappeared
      from c group by grouping sets ((), (provider_key), (country))
    )
    select m.provider_key as provider, m.country, m.grouping, m.urls, m.notified, m.removed,
           m.d50, m.d90, m.d99, m.n50, m.n90, m.n99, m.w24, m.w72, m.w28, m.reappeared,
           coalesce(f.reminders, 0) as reminders, coalesce(f.escalations, 0) as escalations
    from measured m
    left join followed f on f.grouping = m.grouping
      and f.provider_key is not distinct from m.provider_key and f.country is not distinct from m.country
    order by m.grouping, m.provider_key nulls last, m.country nulls last
  `.execute(db);
  // grouping(provider, country): 3 = overall, 1 = per provider (country rolled up), 2 = per country.
  const overall = result.rows.find((r) => r.grouping === 3) ?? empty;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall: toMeasure(overall),
    providers: result.rows
      .filter((r) => r.grouping === 1 && r.provider !== null)
      .map((r) => ({ provider: r.provider!, ...toMeasure(r) })),
    countries: result.rows
      .filter((r) => r.grouping === 2 && r.country !== null)
      .map((r) => ({ country: r.country!, ...toMeasure(r) })),
  };
}
