import type { Db } from '../database.ts';

// installation_setting: one row per key changed at run time.

export async function readSettings(db: Db, prefix: string): Promise<Map<string, unknown>> {
  const rows = await db
    .selectFrom('installation_setting')
    .select(['key', 'value'])
    .where('key', 'like', `${prefix}.%`)
    .execute();
  return new Map(rows.map((r) => [r.key.slice(prefix.length + 1), r.value]));
}

export async function writeSetting(trx: Db, key: string, value: unknown, at: Date, by: string): Promise<void> {
  await trx
    .insertInto('installation_setting')
    .values({ key, value: JSON.stringify(value), updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at, updated_by: by }))
    .execute();
}

export async function removeSetting(trx: Db, key: string): Promise<void> {
  await trx.deleteFrom('installation_setting').where('key', '=', key).execute();
}
