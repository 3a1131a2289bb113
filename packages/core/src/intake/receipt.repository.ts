import type { Db } from '../database.ts';

export type ReceiptRow = { idHash: string; reportId: string; sealed: Buffer; expiresAt: Date };

export async function insertReceipts(trx: Db, rows: readonly ReceiptRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('report_receipt')
    .values(rows.map((r) => ({ id_hash: r.idHash, report_id: r.reportId, sealed: r.sealed, expires_at: r.expiresAt })))
    .execute();
}

/** Deletes and returns a receipt that has not expired: each is shown once. */
export async function takeReceipt(trx: Db, idHash: string, now: Date) {
  return trx
    .deleteFrom('report_receipt')
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .returning(['report_id', 'sealed'])
    .executeTakeFirst();
}

export async function deleteExpiredReceipts(db: Db, now: Date): Promise<number> {
  const rows = await db.deleteFrom('report_receipt').where('expires_at', '<=', now).returning('id_hash').execute();
  return rows.length;
}

/** Which of these submission keys already filed a report. */
export async function submittedReportKeys(db: Db, keyHashes: readonly string[]): Promise<Set<string>> {
  if (keyHashes.length === 0) return new Set();
  const rows = await db
    .selectFrom('report')
    .select('submission_key_hash')
    .where('submission_key_hash', 'in', [...keyHashes])
    .execute();
  return new Set(rows.map((r) => r.submission_key_hash as string));
}

export async function isFollowUpSubmitted(db: Db, keyHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('report_follow_up')
    .select('id')
    .where('submission_key_hash', '=', keyHash)
    .executeTakeFirst();
  return row !== undefined;
}
