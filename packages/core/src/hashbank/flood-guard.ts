import { appendAuditEvent, systemActor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import { appendEntryEvent, listSuspended, lockEntry, updateEntry } from './entry.repository.ts';
import { readBusyHours } from './match-count.repository.ts';
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
  const rows = await readBusyHours(db, new Date(current - HOUR_MS), FLOOD_FLOOR, BASELINE_HOURS);
  const out = new Map<number, Flood>();
  for (const r of rows) {
    if (r.matches > Math.max(FLOOD_FLOOR, FLOOD_FACTOR * r.baseline) && !out.has(r.entryId)) {
      out.set(r.entryId, { ...r, baseline: Math.round(r.baseline * 100) / 100 });
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
  return listSuspended(db, limit);
}
