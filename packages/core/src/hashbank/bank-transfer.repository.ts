import { signalTypes, type ImportFormat } from '@vigie/contract';
import type { Db } from '../database.ts';

// bank_import (one row per bank and file digest: how far an import got) and the export's pages.

/** The import of this file into this bank, started if it was not. */
export async function startImport(db: Db, bankId: number, format: ImportFormat, fileSha256: string) {
  await db
    .insertInto('bank_import')
    .values({ bank_id: bankId, format, file_sha256: fileSha256 })
    .onConflict((oc) => oc.columns(['bank_id', 'file_sha256']).doNothing())
    .execute();
  return db
    .selectFrom('bank_import')
    .selectAll()
    .where('bank_id', '=', bankId)
    .where('file_sha256', '=', fileSha256)
    .executeTakeFirstOrThrow();
}

export async function readImport(db: Db, importId: number) {
  return db.selectFrom('bank_import').selectAll().where('id', '=', importId).executeTakeFirstOrThrow();
}

/** Locked: two runs of the same file take turns and never insert a record twice. */
export async function lockImportProgress(trx: Db, importId: number): Promise<number> {
  const state = await trx
    .selectFrom('bank_import')
    .select(['lines_done'])
    .where('id', '=', importId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return state.lines_done;
}

export async function advanceImport(
  trx: Db,
  importId: number,
  linesDone: number,
  added: number,
  skipped: number,
): Promise<void> {
  await trx
    .updateTable('bank_import')
    .set((eb) => ({ lines_done: linesDone, added: eb('added', '+', added), skipped: eb('skipped', '+', skipped) }))
    .where('id', '=', importId)
    .execute();
}

/** Marks the import finished; false when another run already had. */
export async function finishImport(trx: Db, importId: number, at: Date): Promise<boolean> {
  const finished = await trx
    .updateTable('bank_import')
    .set({ finished_at: at })
    .where('id', '=', importId)
    .where('finished_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return finished !== undefined;
}

/** Live entries of a bank after `after`, by id. */
export async function readExportPage(db: Db, bankId: number, after: number, limit: number) {
  return db
    .selectFrom('bank_entry')
    .select(['id', ...signalTypes, 'age_band', 'activity', 'origin', 'victim_identified', 'provenance', 'updated_at'])
    .where('bank_id', '=', bankId)
    .where('withdrawn_at', 'is', null)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export type ExportRow = Awaited<ReturnType<typeof readExportPage>>[number];
