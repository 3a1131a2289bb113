import type { Db } from '../database.ts';
import type { CaptureState } from '@vigie/contract';
import type { CaptureHopJson } from './crawler.tables.ts';

// Captures of reported URLs: append-only evidence rows (the application role may not change
// them). The reported URL's capture state and the report's automatic-referral mark are written
// here in the capture's transaction: they are facts about this capture, not intake decisions.

export type NewCapture = Readonly<{
  urlId: string | null;
  requestedUrl: string;
  finalUrl: string | null;
  status: number | null;
  address: string | null;
  hops: CaptureHopJson[];
  headers: Record<string, string>;
  contentType: string | null;
  bodySha256: string | null;
  bodySize: number | null;
  errorCode: string | null;
  error: string | null;
  startedAt: Date;
  fetchedAt: Date;
  media: ReadonlyArray<{ url: string; source: string; sha256: string | null; errorCode: string | null }>;
}>;

export async function readReportedUrl(db: Db, urlId: string) {
  return db
    .selectFrom('reported_url')
    .select(['id', 'url', 'host', 'capture_state'])
    .where('id', '=', urlId)
    .executeTakeFirst();
}

export async function reportsOfUrl(db: Db, urlId: string): Promise<string[]> {
  const rows = await db.selectFrom('report_url').select('report_id').where('url_id', '=', urlId).execute();
  return rows.map((r) => r.report_id);
}

export async function insertCapture(trx: Db, capture: NewCapture): Promise<string> {
  const row = await trx
    .insertInto('capture')
    .values({
      url_id: capture.urlId,
      requested_url: capture.requestedUrl,
      final_url: capture.finalUrl,
      status: capture.status,
      address: capture.address,
      hops: JSON.stringify(capture.hops),
      headers: JSON.stringify(capture.headers),
      content_type: capture.contentType,
      body_sha256: capture.bodySha256,
      body_size: capture.bodySize,
      media_found: capture.media.filter((m) => m.sha256).length,
      error_code: capture.errorCode,
      error: capture.error,
      started_at: capture.startedAt,
      fetched_at: capture.fetchedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const media = [...new Map(capture.media.map((m) => [m.url, m])).values()];
  if (media.length > 0)
    await trx
      .insertInto('capture_media')
      .values(
        media.map((m) => ({
          capture_id: row.id,
          url: m.url,
          source: m.source,
          sha256: m.sha256,
          error_code: m.errorCode,
        })),
      )
      .execute();
  return row.id;
}

export async function setCaptureState(trx: Db, urlId: string, state: CaptureState): Promise<void> {
  await trx.updateTable('reported_url').set({ capture_state: state }).where('id', '=', urlId).execute();
}

export async function markAutoReferral(
  trx: Db,
  reportIds: readonly string[],
  detectionIds: readonly string[],
  at: Date,
) {
  if (reportIds.length === 0 || detectionIds.length === 0) return;
  await trx
    .insertInto('report_auto_referral')
    .values(reportIds.map((report_id) => ({ report_id, detection_ids: [...detectionIds], marked_at: at })))
    .onConflict((oc) => oc.column('report_id').doNothing())
    .execute();
}

export async function listCaptures(db: Db, urlId: string) {
  return db.selectFrom('capture').selectAll().where('url_id', '=', urlId).orderBy('fetched_at', 'desc').execute();
}

export async function readCapture(db: Db, id: string) {
  const capture = await db.selectFrom('capture').selectAll().where('id', '=', id).executeTakeFirst();
  if (!capture) return undefined;
  const media = await db.selectFrom('capture_media').selectAll().where('capture_id', '=', id).orderBy('url').execute();
  return { capture, media };
}
