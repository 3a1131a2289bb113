import { sql } from 'kysely';
import type { CaseStateCounts, ReportSource, ReportType } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { CaseCloseReason, CaseEventKind, CaseState } from './casework.types.ts';

// The queue's queries. Every page is a keyset read in the queue's order,
// (-priority, received_at, report_id) ascending, which each case_file index starts with after its
// filter column, so a page costs its own rows however deep it is.

export type QueueCursor = Readonly<{ rank: number; receivedAt: Date; reportId: string }>;

export type QueueFilter = Readonly<{
  state?: CaseState | undefined;
  type?: ReportType | undefined;
  region?: string | undefined;
  source?: ReportSource | undefined;
  /** A staff id, or null: no live claim. */
  assignee?: string | null | undefined;
}>;

export type CaseRow = Readonly<{
  reportId: string;
  reportNumber: string;
  state: CaseState;
  priority: number;
  happeningNow: boolean;
  hasPersonInfo: boolean;
  type: ReportType;
  reportedType: ReportType;
  typeConfirmed: boolean;
  region: string | null;
  source: ReportSource;
  urls: number;
  receivedAt: Date;
  claimedBy: string | null;
  claimedByEmail: string | null;
  claimExpiresAt: Date | null;
  closeReason: CaseCloseReason | null;
}>;

function caseQuery(db: Db) {
  return db
    .selectFrom('case_file as c')
    .innerJoin('report as r', 'r.id', 'c.report_id')
    .leftJoin('staff_user as s', 's.id', 'c.claimed_by')
    .select((eb) => [
      'c.report_id as reportId',
      'r.report_number as reportNumber',
      'c.state',
      'c.priority',
      'r.happening_now as happeningNow',
      'r.has_person_info as hasPersonInfo',
      'c.type',
      'r.type as reportedType',
      'c.type_confirmed as typeConfirmed',
      'c.region',
      'c.source',
      eb
        .selectFrom('report_url as u')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('u.report_id', '=', 'c.report_id')
        .as('urls'),
      'c.received_at as receivedAt',
      'c.claimed_by as claimedBy',
      's.email as claimedByEmail',
      'c.claim_expires_at as claimExpiresAt',
      'c.close_reason as closeReason',
    ]);
}

const toRow = (r: Record<string, unknown>): CaseRow => ({ ...(r as CaseRow), urls: Number(r.urls ?? 0) });

/** One page of the queue as a query (the test reads its plan). */
export function queuePageQuery(db: Db, filter: QueueFilter, after: QueueCursor | undefined, limit: number, now: Date) {
  let q = caseQuery(db);
  q = filter.state ? q.where('c.state', '=', filter.state) : q.where('c.state', '<>', 'closed');
  if (filter.type) q = q.where('c.type', '=', filter.type);
  if (filter.region) q = q.where('c.region', '=', filter.region);
  if (filter.source) q = q.where('c.source', '=', filter.source);
  if (filter.assignee) q = q.where('c.claimed_by', '=', filter.assignee).where('c.claim_expires_at', '>', now);
  else if (filter.assignee === null)
    q = q.where((eb) => eb.or([eb('c.claimed_by', 'is', null), eb('c.claim_expires_at', '<=', now)]));
  if (after)
    q = q.where(
      sql<boolean>`(-c.priority, c.received_at, c.report_id) > (${after.rank}, ${after.receivedAt}, ${after.reportId}::uuid)`,
    );
  return q
    .orderBy(sql`-c.priority`)
    .orderBy('c.received_at')
    .orderBy('c.report_id')
    .limit(limit);
}

export async function selectQueuePage(
  db: Db,
  filter: QueueFilter,
  after: QueueCursor | undefined,
  limit: number,
  now: Date,
): Promise<CaseRow[]> {
  return (await queuePageQuery(db, filter, after, limit, now).execute()).map(toRow);
}

export async function selectCase(db: Db, reportId: string): Promise<CaseRow | undefined> {
  const row = await caseQuery(db).where('c.report_id', '=', reportId).executeTakeFirst();
  return row && toRow(row);
}

export async function selectStateCounts(db: Db): Promise<CaseStateCounts> {
  const rows = await db.selectFrom('case_state_count').select(['state', 'count']).execute();
  const counts: CaseStateCounts = { open: 0, in_review: 0, closed: 0 };
  for (const r of rows) counts[r.state] = Number(r.count);
  return counts;
}

export type LockedCase = Readonly<{
  reportId: string;
  state: CaseState;
  type: ReportType;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
}>;

/** The case's row, locked for the rest of the transaction: decisions on one case are serial. */
export async function lockCase(trx: Db, reportId: string): Promise<LockedCase | undefined> {
  return trx
    .selectFrom('case_file')
    .select(['report_id as reportId', 'state', 'type', 'claimed_by as claimedBy', 'claim_expires_at as claimExpiresAt'])
    .where('report_id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setClaim(
  trx: Db,
  reportId: string,
  claim: { staffId: string; expiresAt: Date } | null,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('case_file')
    .set({ claimed_by: claim?.staffId ?? null, claim_expires_at: claim?.expiresAt ?? null, updated_at: at })
    .where('report_id', '=', reportId)
    .execute();
}

/** Moves a live claim of `staffId` forward (their activity on the case); no-op for anyone else. */
export async function renewClaim(db: Db, reportId: string, staffId: string, expiresAt: Date, now: Date) {
  await db
    .updateTable('case_file')
    .set({ claim_expires_at: expiresAt })
    .where('report_id', '=', reportId)
    .where('claimed_by', '=', staffId)
    .where('claim_expires_at', '>', now)
    .where('claim_expires_at', '<', expiresAt)
    .execute();
}

export async function updateCase(
  trx: Db,
  reportId: string,
  change: Partial<{
    state: CaseState;
    type: ReportType;
    typeConfirmed: boolean;
    closeReason: CaseCloseReason | null;
    closedAt: Date | null;
  }>,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('case_file')
    .set({
      updated_at: at,
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.type !== undefined ? { type: change.type } : {}),
      ...(change.typeConfirmed !== undefined ? { type_confirmed: change.typeConfirmed } : {}),
      ...(change.closeReason !== undefined ? { close_reason: change.closeReason } : {}),
      ...(change.closedAt !== undefined ? { closed_at: change.closedAt } : {}),
    })
    .where('report_id', '=', reportId)
    .execute();
}

export async function insertCaseEvent(
  trx: Db,
  event: {
    reportId: string;
    kind: CaseEventKind;
    staffId: string | null;
    decisionId?: string | null;
    details?: Record<string, unknown>;
  },
  at: Date,
): Promise<void> {
  await trx
    .insertInto('case_event')
    .values({
      report_id: event.reportId,
      kind: event.kind,
      staff_id: event.staffId,
      decision_id: event.decisionId ?? null,
      details: JSON.stringify(event.details ?? {}),
      at,
    })
    .execute();
}
