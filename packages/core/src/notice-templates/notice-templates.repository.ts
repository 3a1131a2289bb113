import type { Db } from '../database.ts';

// notice_template: one row per template and language saved on the console.

export type SavedTemplate = Readonly<{
  name: string;
  language: string;
  source: string;
  updatedAt: Date;
  updatedBy: string;
}>;

export async function selectSavedTemplates(db: Db): Promise<SavedTemplate[]> {
  const rows = await db
    .selectFrom('notice_template')
    .select(['name', 'language', 'source', 'updated_at', 'updated_by'])
    .execute();
  return rows.map((r) => ({
    name: r.name,
    language: r.language,
    source: r.source,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }));
}

export async function writeSavedTemplate(trx: Db, row: SavedTemplate): Promise<void> {
  const values = { source: row.source, updated_at: row.updatedAt, updated_by: row.updatedBy };
  await trx
    .insertInto('notice_template')
    .values({ name: row.name, language: row.language, ...values })
    .onConflict((oc) => oc.columns(['name', 'language']).doUpdateSet(values))
    .execute();
}

/** Whether a row was there to remove. */
export async function removeSavedTemplate(trx: Db, name: string, language: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('notice_template')
    .where('name', '=', name)
    .where('language', '=', language)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
