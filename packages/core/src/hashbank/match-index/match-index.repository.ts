import { sql } from 'kysely';
import type { Db } from '../../database.ts';
import type { Bank, VpdqFrame } from '../hashbank.types.ts';
import type { IndexRow } from './index-row.ts';
import type { DatabaseIdentity } from './index-snapshot.ts';
import type { IndexCheckpoint } from './match-index-store.ts';

// What the match index reads: banks whole, entry rows by id (a build) or in change order after a
// checkpoint (a refresh), and the snapshot's xmin that bounds what can no longer change behind it.

type RawRow = {
  id: number;
  bank_id: number;
  pdq: string | null;
  vpdq: VpdqFrame[] | null;
  status: string;
  suspended_at: Date | null;
  withdrawn_at: Date | null;
  txid: string;
};

export function toIndexRow(raw: RawRow): IndexRow {
  return {
    id: Number(raw.id),
    bankId: raw.bank_id,
    pdq: raw.pdq,
    vpdq: raw.vpdq,
    confirmed: raw.status === 'confirmed',
    suspended: raw.suspended_at !== null,
    withdrawn: raw.withdrawn_at !== null,
    txid: raw.txid,
  };
}

export function toBank(r: {
  id: number;
  name: string;
  purpose: string;
  kind: Bank['kind'];
  enabled: boolean;
  pdq_threshold: number;
  vpdq_threshold: number;
  vpdq_match_percent: number;
  min_pdq_quality: number;
  required_assessments: number;
  matching_ratio: number;
  deleted_at: Date | null;
}): Bank {
  return {
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    kind: r.kind,
    enabled: r.enabled,
    pdqThreshold: r.pdq_threshold,
    vpdqThreshold: r.vpdq_threshold,
    vpdqMatchPercent: r.vpdq_match_percent,
    minPdqQuality: r.min_pdq_quality,
    requiredAssessments: r.required_assessments,
    matchingRatio: r.matching_ratio,
    deleted: r.deleted_at !== null,
  };
}

export async function readBanks(db: Db): Promise<Bank[]> {
  return (await db.selectFrom('hash_bank').selectAll().execute()).map(toBank);
}

/** The oldest transaction still running: rows written below it can no longer appear behind a reader. */
export async function snapshotXmin(db: Db): Promise<string> {
  const { rows } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(
    db,
  );
  return rows[0]!.xmin;
}

function selectRows(db: Db) {
  return db
    .selectFrom('bank_entry')
    .select([
      'id',
      'bank_id',
      'pdq',
      'vpdq',
      'status',
      'suspended_at',
      'withdrawn_at',
      sql<string>`change_txid::text`.as('txid'),
    ]);
}

/** Live entries by id after `after`: one page of a build. */
export async function readLiveRows(db: Db, after: number, limit: number): Promise<IndexRow[]> {
  const rows = await selectRows(db)
    .where('withdrawn_at', 'is', null)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toIndexRow);
}

/** Rows changed after the checkpoint by transactions that can no longer commit behind it. */
export async function readChangedRows(db: Db, checkpoint: IndexCheckpoint, limit: number): Promise<IndexRow[]> {
  const rows = await selectRows(db)
    .where(sql<boolean>`(change_txid, id) > (${checkpoint.txid}::xid8, ${checkpoint.id}::bigint)`)
    .where(sql<boolean>`change_txid < pg_snapshot_xmin(pg_current_snapshot())`)
    .orderBy('change_txid')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toIndexRow);
}

/** Which database this is; undefined where the server does not tell (then no snapshot is used). */
export async function databaseIdentity(db: Db): Promise<DatabaseIdentity | undefined> {
  try {
    const { rows } = await sql<{ system: string; database: string; timeline: number }>`
      select (select system_identifier::text from pg_control_system()) as system,
             (select oid::text from pg_database where datname = current_database()) as database,
             (select timeline_id from pg_control_checkpoint()) as timeline
    `.execute(db);
    const row = rows[0];
    return row?.system && row.database
      ? { system: row.system, database: row.database, timeline: row.timeline }
      : undefined;
  } catch {
    return undefined;
  }
}

export async function highestEntryId(db: Db): Promise<number> {
  const { rows } = await sql<{ id: string | null }>`select max(id)::text as id from bank_entry`.execute(db);
  return Number(rows[0]?.id ?? 0);
}
