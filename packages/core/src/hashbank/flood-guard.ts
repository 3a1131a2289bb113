import { sql } from 'kysely';
import { appendAuditEvent, systemActor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import { appendEntryEvent, lockEntry, updateEntry } from './hashbank.repository.ts';
import type { IndexRow } from './match-index/index-row.ts';

// The flood guard. A bank entry that suddenly matches far more than it ever did is more likely a
// wrong entry (a logo, a blank frame, a meme that slipped in) than a wave of abuse material, and
// every match may trigger an automatic takedown. The rule, per entry and per hour bucket:
//   suspend when matches in the hour > max(FLOOR, FACTOR x its mean hourly matches over the
//   7 days (168 hours) before that hour, hours without matches counting as 0).
// The current and the previous hour are checked (the previous one may have filled up after the
// last check). Suspension keeps the entry matching but out of automatic actions (`suspended` in
// every answer, never `block`) until an analyst lifts it.
export const FLOOD_FLOOR = 50;
export const FLOOD_FACTOR = 10;
const BASELINE_HOURS = 168;
const HOUR_MS = 3_600_000;

export type Flood = { entryId: number; hour: Date; matches: number; baseline: number };

export async function findFloodedEntries(db: Db, now: Date): Promise<Flood[]> {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const since = new Date(current - HOUR_MS).toISOString();
  const { rows } = await sql<{ entry_id: string; hour: Date; matches: number; baseline: number }>`
    select r.entry_id, r.hour, r.matches, coalesce((
      select sum(h.matches) from bank_entry_match_hour h
      where h.entry_id = r.entry_id and h.hour >= r.hour - make_interval(hours => ${BASELINE_HOURS}) and h.hour < r.hour
    ), 0)::float8 / ${BASELINE_HOURS} as baseline
    from bank_entry_match_hour r
    join bank_entry e on e.id = r.entry_id and e.suspended_at is null and e.withdrawn_at is null
    where r.hour >= ${since}::timestamptz and r.matches > ${FLOOD_FLOOR}
    order by r.entry_id, r.hour`.execute(db);
  const out = new Map<number, Flood>();
  for (const r of rows) {
    const entryId = Number(r.entry_id);
    if (r.matches > Math.max(FLOOD_FLOOR, FLOOD_FACTOR * r.baseline) && !out.has(entryId)) {
      out.set(entryId, { entryId, hour: r.hour, matches: r.matches, baseline: Math.round(r.baseline * 100) / 100 });
    }
  }
  return [...out.values()];
}

/** Suspends one flooded entry (unless already suspended or withdrawn), with its event and audit. */
export async function suspendFlooded(trx: Db, flood: Flood, now: Date): Promise<IndexRow | undefined> {
  const current = await lockEntry(trx, flood.entryId);
  if (!current || current.suspended_at || current.withdrawn_at) return undefined;
  const reason = `flood guard: ${flood.matches} matches in the hour from ${flood.hour.toISOString()}, baseline ${flood.baseline}/hour`;
  const row = await updateEntry(trx, flood.entryId, { suspended_at: now, suspended_reason: reason });
  const details = {
    matches: flood.matches,
    baseline: flood.baseline,
    hour: flood.hour.toISOString(),
    review: 'flood_guard',
  };
  await appendEntryEvent(trx, flood.entryId, 'suspended', systemActor, details);
  await appendAuditEvent(
    trx,
    systemActor,
    {
      action: 'hashbank.entry-flood-suspended',
      subjectType: 'bank_entry',
      subjectId: String(flood.entryId),
      details,
    },
    now,
  );
  return row;
}

/** The review queue: suspended, live entries, the most recently suspended first. */
export async function listSuspendedEntries(db: Db, limit = 100) {
  return db
    .selectFrom('bank_entry')
    .select(['id', 'bank_id', 'suspended_at', 'suspended_reason'])
    .where('suspended_at', 'is not', null)
    .where('withdrawn_at', 'is', null)
    .orderBy('suspended_at', 'desc')
    .limit(limit)
    .execute();
}
