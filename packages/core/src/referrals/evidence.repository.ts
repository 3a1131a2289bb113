import type { Db } from '../database.ts';

// The reads a package is built from: the intake's report, the crawler's captures, media and
// detections. Read only; the tables belong to those features.

export async function selectReport(db: Db, id: string) {
  return db
    .selectFrom('report')
    .select([
      'id',
      'report_number',
      'type',
      'source',
      'language',
      'description',
      'anonymous',
      'incident',
      'suspect',
      'victim',
      'reporter_region',
      'reporter_country',
      'happening_now',
      'has_person_info',
      'received_at',
      'personal_data_erased_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function selectReportUrls(db: Db, reportId: string) {
  return db
    .selectFrom('report_url')
    .innerJoin('reported_url', 'reported_url.id', 'report_url.url_id')
    .select(['reported_url.id', 'reported_url.url', 'reported_url.host', 'reported_url.capture_state'])
    .where('report_url.report_id', '=', reportId)
    .orderBy('report_url.position')
    .execute();
}

export async function selectCaptures(db: Db, urlIds: readonly string[]) {
  if (urlIds.length === 0) return [];
  return db
    .selectFrom('capture')
    .select([
      'id',
      'url_id',
      'requested_url',
      'final_url',
      'status',
      'address',
      'hops',
      'content_type',
      'body_sha256',
      'error_code',
      'fetched_at',
    ])
    .where('url_id', 'in', urlIds)
    .orderBy('fetched_at')
    .execute();
}

export async function selectCaptureMedia(db: Db, captureIds: readonly string[]) {
  if (captureIds.length === 0) return [];
  return db
    .selectFrom('capture_media')
    .leftJoin('media', 'media.sha256', 'capture_media.sha256')
    .select([
      'capture_media.capture_id',
      'capture_media.url',
      'capture_media.sha256',
      'capture_media.error_code',
      'media.sha1',
      'media.md5',
      'media.pdq',
      'media.kind',
      'media.format',
      'media.size',
      'media.state',
      'media.age_band',
      'media.activity',
      'media.origin',
      'media.stored',
    ])
    .where('capture_media.capture_id', 'in', captureIds)
    .orderBy('capture_media.url')
    .execute();
}

/** The detections the crawler marked a report with, and their media's labels. */
export async function selectDetections(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('detection')
    .innerJoin('media', 'media.sha256', 'detection.sha256')
    .select([
      'detection.id',
      'detection.url',
      'detection.page_url',
      'detection.address',
      'detection.sha256',
      'detection.first_seen_at',
      'media.sha1',
      'media.md5',
      'media.pdq',
      'media.kind',
      'media.format',
      'media.size',
      'media.age_band',
      'media.activity',
      'media.origin',
      'media.stored',
    ])
    .where('detection.id', 'in', ids)
    .orderBy('detection.id')
    .execute();
}

export async function selectAutoMark(db: Db, reportId: string) {
  return db
    .selectFrom('report_auto_referral')
    .select('detection_ids')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}
