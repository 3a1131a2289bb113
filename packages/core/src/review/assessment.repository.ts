import { sql, type Insertable } from 'kysely';
import type { ClassificationState } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { ReviewDecisionTable } from './review.tables.ts';

// The grids' sources (the crawler's queue, early alerts, a capture's or a page's media) and the
// verdicts' own rows: decisions, the media each covered, claims on queue items.

/** A live verdict other than unsure covers it (or this analyst's own unsure: not served to them again). */
const decidedFor = (userId: string) =>
  sql<boolean>`exists (select 1 from review_member rm join review_decision d on d.id = rm.decision_id
    where rm.sha256 = c.sha256 and d.undone_at is null and (d.verdict <> 'unsure' or d.reviewer_id = ${userId}))`;

/**
 * The next queue items for this analyst, by priority (or the newest early alerts), skipping those
 * another analyst holds; locked so that two grids fetched at once never share an item.
 */
export async function takeQueueItems(
  trx: Db,
  options: { userId: string; now: Date; limit: number; alerts: boolean },
): Promise<string[]> {
  let query = trx
    .selectFrom('classification_item as c')
    .innerJoin('media as m', 'm.sha256', 'c.sha256')
    .select('c.sha256')
    .where('c.state', 'in', ['queued', 'awaiting_entry'])
    .where('m.state', '=', 'unknown')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('review_claim as k')
            .select('k.sha256')
            .whereRef('k.sha256', '=', 'c.sha256')
            .where('k.user_id', '<>', options.userId)
            .where('k.until', '>', options.now),
        ),
      ),
    )
    .where(sql<boolean>`not ${decidedFor(options.userId)}`);
  query = options.alerts
    ? query
        .innerJoin('victim_alert as a', 'a.sha256', 'c.sha256')
        .orderBy('a.raised_at', 'desc')
        .orderBy('a.id', 'desc')
    : query.orderBy('c.priority', 'desc').orderBy('c.queued_at').orderBy('c.sha256');
  const rows = await query.limit(options.limit).forUpdate('c').skipLocked().execute();
  return rows.map((r) => r.sha256);
}

export async function claimItems(trx: Db, sha256s: readonly string[], userId: string, until: Date): Promise<void> {
  if (sha256s.length === 0) return;
  await trx
    .insertInto('review_claim')
    .values(sha256s.map((sha256) => ({ sha256, user_id: userId, until })))
    .onConflict((oc) => oc.column('sha256').doUpdateSet({ user_id: userId, until }))
    .execute();
}

export async function releaseClaims(trx: Db, sha256s: readonly string[]): Promise<void> {
  if (sha256s.length > 0)
    await trx
      .deleteFrom('review_claim')
      .where('sha256', 'in', [...sha256s])
      .execute();
}

export async function mediaOfPage(db: Db, pageUrl: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('media_sighting')
    .select('sha256')
    .distinct()
    .where('page_url', '=', pageUrl)
    .orderBy('sha256')
    .limit(limit)
    .execute();
  return rows.map((r) => r.sha256);
}

export async function mediaOfCapture(db: Db, captureId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('capture_media')
    .select('sha256')
    .distinct()
    .where('capture_id', '=', captureId)
    .where('sha256', 'is not', null)
    .orderBy('sha256')
    .limit(limit)
    .execute();
  return rows.map((r) => r.sha256!);
}

/** Queue facts of media (priority, reasons, group) and how many near-duplicates each represents. */
export async function readQueueFacts(db: Db, sha256s: readonly string[]) {
  if (sha256s.length === 0) return [];
  return db
    .selectFrom('classification_item as c')
    .select([
      'c.sha256',
      'c.state',
      'c.priority',
      'c.reasons',
      'c.early_alert',
      'c.group_sha256',
      'c.entry_id',
      sql<string>`(select count(*) from classification_item g where g.group_sha256 = c.sha256 and g.state = 'grouped')`.as(
        'grouped',
      ),
    ])
    .where('c.sha256', 'in', [...new Set(sha256s)])
    .execute();
}

/** The media a verdict on `sha256` covers: itself and the near-duplicates grouped under it, with their signals. */
export async function lockVerdictMembers(trx: Db, sha256: string) {
  return (
    trx
      .selectFrom('media as m')
      .leftJoin('classification_item as c', 'c.sha256', 'm.sha256')
      .select([
        'm.sha256',
        'm.sha1',
        'm.md5',
        'm.kind',
        'm.state',
        'm.pdq',
        'm.pdq_quality',
        'm.vpdq',
        'c.state as item_state',
      ])
      .where((eb) =>
        eb.or([
          eb('m.sha256', '=', sha256),
          eb.and([eb('c.group_sha256', '=', sha256), eb('c.state', '=', 'grouped'), eb('m.state', '=', 'unknown')]),
        ]),
      )
      .orderBy(sql`m.sha256 = ${sha256}`, 'desc')
      .orderBy('m.sha256')
      // The media rows only: a media with no queue item has no classification_item row to lock.
      .forUpdate('m')
      .execute()
  );
}
export type VerdictMemberRow = Awaited<ReturnType<typeof lockVerdictMembers>>[number];

/** Media among these already covered by a live verdict (not unsure). */
export async function findDecided(trx: Db, sha256s: readonly string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const rows = await trx
    .selectFrom('review_member as rm')
    .innerJoin('review_decision as d', 'd.id', 'rm.decision_id')
    .select('rm.sha256')
    .where('rm.sha256', 'in', [...sha256s])
    .where('d.undone_at', 'is', null)
    .where('d.verdict', '<>', 'unsure')
    .execute();
  return new Set(rows.map((r) => r.sha256));
}

export type NewDecision = Omit<Insertable<ReviewDecisionTable>, 'undone_at'>;

export async function insertDecision(trx: Db, row: NewDecision): Promise<number> {
  const inserted = await trx.insertInto('review_decision').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertMembers(
  trx: Db,
  decisionId: number,
  members: ReadonlyArray<{ sha256: string; priorState: ClassificationState | null; entryId: number | null }>,
): Promise<void> {
  if (members.length === 0) return;
  await trx
    .insertInto('review_member')
    .values(
      members.map((m) => ({
        decision_id: decisionId,
        sha256: m.sha256,
        prior_state: m.priorState,
        entry_id: m.entryId,
      })),
    )
    .execute();
}

export async function setQueueState(
  trx: Db,
  changes: ReadonlyArray<{ sha256: string; state: ClassificationState }>,
  at: Date,
): Promise<void> {
  for (const state of new Set(changes.map((c) => c.state))) {
    const of = changes.filter((c) => c.state === state).map((c) => c.sha256);
    await trx.updateTable('classification_item').set({ state, updated_at: at }).where('sha256', 'in', of).execute();
  }
}

export async function liveEntriesOf(trx: Db, bankId: number, sha256s: readonly string[]) {
  if (sha256s.length === 0) return new Map<string, number>();
  const rows = await trx
    .selectFrom('bank_entry')
    .select(['id', 'sha256'])
    .where('bank_id', '=', bankId)
    .where('sha256', 'in', [...sha256s])
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.sha256!, r.id]));
}

/** Of these PDQ hashes, those a live entry of the bank already holds. */
export async function livePdqsOf(db: Db, bankId: number, pdqs: readonly string[]): Promise<Set<string>> {
  if (pdqs.length === 0) return new Set();
  const rows = await db
    .selectFrom('bank_entry')
    .select('pdq')
    .where('bank_id', '=', bankId)
    .where('pdq', 'in', [...pdqs])
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Set(rows.flatMap((r) => (r.pdq ? [r.pdq] : [])));
}

export async function insertItem(
  trx: Db,
  row: {
    decision_id: number;
    sha256: string;
    first_reviewer_id: string;
    verdict: NewDecision['verdict'];
    required: number;
    at: Date;
  },
): Promise<number> {
  const { at, ...rest } = row;
  const inserted = await trx
    .insertInto('review_item')
    .values({ ...rest, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The analyst's latest live first verdicts, newest first, locked. */
export async function lockLatestDecisions(trx: Db, userId: string, count: number) {
  return trx
    .selectFrom('review_decision as d')
    .leftJoin('review_item as i', 'i.decision_id', 'd.id')
    .select(['d.id', 'd.sha256', 'd.verdict', 'i.id as item_id', 'i.state as item_state'])
    .where('d.reviewer_id', '=', userId)
    .where('d.stage', '=', 'first')
    .where('d.undone_at', 'is', null)
    .orderBy('d.id', 'desc')
    .limit(count)
    .forUpdate('d')
    .execute();
}

export async function readMembers(trx: Db, decisionId: number) {
  return trx
    .selectFrom('review_member')
    .select(['sha256', 'prior_state', 'entry_id'])
    .where('decision_id', '=', decisionId)
    .execute();
}

export async function markUndone(trx: Db, decisionId: number, at: Date): Promise<void> {
  await trx.updateTable('review_decision').set({ undone_at: at }).where('id', '=', decisionId).execute();
}

/** Of these entries, the live ones this analyst contributed (an undo withdraws only its own). */
export async function ownLiveEntries(db: Db, entryIds: readonly number[], userId: string): Promise<number[]> {
  if (entryIds.length === 0) return [];
  const rows = await db
    .selectFrom('bank_entry')
    .select('id')
    .where('id', 'in', [...entryIds])
    .where('contributor_id', '=', userId)
    .where('withdrawn_at', 'is', null)
    .execute();
  return rows.map((r) => Number(r.id));
}
