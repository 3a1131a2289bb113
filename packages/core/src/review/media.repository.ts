import { sql } from 'kysely';
import type { Db } from '../database.ts';

// What review knows of captured media: the crawler's media row, the bank's classification when
// the media is known, and the latest live verdict covering it (a group's verdict covers each member).

export async function readMediaStates(db: Db, sha256s: readonly string[]) {
  if (sha256s.length === 0) return [];
  return db
    .selectFrom('media as m')
    .leftJoin('hash_bank as b', 'b.id', 'm.bank_id')
    .select([
      'm.sha256',
      'm.kind',
      'm.format',
      'm.state',
      'm.entry_id',
      'b.name as bank_name',
      'm.age_band',
      'm.activity',
      'm.origin',
      'm.victim_identified',
      'm.uses',
      sql<string>`(select count(*) from media_sighting s where s.sha256 = m.sha256)`.as('sightings'),
      sql<string | null>`(select d.verdict from review_member rm join review_decision d on d.id = rm.decision_id
        where rm.sha256 = m.sha256 and d.undone_at is null and d.verdict <> 'unsure' order by d.id desc limit 1)`.as(
        'verdict',
      ),
      sql<string | null>`(select i.state from review_member rm join review_decision d on d.id = rm.decision_id
        join review_item i on i.decision_id = d.id
        where rm.sha256 = m.sha256 and d.undone_at is null order by d.id desc limit 1)`.as('item_state'),
    ])
    .where('m.sha256', 'in', [...new Set(sha256s)])
    .execute();
}
export type MediaStateRow = Awaited<ReturnType<typeof readMediaStates>>[number];

/** Legal schemes' categories for each (age band, activity) pair asked. */
export async function readCategories(db: Db, pairs: ReadonlyArray<{ ageBand: string; activity: string }>) {
  if (pairs.length === 0) return new Map<string, Record<string, string>>();
  const rows = await db
    .selectFrom('legal_scheme_category')
    .select(['scheme', 'age_band', 'activity', 'category'])
    .where('age_band', 'in', [...new Set(pairs.map((p) => p.ageBand))])
    .where('activity', 'in', [...new Set(pairs.map((p) => p.activity))])
    .execute();
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const key = `${r.age_band} ${r.activity}`;
    out.set(key, { ...out.get(key), [r.scheme]: r.category });
  }
  return out;
}

export async function insertReveal(trx: Db, row: { id: string; user_id: string; sha256: string; started_at: Date }) {
  await trx.insertInto('review_reveal').values(row).execute();
}

export async function lockReveal(trx: Db, userId: string, id: string) {
  return trx
    .selectFrom('review_reveal')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

/** The analyst's reveals still open (one at most in practice: a new reveal ends the last). */
export async function lockOpenReveals(trx: Db, userId: string) {
  return trx
    .selectFrom('review_reveal')
    .selectAll()
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .forUpdate()
    .execute();
}

export async function endReveal(trx: Db, id: string, endedAt: Date, durationMs: number): Promise<void> {
  await trx
    .updateTable('review_reveal')
    .set({ ended_at: endedAt, duration_ms: Math.round(durationMs) })
    .where('id', '=', id)
    .execute();
}
