import { sql } from 'kysely';
import type { ReviewItemState } from '@vigie/contract';
import type { Db } from '../database.ts';

// Verification items: the queue (blind: nothing of the first verdict leaves this file for it),
// the disputes a supervisor settles, and the copy of a confirmed classification onto its media.

export async function readVerificationQueue(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('review_item as i')
    .innerJoin('media as m', 'm.sha256', 'i.sha256')
    .select([
      'i.id',
      'i.sha256',
      'm.kind',
      'i.required',
      'i.created_at',
      sql<string>`(select count(*) from review_member rm where rm.decision_id = i.decision_id)`.as('members'),
      sql<string>`(select count(*) from review_decision v where v.item_id = i.id and v.stage = 'verification')`.as(
        'verifications',
      ),
    ])
    .where('i.state', '=', 'awaiting_verification')
    .where('i.first_reviewer_id', '<>', userId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('review_decision as v')
            .select('v.id')
            .whereRef('v.item_id', '=', 'i.id')
            .where('v.reviewer_id', '=', userId),
        ),
      ),
    )
    .orderBy('i.id')
    .limit(limit)
    .execute();
}

export async function lockItem(trx: Db, id: number) {
  return trx.selectFrom('review_item').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function readItem(db: Db, id: number) {
  return db.selectFrom('review_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function readDecision(db: Db, id: number) {
  return db.selectFrom('review_decision').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The bank entries an item's verdict made (one per member). */
export async function readItemEntries(db: Db, itemId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('review_member as rm')
    .innerJoin('review_item as i', 'i.decision_id', 'rm.decision_id')
    .select('rm.entry_id')
    .where('i.id', '=', itemId)
    .where('rm.entry_id', 'is not', null)
    .execute();
  return rows.map((r) => Number(r.entry_id));
}

export async function setItemState(
  trx: Db,
  id: number,
  state: ReviewItemState,
  at: Date,
  settledBy?: string,
): Promise<void> {
  await trx
    .updateTable('review_item')
    .set({ state, updated_at: at, ...(settledBy ? { settled_by: settledBy } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function countVerifications(trx: Db, itemId: number): Promise<number> {
  const row = await trx
    .selectFrom('review_decision')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('item_id', '=', itemId)
    .where('stage', '=', 'verification')
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Confirmed entries' classification onto their media, as the crawler would copy it on its next
 * sighting: from now on they are known, never shown again, and their sightings are detections
 * (notice_pending where the entry allows notice and takedown). Answers whether any detection is
 * pending notice.
 */
export async function copyConfirmed(trx: Db, entryIds: readonly number[]): Promise<boolean> {
  if (entryIds.length === 0) return false;
  const ids = entryIds.map(String);
  await sql`
    update media m set state = 'known', entry_id = e.id, bank_id = e.bank_id, age_band = e.age_band,
      activity = e.activity, origin = e.origin, victim_identified = e.victim_identified, uses = e.uses
    from bank_entry e
    where e.id = any(${ids}::bigint[]) and e.status = 'confirmed' and e.withdrawn_at is null
      and m.sha256 = e.sha256`.execute(trx);
  const inserted = await sql<{ notice_state: string }>`
    insert into detection (sha256, url, page_url, address, entry_id, bank_id, source, notice_state,
      first_seen_at, last_seen_at)
    select s.sha256, s.url, s.page_url, s.address, e.id, e.bank_id, s.source,
      case when 'notice_and_takedown' = any(e.uses) then 'notice_pending' else 'not_applicable' end,
      s.first_seen_at, s.last_seen_at
    from media_sighting s join bank_entry e on e.sha256 = s.sha256
    where e.id = any(${ids}::bigint[]) and e.status = 'confirmed' and e.withdrawn_at is null
    on conflict (sha256, url) do nothing
    returning notice_state`.execute(trx);
  return inserted.rows.some((r) => r.notice_state === 'notice_pending');
}

export async function readDisputes(db: Db, limit: number) {
  const items = await db
    .selectFrom('review_item as i')
    .innerJoin('media as m', 'm.sha256', 'i.sha256')
    .select([
      'i.id',
      'i.sha256',
      'i.decision_id',
      'm.kind',
      'i.created_at',
      sql<string>`(select count(*) from review_member rm where rm.decision_id = i.decision_id)`.as('members'),
    ])
    .where('i.state', '=', 'disputed')
    .orderBy('i.id')
    .limit(limit)
    .execute();
  if (items.length === 0) return { items, opinions: [] };
  const opinions = await db
    .selectFrom('review_decision as d')
    .innerJoin('review_item as i', (join) =>
      join.on((eb) => eb.or([eb('i.decision_id', '=', eb.ref('d.id')), eb('i.id', '=', eb.ref('d.item_id'))])),
    )
    .select([
      'i.id as item_id',
      'd.reviewer_id',
      'd.stage',
      'd.verdict',
      'd.age_band',
      'd.activity',
      'd.origin',
      'd.victim_identified',
      'd.decided_at',
    ])
    .where(
      'i.id',
      'in',
      items.map((i) => i.id),
    )
    .orderBy('d.id')
    .execute();
  return { items, opinions };
}
