import { sql } from 'kysely';
import type { Db } from '../database.ts';

// bank_entry_match_hour: matches per entry per hour, for the flood guard.

/** Adds counts to (entry, hour) rows, in the order given (callers sort, so writers lock alike). */
export async function addMatchCounts(
  db: Db,
  rows: { entryIds: number[]; hours: string[]; matches: number[] },
): Promise<void> {
  await sql`
    insert into bank_entry_match_hour (entry_id, hour, matches)
    select * from unnest(${rows.entryIds}::bigint[], ${rows.hours}::timestamptz[], ${rows.matches}::int[])
    on conflict (entry_id, hour) do update set matches = bank_entry_match_hour.matches + excluded.matches
  `.execute(db);
}

export type HourCount = { entryId: number; hour: Date; matches: number; baseline: number };

/**
 * Hours from `since` on with more than `floor` matches, of live unsuspended entries, each with
 * the entry's mean hourly matches over the `baselineHours` before that hour (no row: 0).
 */
export async function readBusyHours(db: Db, since: Date, floor: number, baselineHours: number): Promise<HourCount[]> {
  const { rows } = await sql<{ entry_id: string; hour: Date; matches: number; baseline: number }>`
    select r.entry_id, r.hour, r.matches, coalesce((
      select sum(h.matches) from bank_entry_match_hour h
      where h.entry_id = r.entry_id and h.hour >= r.hour - make_interval(hours => ${baselineHours}) and h.hour < r.hour
    ), 0)::float8 / ${baselineHours} as baseline
    from bank_entry_match_hour r
    join bank_entry e on e.id = r.entry_id and e.suspended_at is null and e.withdrawn_at is null
    where r.hour >= ${since.toISOString()}::timestamptz and r.matches > ${floor}
    order by r.entry_id, r.hour`.execute(db);
  return rows.map((r) => ({ entryId: Number(r.entry_id), hour: r.hour, matches: r.matches, baseline: r.baseline }));
}
