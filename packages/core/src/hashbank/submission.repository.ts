import type { Db } from '../database.ts';

// hash_submission: one row per organisation and submitted media.

/** The organisation's submission of the entry, recorded now unless it already was. */
export async function recordSubmission(
  trx: Db,
  organisationId: string,
  entryId: number,
  note: string,
): Promise<{ id: number; created: boolean }> {
  const inserted = await trx
    .insertInto('hash_submission')
    .values({ organisation_id: organisationId, entry_id: entryId, note })
    .onConflict((oc) => oc.columns(['organisation_id', 'entry_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: Number(inserted.id), created: true };
  const existing = await trx
    .selectFrom('hash_submission')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('entry_id', '=', entryId)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), created: false };
}

export type SubmissionRow = { id: number; organisationId: string; note: string; createdAt: Date };

/** Every organisation's submission of these entries, oldest first, by entry. */
export async function readSubmissions(db: Db, entryIds: readonly number[]): Promise<Map<number, SubmissionRow[]>> {
  const out = new Map<number, SubmissionRow[]>();
  if (entryIds.length === 0) return out;
  const rows = await db
    .selectFrom('hash_submission')
    .selectAll()
    .where('entry_id', 'in', [...new Set(entryIds)])
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = out.get(Number(r.entry_id)) ?? [];
    list.push({ id: Number(r.id), organisationId: r.organisation_id, note: r.note, createdAt: r.created_at });
    out.set(Number(r.entry_id), list);
  }
  return out;
}
