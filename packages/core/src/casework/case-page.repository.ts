import { sql } from 'kysely';
import type { Db } from '../database.ts';

// The case page's reads: the report, the media its captures found with what the bank knows,
// related reports and the history. Each query is bounded (a case page is not an export).

const RELATED_LIMIT = 20;
const MEDIA_LIMIT = 500;
const HISTORY_LIMIT = 500;

export async function selectReport(db: Db, reportId: string) {
  const report = await db.selectFrom('report').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!report) return undefined;
  const urls = await db
    .selectFrom('report_url as ru')
    .innerJoin('reported_url as u', 'u.id', 'ru.url_id')
    .select(['u.id', 'u.url', 'u.host', 'u.capture_state as captureState'])
    .where('ru.report_id', '=', reportId)
    .orderBy('ru.position')
    .execute();
  const followUps = await db
    .selectFrom('report_follow_up')
    .select(['information', 'received_at as receivedAt'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
  return { report, urls, followUps };
}

/** The capture (of one of the report's URLs) and what it stored. */
export async function selectCaptureOfReport(db: Db, reportId: string, captureId: string) {
  return db
    .selectFrom('capture as c')
    .innerJoin('report_url as ru', 'ru.url_id', 'c.url_id')
    .select([
      'c.id',
      'c.requested_url as requestedUrl',
      'c.final_url as finalUrl',
      'c.content_type as contentType',
      'c.body_sha256 as bodySha256',
    ])
    .where('ru.report_id', '=', reportId)
    .where('c.id', '=', captureId)
    .executeTakeFirst();
}

/** A capture's media by URL, with the bank's classification when the media is known. */
export async function selectCaptureMedia(db: Db, captureId: string) {
  return db
    .selectFrom('capture_media as cm')
    .leftJoin('media as m', 'm.sha256', 'cm.sha256')
    .select([
      'cm.url',
      'cm.sha256',
      'm.state',
      'm.entry_id as entryId',
      'm.kind',
      'm.age_band as ageBand',
      'm.activity',
      'm.origin',
    ])
    .where('cm.capture_id', '=', captureId)
    .execute();
}

export async function selectCaseMedia(db: Db, reportId: string) {
  const found = await db
    .selectFrom('capture_media as cm')
    .innerJoin('capture as c', 'c.id', 'cm.capture_id')
    .innerJoin('report_url as ru', 'ru.url_id', 'c.url_id')
    .select(['cm.sha256', sql<string[]>`array_agg(distinct cm.url)`.as('urls')])
    .where('ru.report_id', '=', reportId)
    .where('cm.sha256', 'is not', null)
    .groupBy('cm.sha256')
    .limit(MEDIA_LIMIT)
    .execute();
  const shas = found.map((f) => f.sha256 as string);
  if (shas.length === 0) return [];
  const media = await db
    .selectFrom('media as m')
    .leftJoin('classification_item as ci', 'ci.sha256', 'm.sha256')
    .select((eb) => [
      'm.sha256',
      'm.kind',
      'm.format',
      'm.size',
      'm.state',
      'm.entry_id as entryId',
      'm.bank_id as bankId',
      'm.age_band as ageBand',
      'm.activity',
      'm.origin',
      'm.victim_identified as victimIdentified',
      'm.uses',
      'm.first_seen_at as firstSeenAt',
      'ci.state as classificationState',
      eb
        .selectFrom('detection as d')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('d.sha256', '=', 'm.sha256')
        .as('detections'),
      eb
        .selectFrom('media_sighting as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.sha256', '=', 'm.sha256')
        .as('sightings'),
    ])
    .where('m.sha256', 'in', shas)
    .orderBy('m.first_seen_at')
    .execute();
  const urlsOf = new Map(found.map((f) => [f.sha256 as string, f.urls]));
  return media.map((m) => ({ ...m, urls: urlsOf.get(m.sha256) ?? [] }));
}

export type RelatedReason = 'same_url' | 'same_media' | 'same_host';

export async function selectRelated(db: Db, reportId: string) {
  const sameUrl = db
    .selectFrom('report_url as mine')
    .innerJoin('report_url as other', 'other.url_id', 'mine.url_id')
    .select(['other.report_id as reportId', sql<RelatedReason>`'same_url'`.as('because')])
    .where('mine.report_id', '=', reportId);
  const sameHost = db
    .selectFrom('report_url as mine')
    .innerJoin('reported_url as mu', 'mu.id', 'mine.url_id')
    .innerJoin('reported_url as ou', 'ou.host', 'mu.host')
    .innerJoin('report_url as other', 'other.url_id', 'ou.id')
    .select(['other.report_id as reportId', sql<RelatedReason>`'same_host'`.as('because')])
    .where('mine.report_id', '=', reportId);
  const sameMedia = db
    .selectFrom('report_url as mine')
    .innerJoin('capture as c', 'c.url_id', 'mine.url_id')
    .innerJoin('capture_media as cm', 'cm.capture_id', 'c.id')
    .innerJoin('capture_media as ocm', 'ocm.sha256', 'cm.sha256')
    .innerJoin('capture as oc', 'oc.id', 'ocm.capture_id')
    .innerJoin('report_url as other', 'other.url_id', 'oc.url_id')
    .select(['other.report_id as reportId', sql<RelatedReason>`'same_media'`.as('because')])
    .where('mine.report_id', '=', reportId);
  const links = await db
    .selectFrom(sameUrl.union(sameHost).union(sameMedia).as('l'))
    .select(['l.reportId', sql<RelatedReason[]>`array_agg(distinct l.because)`.as('because')])
    .where('l.reportId', '<>', reportId)
    .groupBy('l.reportId')
    .limit(RELATED_LIMIT * 5)
    .execute();
  if (links.length === 0) return [];
  const reports = await db
    .selectFrom('report as r')
    .leftJoin('case_file as c', 'c.report_id', 'r.id')
    .select(['r.id', 'r.report_number as reportNumber', 'c.state', 'r.type', 'r.received_at as receivedAt'])
    .where(
      'r.id',
      'in',
      links.map((l) => l.reportId),
    )
    .orderBy('r.received_at', 'desc')
    .limit(RELATED_LIMIT)
    .execute();
  const because = new Map(links.map((l) => [l.reportId, l.because]));
  return reports.map((r) => ({ ...r, because: because.get(r.id) ?? [] }));
}

export async function selectCaseEvents(db: Db, reportId: string) {
  return db
    .selectFrom('case_event')
    .select(['at', 'kind', 'staff_id as staffId', 'decision_id as decisionId', 'details'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .limit(HISTORY_LIMIT)
    .execute();
}

/** Audit events about the report from elsewhere (intake, follow-ups); the case's own are in case_event. */
export async function selectReportAuditEvents(db: Db, reportId: string) {
  return db
    .selectFrom('audit_event')
    .select(['occurred_at as at', 'action', 'actor_type as actorType', 'actor_id as actorId', 'details'])
    .where('subject_type', '=', 'report')
    .where('subject_id', '=', reportId)
    .where('action', 'not like', 'case.%')
    .orderBy('seq')
    .limit(HISTORY_LIMIT)
    .execute();
}
