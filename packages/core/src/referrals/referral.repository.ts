import { sql } from 'kysely';
import type { ReferralEventKind, ReferralOrigin, ReferralState } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { ReferralTable } from './referrals.tables.ts';
import type { PackageFile, Referral } from './referrals.types.ts';

// Every query of referrals, their history and their files.

const referralColumns = [
  'referral.id',
  'referral.reference',
  'referral.report_id',
  'referral.recipient_id',
  'referral_recipient.name as recipient_name',
  'referral_recipient.kind as recipient_kind',
  'referral.origin',
  'referral.state',
  'referral.decision_id',
  'referral.rule_id',
  'referral.requested_by',
  'referral.classification',
  'referral.note',
  'referral.release_at',
  'referral.created_at',
  'referral.sent_at',
  'referral.acknowledged_at',
  'referral.recipient_reference',
  'referral.outcome',
] as const;

type Row = {
  id: string;
  reference: string;
  report_id: string;
  recipient_id: string;
  recipient_name: string;
  recipient_kind: Referral['recipientKind'];
  origin: ReferralOrigin;
  state: ReferralState;
  decision_id: string | null;
  rule_id: string | null;
  requested_by: string | null;
  classification: string | null;
  note: string | null;
  release_at: Date;
  created_at: Date;
  sent_at: Date | null;
  acknowledged_at: Date | null;
  recipient_reference: string | null;
  outcome: Referral['outcome'];
};

const toReferral = (r: Row): Referral => ({
  id: r.id,
  reference: r.reference,
  reportId: r.report_id,
  recipientId: r.recipient_id,
  recipientName: r.recipient_name,
  recipientKind: r.recipient_kind,
  origin: r.origin,
  state: r.state,
  decisionId: r.decision_id,
  ruleId: r.rule_id,
  requestedBy: r.requested_by,
  classification: r.classification,
  note: r.note,
  releaseAt: r.release_at,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  acknowledgedAt: r.acknowledged_at,
  recipientReference: r.recipient_reference,
  outcome: r.outcome,
});

export type NewReferral = Readonly<{
  id: string;
  reference: string;
  reportId: string;
  recipientId: string;
  origin: ReferralOrigin;
  decisionId: string | null;
  ruleId: string | null;
  requestedBy: string | null;
  classification: string | null;
  note: string | null;
  releaseAt: Date;
}>;

/** Inserts a held referral unless the report already went (or is going) to that recipient. */
export async function insertReferral(trx: Db, r: NewReferral, at: Date): Promise<boolean> {
  const row = await trx
    .insertInto('referral')
    .values({
      id: r.id,
      reference: r.reference,
      report_id: r.reportId,
      recipient_id: r.recipientId,
      origin: r.origin,
      state: 'held',
      decision_id: r.decisionId,
      rule_id: r.ruleId,
      requested_by: r.requestedBy,
      classification: r.classification,
      note: r.note,
      release_at: r.releaseAt,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['report_id', 'recipient_id']).where('state', '<>', 'cancelled').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

const selectBase = (db: Db) =>
  db
    .selectFrom('referral')
    .innerJoin('referral_recipient', 'referral_recipient.id', 'referral.recipient_id')
    .select(referralColumns);

export async function selectReferral(db: Db, id: string, lock = false): Promise<Referral | undefined> {
  let query = selectBase(db).where('referral.id', '=', id);
  if (lock) query = query.forUpdate('referral');
  const row = await query.executeTakeFirst();
  return row ? toReferral(row as Row) : undefined;
}

export async function selectReferrals(
  db: Db,
  filter: Readonly<{
    state?: ReferralState;
    origin?: ReferralOrigin;
    reportId?: string;
    before?: Date;
    limit: number;
  }>,
): Promise<Referral[]> {
  let query = selectBase(db);
  if (filter.state) query = query.where('referral.state', '=', filter.state);
  if (filter.origin) query = query.where('referral.origin', '=', filter.origin);
  if (filter.reportId) query = query.where('referral.report_id', '=', filter.reportId);
  if (filter.before) query = query.where('referral.created_at', '<', filter.before);
  const rows = await query.orderBy('referral.created_at', 'desc').orderBy('referral.id').limit(filter.limit).execute();
  return rows.map((r) => toReferral(r as Row));
}

/** How many referrals of one casework decision may still arrive, or did (not failed, not undone). */
export async function selectLiveSiblings(db: Db, decisionId: string): Promise<number> {
  const row = await db
    .selectFrom('referral')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('decision_id', '=', decisionId)
    .where('state', 'not in', ['failed', 'cancelled'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateReferral(
  trx: Db,
  id: string,
  patch: Partial<{
    state: ReferralTable['state'];
    queued_at: Date;
    sent_at: Date;
    acknowledged_at: Date;
    recipient_reference: string | null;
    outcome: ReferralTable['outcome'];
    outcome_at: Date;
  }>,
): Promise<void> {
  await trx
    .updateTable('referral')
    .set(patch as never)
    .where('id', '=', id)
    .execute();
}

export async function appendReferralEvent(
  trx: Db,
  referralId: string,
  kind: ReferralEventKind,
  at: Date,
  details: Record<string, unknown>,
  actor: string | null,
): Promise<void> {
  await trx
    .insertInto('referral_event')
    .values({ referral_id: referralId, kind, at, actor, details: JSON.stringify(details) })
    .execute();
}

export async function selectReferralEvents(db: Db, referralId: string) {
  return db
    .selectFrom('referral_event')
    .select(['kind', 'at', 'actor', 'details'])
    .where('referral_id', '=', referralId)
    .orderBy('id')
    .execute();
}

export async function insertReferralFiles(
  trx: Db,
  referralId: string,
  files: readonly PackageFile[],
  sha256: string[],
) {
  if (files.length === 0) return;
  await trx
    .insertInto('referral_file')
    .values(
      files.map((f, i) => ({
        referral_id: referralId,
        name: f.name,
        content_type: f.contentType,
        sha256: sha256[i]!,
        size: f.bytes.length,
        bytes: f.bytes,
      })),
    )
    .onConflict((oc) => oc.columns(['referral_id', 'name']).doNothing())
    .execute();
}

export async function selectReferralFiles(db: Db, referralId: string): Promise<PackageFile[]> {
  const rows = await db
    .selectFrom('referral_file')
    .select(['name', 'content_type', 'bytes'])
    .where('referral_id', '=', referralId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ name: r.name, contentType: r.content_type, bytes: r.bytes }));
}

export async function selectReferralFileList(db: Db, referralId: string) {
  return db
    .selectFrom('referral_file')
    .select(['name', 'sha256', 'size'])
    .where('referral_id', '=', referralId)
    .orderBy('name')
    .execute();
}

/** Reports referred per origin, and outcomes, for reports received in a period. */
export async function selectReferralStats(db: Db, since: Date, until: Date) {
  const reports = await db
    .selectFrom('report')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('received_at', '>=', since)
    .where('received_at', '<', until)
    .executeTakeFirstOrThrow();
  const referred = await db
    .selectFrom('referral')
    .innerJoin('report', 'report.id', 'referral.report_id')
    .select([
      sql<string>`count(distinct referral.report_id)`.as('any'),
      sql<string>`count(distinct referral.report_id) filter (where referral.origin = 'automatic')`.as('automatic'),
    ])
    .where('referral.state', '<>', 'cancelled')
    .where('report.received_at', '>=', since)
    .where('report.received_at', '<', until)
    .executeTakeFirstOrThrow();
  const outcomes = await db
    .selectFrom('referral')
    .innerJoin('report', 'report.id', 'referral.report_id')
    .select(['referral.outcome', (eb) => eb.fn.countAll<string>().as('n')])
    .where('referral.outcome', 'is not', null)
    .where('report.received_at', '>=', since)
    .where('report.received_at', '<', until)
    .groupBy('referral.outcome')
    .execute();
  return {
    reports: Number(reports.n),
    referred: Number(referred.any),
    automatic: Number(referred.automatic),
    outcomes: Object.fromEntries(outcomes.map((o) => [o.outcome as string, Number(o.n)])),
  };
}
