import { sql } from 'kysely';
import type { BankEntriesQuery } from '@vigie/contract';
import type { Db } from '../database.ts';

// What the staff console reads of the hash bank: counts per bank, a bank's entries page by page,
// grants with their organisations' names, imports and the two review queues.

/** Live and withdrawn entries and grants, per bank id. */
export async function countPerBank(db: Db) {
  const [entries, grants] = await Promise.all([
    db
      .selectFrom('bank_entry')
      .select([
        'bank_id',
        sql<number>`count(*) filter (where withdrawn_at is null)::int`.as('live'),
        sql<number>`count(*) filter (where withdrawn_at is not null)::int`.as('withdrawn'),
      ])
      .groupBy('bank_id')
      .execute(),
    db
      .selectFrom('hash_bank_grant')
      .select(['bank_id', sql<number>`count(*)::int`.as('grants')])
      .groupBy('bank_id')
      .execute(),
  ]);
  return { entries, grants };
}

const entryColumns = [
  'id',
  'bank_id',
  'sha256',
  'sha1',
  'md5',
  'pdq',
  'vpdq',
  'status',
  'suspended_at',
  'withdrawn_at',
  'created_at',
] as const;

/** A bank's entries, newest first, by id (keyset paging). */
export async function listEntriesOfBank(
  db: Db,
  bankId: number,
  query: Required<Pick<BankEntriesQuery, 'state' | 'limit'>> & { before?: number | undefined },
) {
  let q = db.selectFrom('bank_entry').select(entryColumns).where('bank_id', '=', bankId);
  if (query.state === 'live') q = q.where('withdrawn_at', 'is', null);
  if (query.state === 'withdrawn') q = q.where('withdrawn_at', 'is not', null);
  if (query.before !== undefined) q = q.where('id', '<', query.before);
  return q.orderBy('id', 'desc').limit(query.limit).execute();
}

export type StaffEntryRow = Awaited<ReturnType<typeof listEntriesOfBank>>[number];

/** Entries by id (for the queues), with their bank's name. */
export async function readEntriesByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('bank_entry as e')
    .innerJoin('hash_bank as b', 'b.id', 'e.bank_id')
    .select(entryColumns.map((c) => `e.${c}` as const))
    .select('b.name as bank_name')
    .where('e.id', 'in', [...new Set(ids)])
    .execute();
}

export async function listGrantsOfBank(db: Db, bankId: number) {
  return db
    .selectFrom('hash_bank_grant as g')
    .innerJoin('organisation as o', 'o.id', 'g.organisation_id')
    .select(['g.organisation_id', 'o.name', 'g.uses', 'g.tier', 'g.curate'])
    .where('g.bank_id', '=', bankId)
    .orderBy('o.name')
    .execute();
}

export async function listOrganisations(db: Db) {
  return db.selectFrom('organisation').select(['id', 'name']).orderBy('name').execute();
}

export async function organisationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listImportsOfBank(db: Db, bankId: number, limit = 20) {
  return db
    .selectFrom('bank_import')
    .selectAll()
    .where('bank_id', '=', bankId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
