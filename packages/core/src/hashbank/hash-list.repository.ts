import { sql } from 'kysely';
import { signalTypes } from '@vigie/contract';
import type { Db } from '../database.ts';

// The providers' hash list's reads (hash-list.ts explains the stream). Every read is bounded by
// a transaction id below the snapshot's xmin, so no row can later appear behind a position.

/** Stream position: (txid, phase, change id, entry id); phase 0 is a change's re-send, 1 entry rows. */
export type Position = { txid: string; phase: 0 | 1; changeId: number; entryId: number };

// A change's re-send is finished: its last entry id taken as the largest there can be.
export const DONE = Number.MAX_SAFE_INTEGER;

const entryColumns = [
  'e.id',
  'e.bank_id',
  'b.name as bank',
  'b.enabled',
  'b.kind',
  ...signalTypes.map((type) => `e.${type}` as const),
  'e.uses',
  'e.status',
  'e.suspended_at',
  'e.withdrawn_at',
  'e.age_band',
  'e.activity',
  'e.origin',
  'e.victim_identified',
] as const;

function entryQuery(db: Db) {
  return db
    .selectFrom('bank_entry as e')
    .innerJoin('hash_bank as b', 'b.id', 'e.bank_id')
    .select(entryColumns)
    .select(sql<string>`e.change_txid::text`.as('txid'));
}

export type HashListRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['execute']>>[number];

/** The next access change after `from` that concerns the organisation, below `xmin`. */
export async function readNextChange(db: Db, organisationId: string, granted: number[], from: Position, xmin: string) {
  const after =
    from.phase === 1
      ? sql<boolean>`c.change_txid > ${from.txid}::xid8`
      : from.entryId === DONE
        ? sql<boolean>`(c.change_txid, c.id) > (${from.txid}::xid8, ${from.changeId}::bigint)`
        : sql<boolean>`(c.change_txid, c.id) >= (${from.txid}::xid8, ${from.changeId}::bigint)`;
  return db
    .selectFrom('hash_list_change as c')
    .select(['c.id', 'c.bank_id', sql<string>`c.change_txid::text`.as('txid')])
    .where((eb) =>
      eb.or([
        eb('c.organisation_id', '=', organisationId),
        ...(granted.length > 0 ? [eb.and([eb('c.organisation_id', 'is', null), eb('c.bank_id', 'in', granted)])] : []),
      ]),
    )
    .where(after)
    .where(sql<boolean>`c.change_txid < ${xmin}::xid8`)
    .orderBy('c.change_txid')
    .orderBy('c.id')
    .limit(1)
    .executeTakeFirst();
}

/** Entry rows of the granted (non-quarantine) banks after `at`, below `bound`, in change order. */
export async function readChangedEntries(db: Db, granted: number[], at: Position, bound: string, limit: number) {
  const after =
    at.phase === 1
      ? sql<boolean>`(e.change_txid, e.id) > (${at.txid}::xid8, ${at.entryId}::bigint)`
      : sql<boolean>`e.change_txid >= ${at.txid}::xid8`;
  return entryQuery(db)
    .where('e.bank_id', 'in', granted)
    .where('b.kind', '<>', 'quarantine')
    .where(after)
    .where(sql<boolean>`e.change_txid < ${bound}::xid8`)
    .orderBy('e.change_txid')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

/** A change's re-send: the bank's entries created before it, by id after `afterId`. */
export async function readResentEntries(db: Db, bankId: number, changeTxid: string, afterId: number, limit: number) {
  return entryQuery(db)
    .where('e.bank_id', '=', bankId)
    .where(sql<boolean>`coalesce(e.created_txid, '0'::xid8) < ${changeTxid}::xid8`)
    .where('e.id', '>', afterId)
    .orderBy('e.id')
    .limit(limit)
    .execute();
}
