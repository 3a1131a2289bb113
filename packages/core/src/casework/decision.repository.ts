import { sql } from 'kysely';
import type { ReportType } from '@vigie/contract';
import type { CaseDecisionKind, CaseDecisionState } from './casework.types.ts';
import type { Db } from '../database.ts';

export type DecisionRow = Readonly<{
  id: string;
  reportId: string;
  kind: CaseDecisionKind;
  state: CaseDecisionState;
  staffId: string;
  details: Record<string, unknown>;
  note: string | null;
  decidedAt: Date;
  updatedAt: Date;
}>;

const columns = [
  'id',
  'report_id as reportId',
  'kind',
  'state',
  'staff_id as staffId',
  'details',
  'note',
  'decided_at as decidedAt',
  'updated_at as updatedAt',
] as const;

export async function insertDecision(
  trx: Db,
  d: Omit<DecisionRow, 'decidedAt' | 'updatedAt'>,
  at: Date,
): Promise<DecisionRow> {
  await trx
    .insertInto('case_decision')
    .values({
      id: d.id,
      report_id: d.reportId,
      kind: d.kind,
      state: d.state,
      staff_id: d.staffId,
      details: JSON.stringify(d.details),
      note: d.note,
      decided_at: at,
      updated_at: at,
    })
    .execute();
  return { ...d, decidedAt: at, updatedAt: at };
}

export async function selectDecision(db: Db, id: string, lock = false): Promise<DecisionRow | undefined> {
  const q = db.selectFrom('case_decision').select(columns).where('id', '=', id);
  return lock ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

export async function selectDecisions(db: Db, reportId: string): Promise<DecisionRow[]> {
  return db
    .selectFrom('case_decision')
    .select(columns)
    .where('report_id', '=', reportId)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
}

export async function setDecisionState(
  trx: Db,
  id: string,
  state: CaseDecisionState,
  details: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('case_decision')
    .set({ state, updated_at: at, details: sql<string>`details || ${JSON.stringify(details)}::jsonb` })
    .where('id', '=', id)
    .execute();
}

export async function selectReportUrls(db: Db, reportId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('report_url as ru')
    .innerJoin('reported_url as u', 'u.id', 'ru.url_id')
    .select('u.url')
    .where('ru.report_id', '=', reportId)
    .orderBy('ru.position')
    .execute();
  return rows.map((r) => r.url);
}

/** Detections of notice-and-takedown material on the report's pages or at its URLs. */
export async function selectNotifiableDetections(db: Db, urls: readonly string[]): Promise<string[]> {
  if (urls.length === 0) return [];
  const rows = await db
    .selectFrom('detection')
    .select('id')
    .where((eb) => eb.or([eb('page_url', 'in', [...urls]), eb('url', 'in', [...urls])]))
    .where('notice_state', '!=', 'not_applicable')
    .orderBy('id')
    .limit(1000)
    .execute();
  return rows.map((r) => String(r.id));
}

/** Media URLs found on the report's pages (a nomination may name them as well as the pages). */
export async function selectMediaUrlsOfPages(db: Db, pages: readonly string[]): Promise<string[]> {
  if (pages.length === 0) return [];
  const rows = await db
    .selectFrom('media_sighting')
    .select('url')
    .where('page_url', 'in', [...pages])
    .limit(5000)
    .execute();
  return rows.map((r) => r.url);
}

export async function selectContactOf(db: Db, reportId: string) {
  return db
    .selectFrom('report')
    .select([
      'contact_ciphertext as sealed',
      'language',
      'personal_data_erased_at as erasedAt',
      'report_number as number',
    ])
    .where('id', '=', reportId)
    .executeTakeFirst();
}

/** The reporter's own classification (the case's type may have been corrected since). */
export async function selectReportedType(db: Db, reportId: string): Promise<ReportType> {
  const row = await db.selectFrom('report').select('type').where('id', '=', reportId).executeTakeFirstOrThrow();
  return row.type;
}
