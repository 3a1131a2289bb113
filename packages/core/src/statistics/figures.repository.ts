import { sql, type RawBuilder } from 'kysely';
import type {
  ReportDimension,
  StatisticsBlocklistRow,
  StatisticsDetectionsRow,
  StatisticsExposureRow,
  StatisticsForwardingRow,
  StatisticsMediaRow,
  StatisticsNoticesRow,
  StatisticsReportsRow,
  TakedownMeasures,
} from '@vigie/contract';
import type { Db } from '../database.ts';

// The figures, read from the rollups (statistics_day, statistics_removal) and, for the
// blocklist, from its versions (one row per publication, already a rollup). Periods are whole
// days in the statistics time zone, `to` excluded; each row is one bucket (day, month or year).

export type Bucketing = { from: string; to: string; interval: 'day' | 'month' | 'year'; timeZone: string };

/** Every bucket of the period, so that a figure shows its empty months as zeros. */
const buckets = (b: Bucketing) =>
  sql`select generate_series(date_trunc(${b.interval}, ${b.from}::date), ${b.to}::date - 1, ${`1 ${b.interval}`}::interval)::date as period`;
const periodOf = (b: Bucketing) => sql`date_trunc(${b.interval}, day)::date`;
const inPeriod = (b: Bucketing) => sql`day >= ${b.from}::date and day < ${b.to}::date`;
const int = (expression: RawBuilder<unknown>) => sql`coalesce(${expression}, 0)::int`;

export type ReportFilter = { by: ReportDimension[]; type?: string; source?: string; region?: string };

const reportColumn: Record<ReportDimension, string> = { type: 'k1', source: 'k2', region: 'k3' };

export async function reportRows(db: Db, b: Bucketing, f: ReportFilter): Promise<StatisticsReportsRow[]> {
  const filters = [
    f.type === undefined ? sql`true` : sql`k1 = ${f.type}`,
    f.source === undefined ? sql`true` : sql`k2 = ${f.source}`,
    f.region === undefined ? sql`true` : sql`k3 = ${f.region}`,
  ];
  const dims = (['type', 'source', 'region'] as const).map((d) =>
    f.by.includes(d) ? sql`${sql.ref(reportColumn[d])}` : sql`null::text`,
  );
  const sums = sql`sum(value) filter (where measure = 'reports') as reports,
                   sum(value) filter (where measure = 'report_urls') as urls`;
  const where = sql`measure in ('reports', 'report_urls') and ${inPeriod(b)} and ${sql.join(filters, sql` and `)}`;
  // Without a breakdown every bucket is answered, empty ones as zeros.
  const query =
    f.by.length === 0
      ? sql`select p.period::text as period, null as type, null as source, null as region,
                   ${int(sql`g.reports`)} as reports, ${int(sql`g.urls`)} as urls
            from (${buckets(b)}) p
            left join (select ${periodOf(b)} as period, ${sums} from statistics_day where ${where} group by 1) g
              on g.period = p.period
            order by p.period`
      : sql`select ${periodOf(b)}::text as period, ${dims[0]} as type, ${dims[1]} as source, ${dims[2]} as region,
                   ${int(sql`sum(value) filter (where measure = 'reports')`)} as reports,
                   ${int(sql`sum(value) filter (where measure = 'report_urls')`)} as urls
            from statistics_day where ${where}
            group by 1, 2, 3, 4 order by 1, 2, 3, 4`;
  return (await query.execute(db)).rows as StatisticsReportsRow[];
}

export type ForwardingFilter = { recipientKind?: string; origin?: string };

export async function forwardingRows(db: Db, b: Bucketing, f: ForwardingFilter): Promise<StatisticsForwardingRow[]> {
  const { rows } = await sql<Omit<StatisticsForwardingRow, 'share'>>`
    with received as (
      select ${periodOf(b)} as period, sum(value) as received
      from statistics_day where measure = 'reports' and ${inPeriod(b)} group by 1),
    forwarded as (
      select ${periodOf(b)} as period, k1, k2,
             sum(value) filter (where measure = 'forwarded_reports') as forwarded,
             sum(value) filter (where measure = 'forwards') as forwards
      from statistics_day
      where measure in ('forwarded_reports', 'forwards') and ${inPeriod(b)}
        and (${f.recipientKind ?? null}::text is null or k1 = ${f.recipientKind ?? null})
        and (${f.origin ?? null}::text is null or k2 = ${f.origin ?? null})
      group by 1, 2, 3),
    -- the row "to anyone, either way" in every bucket, and every breakdown that happened
    keys as (
      select p.period, ${f.recipientKind ?? ''}::text as k1, ${f.origin ?? ''}::text as k2 from (${buckets(b)}) p
      union select period, k1, k2 from forwarded)
    select k.period::text as period, nullif(k.k1, '') as "recipientKind", nullif(k.k2, '') as origin,
           ${int(sql`r.received`)} as received, ${int(sql`x.forwarded`)} as forwarded, ${int(sql`x.forwards`)} as forwards
    from keys k
    left join received r on r.period = k.period
    left join forwarded x on x.period = k.period and x.k1 = k.k1 and x.k2 = k.k2
    order by k.period, k.k1 <> '', k.k1, k.k2 <> '', k.k2
  `.execute(db);
  return rows.map((r) => ({ ...r, share: r.received === 0 ? 0 : r.forwarded / r.received }));
}

/** One row per bucket of sums over statistics_day (each `sums` entry: a column and its filter). */
async function pivot<Row>(
  db: Db,
  b: Bucketing,
  measures: readonly string[],
  sums: Record<string, RawBuilder<unknown>>,
) {
  const columns = Object.entries(sums).map(
    ([name, filter]) => sql`coalesce(sum(value) filter (where ${filter}), 0)::int as ${sql.ref(name)}`,
  );
  const zeros = Object.keys(sums).map((name) => sql`coalesce(g.${sql.ref(name)}, 0) as ${sql.ref(name)}`);
  const { rows } = await sql<Row>`
    select p.period::text as period, ${sql.join(zeros)}
    from (${buckets(b)}) p
    left join (
      select ${periodOf(b)} as period, ${sql.join(columns)}
      from statistics_day where measure in (${sql.join(measures)}) and ${inPeriod(b)} group by 1
    ) g on g.period = p.period
    order by p.period
  `.execute(db);
  return rows;
}

export function mediaRows(db: Db, b: Bucketing, kind: string | undefined): Promise<StatisticsMediaRow[]> {
  const ofKind = kind === undefined ? sql`true` : sql`k1 = ${kind}`;
  return pivot<StatisticsMediaRow>(
    db,
    b,
    ['media_seen', 'media_known', 'assessments', 'entries_added', 'entries_confirmed'],
    {
      seen: sql`measure = 'media_seen' and ${ofKind}`,
      known: sql`measure = 'media_known' and ${ofKind}`,
      assessments: sql`measure = 'assessments'`,
      concurring: sql`measure = 'assessments' and k1 = 'concur'`,
      disputing: sql`measure = 'assessments' and k1 = 'dispute'`,
      entriesAdded: sql`measure = 'entries_added'`,
      entriesConfirmed: sql`measure = 'entries_confirmed'`,
    },
  );
}

export function detectionRows(db: Db, b: Bucketing): Promise<StatisticsDetectionsRow[]> {
  return pivot<StatisticsDetectionsRow>(db, b, ['detections'], {
    detections: sql`true`,
    byCapture: sql`k1 = 'capture'`,
    byCrawl: sql`k1 = 'crawl'`,
    noticeable: sql`k2 = 'notice_pending'`,
  });
}

export function noticeRows(db: Db, b: Bucketing, origin: string | undefined): Promise<StatisticsNoticesRow[]> {
  const ofOrigin = origin === undefined ? sql`true` : sql`k1 = ${origin}`;
  return pivot<StatisticsNoticesRow>(db, b, ['notices_sent', 'notice_urls'], {
    sent: sql`measure = 'notices_sent' and ${ofOrigin}`,
    urls: sql`measure = 'notice_urls' and ${ofOrigin}`,
    acknowledged: sql`measure = 'notices_sent' and ${ofOrigin} and k2 = 'acknowledged'`,
    contested: sql`measure = 'notices_sent' and ${ofOrigin} and k2 = 'contested'`,
  });
}

/** The blocklist's size at the end of each bucket (its last version then) and what changed in it. */
export async function blocklistRows(db: Db, b: Bucketing): Promise<StatisticsBlocklistRow[]> {
  const at = (day: RawBuilder<unknown>) => sql`(${day}::timestamp at time zone ${b.timeZone})`;
  const { rows } = await sql<StatisticsBlocklistRow>`
    with p as (
      select period, ${at(sql`period`)} as starts,
             ${at(sql`least(period + ${`1 ${b.interval}`}::interval, ${b.to}::date)`)} as ends
      from (${buckets(b)}) s)
    select p.period::text as period, coalesce(c.versions, 0)::int as versions,
           last.entries, last.urls, last.domains,
           coalesce(c.added, 0)::int as added, coalesce(c.removed, 0)::int as removed
    from p
    left join lateral (
      select count(*) as versions, sum(added) as added, sum(removed) as removed
      from blocklist_version v where v.published_at >= greatest(p.starts, ${at(sql`${b.from}::date`)})
        and v.published_at < p.ends) c on true
    left join lateral (
      select entries, urls, domains from blocklist_version v
      where v.published_at < p.ends order by v.published_at desc, v.version desc limit 1) last on true
    order by p.period
  `.execute(db);
  return rows;
}

/**
 * The review team's exposure totals per bucket, summed from review_exposure_day: already a daily
 * rollup (one row per analyst and UTC day, added to as review happens, indexed by day), so it is
 * read directly rather than copied into statistics_day. Analysts are counted once per bucket.
 */
export async function exposureRows(db: Db, b: Bucketing): Promise<StatisticsExposureRow[]> {
  const { rows } = await sql<StatisticsExposureRow>`
    select p.period::text as period, ${int(sql`g.analysts`)} as analysts,
           ${int(sql`floor(g.review_ms / 1000)`)} as "reviewSeconds", ${int(sql`floor(g.reveal_ms / 1000)`)} as "revealSeconds",
           ${int(sql`floor((g.review_ms + g.reveal_ms) / 1000)`)} as "exposureSeconds",
           ${int(sql`g.reveals`)} as reveals, ${int(sql`g.breaks`)} as breaks, ${int(sql`g.stops`)} as stops
    from (${buckets(b)}) p
    left join (
      select ${periodOf(b)} as period, count(distinct user_id) as analysts,
             sum(review_ms) as review_ms, sum(reveal_ms) as reveal_ms,
             sum(reveals) as reveals, sum(breaks) as breaks, sum(stops) as stops
      from review_exposure_day where ${inPeriod(b)} group by 1
    ) g on g.period = p.period
    order by p.period
  `.execute(db);
  return rows;
}

/** The months of first detection from `from`'s month until `to`, as kept by the roll-up. */
export async function removalMonths(db: Db, from: string, to: string) {
  return db
    .selectFrom('statistics_removal')
    .select([sql<string>`start::text`.as('month'), 'measures'])
    .where('span', '=', 'month')
    .where(sql<boolean>`start >= date_trunc('month', ${from}::date) and start < ${to}::date`)
    .orderBy('start')
    .execute() as Promise<Array<{ month: string; measures: TakedownMeasures }>>;
}

/** A year's measures as the roll-up kept them (undefined: not rolled up). */
export async function removalYear(db: Db, year: number): Promise<TakedownMeasures | undefined> {
  const row = await db
    .selectFrom('statistics_removal')
    .select('measures')
    .where('span', '=', 'year')
    .where(sql<boolean>`start = ${`${year}-01-01`}::date`)
    .executeTakeFirst();
  return row?.measures;
}

export async function rolledUpAt(db: Db): Promise<Date | null> {
  const state = await db.selectFrom('statistics_rollup_state').select('rolled_up_at').executeTakeFirst();
  return state?.rolled_up_at ?? null;
}

/** Instants bounding [from, to) days in the time zone (for rechecks' measures over a year). */
export async function instantsOf(db: Db, from: string, to: string, tz: string): Promise<{ start: Date; end: Date }> {
  const { rows } = await sql<{ start: Date; end: Date }>`
    select ${from}::date::timestamp at time zone ${tz} as start, ${to}::date::timestamp at time zone ${tz} as "end"
  `.execute(db);
  return rows[0]!;
}

/** Today in the time zone, and the same day a year earlier. */
export async function defaultPeriod(db: Db, now: Date, tz: string): Promise<{ from: string; to: string }> {
  const { rows } = await sql<{ from: string; to: string }>`
    select ((${now}::timestamptz at time zone ${tz})::date + 1 - interval '1 year')::date::text as "from",
           ((${now}::timestamptz at time zone ${tz})::date + 1)::text as "to"
  `.execute(db);
  return rows[0]!;
}
