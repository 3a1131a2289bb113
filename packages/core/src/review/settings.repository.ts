import type { Insertable } from 'kysely';
import type { Db } from '../database.ts';
import type { ReviewPolicyTable, ReviewSettingTable } from './review.tables.ts';

// The supervisors' policy (one row at most) and each analyst's own display settings.

export async function readPolicy(db: Db) {
  return db.selectFrom('review_policy').selectAll().executeTakeFirst();
}

export async function upsertPolicy(trx: Db, row: Omit<Insertable<ReviewPolicyTable>, 'id'>): Promise<void> {
  await trx
    .insertInto('review_policy')
    .values({ ...row, id: true })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

export async function readUserSetting(db: Db, userId: string) {
  return db.selectFrom('review_setting').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertUserSetting(trx: Db, row: Insertable<ReviewSettingTable>): Promise<void> {
  const { user_id: _, ...changes } = row;
  await trx
    .insertInto('review_setting')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
    .execute();
}
