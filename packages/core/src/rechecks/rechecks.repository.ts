import { sql } from 'kysely';
import type { RecheckOutcome } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { DueRecheck } from './rechecks.types.ts';

// Every query of the re-checks but the measures. Due rows are claimed with FOR UPDATE SKIP
// LOCKED and leased (next_check_at pushed past the run) in a transaction of their own, committed
// before any fetch: no lock is held while the network is asked.

export type Enrolment = Readonly<{
  url: string;
  sha256: string;
  pageUrl: string | null;
  address: string | null;
  detectionId: string | null;
  firstDetectedAt: Date;
}>;

/**
 * Puts URLs under re-check (or moves them to a newer notice). A URL already watched keeps its
 * schedule; one found gone and listed again (its media back) is watched again.
 */
export async function enrolRechecks(
  trx: Db,
  items: readonly Enrolment[],
  notice: { id: string; providerKey: string; country: string | null } | null,
  firstCheckAt: Date,
  at: Date,
): Promise<void> {
  if (items.length === 0) return;
  await trx
    .insertInto('recheck')
    .values(
      items.map((i) => ({
        url: i.url,
        sha256: i.sha256,
        page_url: i.pageUrl,
        address: i.address,
        detection_id: i.detectionId,
        notice_id: notice?.id ?? null,
        provider_key: notice?.providerKey ?? null,
        country: notice?.country ?? null,
        first_detected_at: i.firstDetectedAt,
        next_check_at: firstCheckAt,
        created_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['url', 'sha256']).doUpdateSet({
        notice_id: sql`coalesce(excluded.notice_id, recheck.notice_id)`,
        provider_key: sql`coalesce(excluded.provider_key, recheck.provider_key)`,
        country: sql`coalesce(excluded.country, recheck.country)`,
      }),
    )
    .execute();
}

/** The notice was accepted by its recipient's server: the clock "from first notice" starts. */
export async function markNotified(trx: Db, noticeId: string, at: Date): Promise<void> {
  await trx
    .updateTable('recheck')
    .set({ notified_at: sql`coalesce(notified_at, ${at})` })
    .where('notice_id', '=', noticeId)
    .execute();
}

const DUE_COLUMNS = ['id', 'url', 'sha256', 'notice_id', 'absent_streak', 'absent_since', 'state'] as const;

type DueRow = Readonly<{
  id: string | number | bigint;
  url: string;
  sha256: string;
  notice_id: DueRecheck['noticeId'];
  absent_streak: number;
  absent_since: DueRecheck['absentSince'];
  state: DueRecheck['state'];
}>;

function dueRecheckOf(r: DueRow): DueRecheck {
  return {
    id: String(r.id),
    url: r.url,
    sha256: r.sha256,
    noticeId: r.notice_id,
    absentStreak: r.absent_streak,
    absentSince: r.absent_since,
    state: r.state,
  };
}

/** Claims due re-checks and leases them until `leaseUntil` (another run skips them meanwhile). */
export async function claimDue(trx: Db, at: Date, limit: number, leaseUntil: Date): Promise<DueRecheck[]> {
  const rows = await trx
    .selectFrom('recheck')
    .select(DUE_COLUMNS)
    .where('state', '=', 'watching')
    .where('next_check_at', '<=', at)
    .orderBy('next_check_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (rows.length === 0) return [];
  await trx
    .updateTable('recheck')
    .set({ next_check_at: leaseUntil })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map(dueRecheckOf);
}

/** Locks claimed rows again to record their outcomes (a row another run took over is skipped). */
export async function lockClaimed(trx: Db, ids: readonly string[], leaseUntil: Date) {
  if (ids.length === 0) return new Map<string, DueRecheck>();
  const rows = await trx
    .selectFrom('recheck')
    .select(DUE_COLUMNS)
    .where('id', 'in', ids as never[])
    .where('next_check_at', '=', leaseUntil)
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [String(r.id), dueRecheckOf(r)]));
}

export async function recordCheck(
  trx: Db,
  id: string,
  change: {
    outcome: RecheckOutcome;
    detail: string;
    at: Date;
    next: Date;
    absentStreak: number;
    absentSince: Date | null;
    removedAt?: Date;
  },
): Promise<void> {
  await trx
    .updateTable('recheck')
    .set({
      last_outcome: change.outcome,
      last_detail: change.detail.slice(0, 500),
      last_checked_at: change.at,
      checks: sql`checks + 1`,
      next_check_at: change.next,
      absent_streak: change.absentStreak,
      absent_since: change.absentSince,
      ...(change.removedAt ? { state: 'removed' as const, removed_at: change.removedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** URLs of a notice the re-checks still watch (removed: false) or all of them. */
export async function noticeRechecks(db: Db, noticeId: string) {
  return db
    .selectFrom('recheck')
    .select(['id', 'url', 'sha256', 'address', 'state', 'last_outcome', 'removed_at', 'first_detected_at'])
    .where('notice_id', '=', noticeId)
    .orderBy('url')
    .execute();
}

/** How many of a notice's URLs are still watched, and when the last one went. */
export async function noticeRemovalState(trx: Db, noticeId: string) {
  return trx
    .selectFrom('recheck')
    .select([
      sql<number>`count(*) filter (where state <> 'removed')::int`.as('left'),
      sql<Date>`max(removed_at)`.as('last'),
    ])
    .where('notice_id', '=', noticeId)
    .executeTakeFirstOrThrow();
}

/** The notice closes as removed (from any status after queued); false when it already was. */
export async function setNoticeRemoved(trx: Db, noticeId: string, removedAt: Date): Promise<boolean> {
  const updated = await trx
    .updateTable('notice')
    .set({ status: 'removed', removed_at: removedAt })
    .where('id', '=', noticeId)
    .where('status', 'in', ['queued', 'sent', 'failed', 'acknowledged', 'contested'])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function followUpColumns(db: Db, noticeId: string) {
  return db
    .selectFrom('notice')
    .select(['reminders', 'escalations', 'followed_up_at', 'queued_at', 'reminders_paused'])
    .where('id', '=', noticeId)
    .executeTakeFirstOrThrow();
}

export async function recordFollowUp(
  trx: Db,
  noticeId: string,
  at: Date,
  counts: { reminders?: number; escalations?: number },
): Promise<void> {
  await trx
    .updateTable('notice')
    .set({ followed_up_at: at, ...counts })
    .where('id', '=', noticeId)
    .execute();
}

/** URLs under re-check by state, and those due at `at`. */
export async function recheckCounts(db: Db, at: Date) {
  const rows = await db
    .selectFrom('recheck')
    .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('state')
    .execute();
  const due = await db
    .selectFrom('recheck')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('state', '=', 'watching')
    .where('next_check_at', '<=', at)
    .executeTakeFirstOrThrow();
  return [...rows.map((r) => ({ state: r.state as string, n: Number(r.n) })), { state: 'due', n: Number(due.n) }];
}
