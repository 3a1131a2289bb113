import { sql } from 'kysely';
import { signalTypes, type ClassificationTier, type IntendedUse } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { HashListChangeReason } from './hashbank.tables.ts';
import type { Bank } from './hashbank.types.ts';
import { toBank } from './match-index/match-index.repository.ts';

// hash_bank, hash_bank_grant and hash_list_change: bank configuration and who may use a bank.

export type BankColumns = Partial<{
  purpose: string;
  kind: Bank['kind'];
  enabled: boolean;
  pdq_threshold: number;
  vpdq_threshold: number;
  vpdq_match_percent: number;
  min_pdq_quality: number;
  required_assessments: number;
  matching_ratio: number;
}>;

// A deleted bank keeps its row (its entries' history) but not its name: name lookups see live banks.

export async function findBankByName(db: Db, name: string): Promise<Bank | undefined> {
  const row = await db
    .selectFrom('hash_bank')
    .selectAll()
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toBank(row) : undefined;
}

export async function findBankById(db: Db, id: number): Promise<Bank | undefined> {
  const row = await db.selectFrom('hash_bank').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toBank(row) : undefined;
}

export async function listBanksByName(db: Db): Promise<Bank[]> {
  return (await db.selectFrom('hash_bank').selectAll().where('deleted_at', 'is', null).orderBy('name').execute()).map(
    toBank,
  );
}

/** Throws the unique violation when the name is taken. */
export async function insertBank(trx: Db, name: string, columns: BankColumns): Promise<Bank> {
  const row = await trx
    .insertInto('hash_bank')
    .values({ name, ...columns })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBank(row);
}

/** Inserts the bank unless one has the name; answers whether it did. */
export async function insertBankIfAbsent(trx: Db, name: string, columns: BankColumns): Promise<boolean> {
  const row = await trx
    .insertInto('hash_bank')
    .values({ name, ...columns })
    .onConflict((oc) => oc.column('name').where('deleted_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function lockBankByName(trx: Db, name: string): Promise<Bank | undefined> {
  const row = await trx
    .selectFrom('hash_bank')
    .selectAll()
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  return row ? toBank(row) : undefined;
}

export async function updateBankByName(
  trx: Db,
  name: string,
  columns: BankColumns & { name?: string },
): Promise<Bank | undefined> {
  const row = await trx
    .updateTable('hash_bank')
    .set({ ...columns, updated_at: sql<Date>`now()` })
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row ? toBank(row) : undefined;
}

export async function bankHasEntries(trx: Db, bankId: number): Promise<boolean> {
  const row = await trx.selectFrom('bank_entry').select('id').where('bank_id', '=', bankId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Frees the name and stops every use; the row stays for its entries, their events and tombstones. */
export async function markBankDeleted(trx: Db, bankId: number): Promise<void> {
  await trx
    .updateTable('hash_bank')
    .set({ enabled: false, deleted_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', bankId)
    .execute();
}

/** Only for a bank without entries: its import records go with it. */
export async function deleteEmptyBank(trx: Db, bankId: number): Promise<void> {
  await trx.deleteFrom('bank_import').where('bank_id', '=', bankId).execute();
  await trx.deleteFrom('hash_bank').where('id', '=', bankId).execute();
}

/** An access change, stamped with the writing transaction's id (default), for the hash lists. */
export async function recordListChange(
  trx: Db,
  bankId: number,
  organisationId: string | null,
  reason: HashListChangeReason,
): Promise<void> {
  await trx
    .insertInto('hash_list_change')
    .values({ bank_id: bankId, organisation_id: organisationId, reason })
    .execute();
}

export type GrantRow = { bankId: number; uses: IntendedUse[]; tier: ClassificationTier; curate: boolean };

export async function lockGrant(trx: Db, bankId: number, organisationId: string): Promise<GrantRow | undefined> {
  const row = await trx
    .selectFrom('hash_bank_grant')
    .select(['bank_id', 'uses', 'tier', 'curate'])
    .where('bank_id', '=', bankId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
  return row ? { bankId: row.bank_id, uses: row.uses, tier: row.tier, curate: row.curate } : undefined;
}

export async function upsertGrant(
  trx: Db,
  bankId: number,
  organisationId: string,
  uses: IntendedUse[],
  tier: ClassificationTier,
  curate: boolean | undefined,
): Promise<void> {
  // Curation left unsaid keeps what the grant had (false for a new one).
  const set = curate === undefined ? { uses, tier } : { uses, tier, curate };
  await trx
    .insertInto('hash_bank_grant')
    .values({ bank_id: bankId, organisation_id: organisationId, ...set })
    .onConflict((oc) => oc.columns(['bank_id', 'organisation_id']).doUpdateSet(set))
    .execute();
}

export async function deleteGrant(trx: Db, bankId: number, organisationId: string): Promise<boolean> {
  const removed = await trx
    .deleteFrom('hash_bank_grant')
    .where('bank_id', '=', bankId)
    .where('organisation_id', '=', organisationId)
    .returning('bank_id')
    .executeTakeFirst();
  return removed !== undefined;
}

/** Where every change to hash_bank_grant is announced, with its organisation's id (a trigger's NOTIFY). */
export const grantChannel = 'vigie_grant_changed';

/** Every grant of one organisation. */
export async function readGrants(db: Db, organisationId: string): Promise<GrantRow[]> {
  const rows = await db
    .selectFrom('hash_bank_grant')
    .select(['bank_id', 'uses', 'tier', 'curate'])
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => ({ bankId: r.bank_id, uses: r.uses, tier: r.tier, curate: r.curate }));
}

/** Whether the organisation may curate the bank. */
export async function mayCurate(db: Db, bankId: number, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('hash_bank_grant')
    .select('curate')
    .where('bank_id', '=', bankId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.curate === true;
}

/** Live entries of a bank, in all and per signal type. */
export async function countBankSignals(db: Db, bankId: number): Promise<Record<string, number>> {
  return db
    .selectFrom('bank_entry')
    .select([
      sql<number>`count(*)::int`.as('total'),
      ...signalTypes.map((type) => sql<number>`count(${sql.ref(type)})::int`.as(type)),
    ])
    .where('bank_id', '=', bankId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** (age band, activity) -> category per legal scheme: data that only a migration changes. */
export async function readSchemeCategories(db: Db) {
  return db.selectFrom('legal_scheme_category').selectAll().execute();
}
