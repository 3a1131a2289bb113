import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { Executor } from '../platform/db/database.ts';
import type { Database } from '../database.ts';
import { takedownMeasures } from '../rechecks/index.ts';

// The statistics.roll-up job's SQL. Each run, in one transaction under an advisory lock:
// whole days from `start` on are deleted from statistics_day and counted again from the event
// tables, so a repeated run writes the same rows and a late event (a row dated in a day already
// rolled up) is counted when its day is next recomputed. Then the removal months (and their
// years) whose re-checks changed since the last run get their measures again (rechecks'
// takedownMeasures).

type Trx = Executor<Database>;

export type RollupOptions = {
  timeZone: string;
  recomputeDays: number;
  now: Date;
  /** Recompute from this day (YYYY-MM-DD), however old. */
  since?: string | undefined;
};

export type RollupResult = { from: string; through: string; rows: number; removalMonths: number; rebuilt: boolean };

/** A day in the time zone as the instant it starts. */
const startOf = (day: string, tz: string) => sql`(${day}::date::timestamp at time zone ${tz})`;

export async function rollUp(db: Db, options: RollupOptions): Promise<RollupResult> {
  const { timeZone: tz, now } = options;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('vigie statistics roll-up'))`.execute(trx);
    const state = await trx
      .selectFrom('statistics_rollup_state')
      .select(['time_zone', sql<string>`rolled_through::text`.as('rolled_through'), 'rolled_up_at'])
      .executeTakeFirst();
    const today = await dayOf(trx, now, tz);
    // A first run, or a changed time zone (every day's bounds moved): everything again.
    const rebuilt = state === undefined || state.time_zone !== tz;
    const windowStart = rebuilt
      ? await earliestDay(trx, tz, today)
      : await addDays(trx, state.rolled_through, -options.recomputeDays);
    const from = options.since !== undefined && options.since < windowStart ? options.since : windowStart;
    if (rebuilt) {
      await trx.deleteFrom('statistics_day').execute();
      await trx.deleteFrom('statistics_removal').execute();
    } else
      await trx
        .deleteFrom('statistics_day')
        .where(sql<boolean>`day >= ${from}::date`)
        .execute();
    const rows = await countDays(trx, from, tz);
    const removalMonths = await recomputeRemovalMonths(trx, {
      tz,
      from,
      now,
      changedSince: rebuilt ? null : state.rolled_up_at,
    });
    await trx
      .insertInto('statistics_rollup_state')
      .values({ singleton: true, time_zone: tz, rolled_through: today, rolled_up_at: now })
      .onConflict((oc) =>
        oc.column('singleton').doUpdateSet({ time_zone: tz, rolled_through: today, rolled_up_at: now }),
      )
      .execute();
    return { from, through: today, rows, removalMonths, rebuilt };
  });
}

async function dayOf(trx: Trx, at: Date, tz: string): Promise<string> {
  const { rows } = await sql<{
    day: string;
  }>`select (${at}::timestamptz at time zone ${tz})::date::text as day`.execute(trx);
  return rows[0]!.day;
}

async function addDays(trx: Trx, day: string, days: number): Promise<string> {
  const { rows } = await sql<{ day: string }>`select (${day}::date + ${days}::int)::text as day`.execute(trx);
  return rows[0]!.day;
}

/** The first day anything happened (each min() reads one index entry); today on an empty installation. */
async function earliestDay(trx: Trx, tz: string, today: string): Promise<string> {
  const { rows } = await sql<{ day: string | null }>`
    select (least(
      (select min(received_at) from report), (select min(first_seen_at) from media),
      (select min(first_seen_at) from detection), (select min(assessed_at) from bank_assessment),
      (select min(created_at) from bank_entry), (select min(sent_at) from notice)
    ) at time zone ${tz})::date::text as day
  `.execute(trx);
  return rows[0]!.day ?? today;
}

/** Counts every measure of the days from `from` on; returns the rows written. */
async function countDays(trx: Trx, from: string, tz: string): Promise<number> {
  const t0 = startOf(from, tz);
  const day = (column: string) => sql`(${sql.ref(column)} at time zone ${tz})::date`;
  const statements = [
    // Reports and the URLs given in them, by type, source and the reporter's region.
    sql`with g as (
          select ${day('r.received_at')} as day, r.type, r.source, coalesce(r.reporter_region, '') as region,
                 count(*) as reports, sum((select count(*) from report_url u where u.report_id = r.id)) as urls
          from report r where r.received_at >= ${t0} group by 1, 2, 3, 4)
        insert into statistics_day (measure, day, k1, k2, k3, value)
        select 'reports', day, type, source, region, reports from g
        union all select 'report_urls', day, type, source, region, urls from g where urls > 0`,
    // Reports forwarded, by the day they were received: referrals delivered (sent or
    // acknowledged) and analysts' notice requests carried out (to the hosting provider). Distinct
    // reports per grouping set, '' standing for "any" kind or origin.
    sql`with f as (
          select r.id, ${day('r.received_at')} as day, k.kind, x.origin
          from referral x join report r on r.id = x.report_id join referral_recipient k on k.id = x.recipient_id
          where x.state in ('sent', 'acknowledged') and r.received_at >= ${t0}
          union all
          select r.id, ${day('r.received_at')}, 'provider', 'analyst'
          from case_decision c join report r on r.id = c.report_id
          where c.kind = 'request_notice' and c.state = 'done' and r.received_at >= ${t0}),
        g as (
          select day, coalesce(kind, '') as kind, coalesce(origin, '') as origin,
                 count(distinct id) as reports, count(*) as forwards
          from f group by grouping sets ((day, kind, origin), (day, kind), (day, origin), (day)))
        insert into statistics_day (measure, day, k1, k2, value)
        select 'forwarded_reports', day, kind, origin, reports from g
        union all select 'forwards', day, kind, origin, forwards from g`,
    // Media first fetched, and those that match confirmed material (state known).
    sql`with g as (
          select ${day('first_seen_at')} as day, kind, count(*) as seen, count(*) filter (where state = 'known') as known
          from media where first_seen_at >= ${t0} group by 1, 2)
        insert into statistics_day (measure, day, k1, value)
        select 'media_seen', day, kind, seen from g
        union all select 'media_known', day, kind, known from g where known > 0`,
    sql`insert into statistics_day (measure, day, k1, value)
        select 'assessments', ${day('assessed_at')}, verdict, count(*)
        from bank_assessment where assessed_at >= ${t0} group by 2, 3`,
    sql`with g as (
          select ${day('created_at')} as day, count(*) as added,
                 count(*) filter (where status = 'confirmed' and withdrawn_at is null) as confirmed
          from bank_entry where created_at >= ${t0} group by 1)
        insert into statistics_day (measure, day, value)
        select 'entries_added', day, added from g
        union all select 'entries_confirmed', day, confirmed from g where confirmed > 0`,
    sql`insert into statistics_day (measure, day, k1, k2, value)
        select 'detections', ${day('first_seen_at')}, source, notice_state, count(*)
        from detection where first_seen_at >= ${t0} group by 2, 3, 4`,
    sql`with g as (
          select ${day('n.sent_at')} as day, n.origin, n.status, count(*) as notices,
                 sum((select count(*) from notice_url u where u.notice_id = n.id)) as urls
          from notice n where n.sent_at >= ${t0} group by 1, 2, 3)
        insert into statistics_day (measure, day, k1, k2, value)
        select 'notices_sent', day, origin, status, notices from g
        union all select 'notice_urls', day, origin, status, urls from g where urls > 0`,
  ];
  let written = 0;
  for (const statement of statements) written += Number((await statement.execute(trx)).numAffectedRows ?? 0);
  return written;
}

/**
 * Months of first detection whose measures may have moved: from `from`'s month on, and any month
 * with a re-check created, checked or notified since the last run (a removal is a late event by
 * nature: a URL detected in January may be removed in March).
 */
async function recomputeRemovalMonths(
  trx: Trx,
  o: { tz: string; from: string; now: Date; changedSince: Date | null },
): Promise<number> {
  const months = await changedMonths(trx, o);
  const years = [...new Set(months.map((m) => m.slice(0, 4)))].map((y) => `${y}-01-01`);
  for (const [span, start] of [
    ...months.map((m) => ['month', m] as const),
    ...years.map((y) => ['year', y] as const),
  ]) {
    const { rows } = await sql<{ start: Date; end: Date }>`
      select ${start}::date::timestamp at time zone ${o.tz} as start,
             (${start}::date + ${`1 ${span}`}::interval)::timestamp at time zone ${o.tz} as "end"
    `.execute(trx);
    const measures = JSON.stringify(await takedownMeasures(trx, rows[0]!.start, rows[0]!.end));
    await trx
      .insertInto('statistics_removal')
      .values({ span, start, measures, computed_at: o.now })
      .onConflict((oc) => oc.columns(['span', 'start']).doUpdateSet({ measures, computed_at: o.now }))
      .execute();
  }
  return months.length;
}

async function changedMonths(trx: Trx, o: { tz: string; from: string; changedSince: Date | null }): Promise<string[]> {
  const month = (column: string) => sql`date_trunc('month', ${sql.ref(column)} at time zone ${o.tz})::date`;
  const changed =
    o.changedSince === null
      ? sql`select distinct ${month('first_detected_at')} as month from recheck`
      : sql`select distinct ${month('first_detected_at')} as month from recheck
            where first_detected_at >= ${startOf(o.from, o.tz)}
               or greatest(created_at, last_checked_at, notified_at) >= ${o.changedSince}::timestamptz - interval '1 hour'`;
  const { rows } = await sql<{ month: string }>`select month::text as month from (${changed}) m order by month`.execute(
    trx,
  );
  return rows.map((r) => r.month);
}
