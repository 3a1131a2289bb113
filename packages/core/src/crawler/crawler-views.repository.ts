import { sql } from 'kysely';
import type { Db } from '../database.ts';

// What the API shows of the crawl: seeds, detections, the classification queue, alerts, totals.

export async function listDetections(db: Db, options: { limit: number; afterId?: string }) {
  let query = db
    .selectFrom('detection')
    .select([
      'id',
      'sha256',
      'url',
      'page_url',
      'address',
      'entry_id',
      'bank_id',
      'source',
      'notice_state',
      'first_seen_at',
      'last_seen_at',
    ])
    .orderBy('id')
    .limit(options.limit);
  if (options.afterId) query = query.where('id', '>', options.afterId);
  return query.execute();
}

/** The analysts' queue, most promising first: no media bytes, no URLs of material, just what to decide. */
export async function listQueue(db: Db, limit: number) {
  return db
    .selectFrom('classification_item as c')
    .innerJoin('media as m', 'm.sha256', 'c.sha256')
    .select([
      'c.sha256',
      'c.state',
      'c.priority',
      'c.reasons',
      'c.early_alert',
      'c.queued_at',
      'm.kind',
      'm.format',
      'm.size',
      sql<string>`(select count(*) from classification_item g where g.group_sha256 = c.sha256)`.as('group_size'),
      sql<string>`(select count(distinct s.site) from media_sighting s where s.sha256 = c.sha256)`.as('sites'),
    ])
    .where('c.state', '=', 'queued')
    .orderBy('c.priority', 'desc')
    .orderBy('c.queued_at')
    .limit(limit)
    .execute();
}

export async function listVictimAlerts(db: Db, limit: number) {
  return db.selectFrom('victim_alert').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

export async function readCrawlTotals(db: Db) {
  const row = await sql<{ media: string; detections: string; queued: string; alerts: string }>`
    select
      (select count(*) from media) as media,
      (select count(*) from detection) as detections,
      (select count(*) from classification_item where state = 'queued') as queued,
      (select count(*) from victim_alert) as alerts`.execute(db);
  const r = row.rows[0]!;
  return {
    media: Number(r.media),
    detections: Number(r.detections),
    queued: Number(r.queued),
    alerts: Number(r.alerts),
  };
}

/** Every crawler's running totals, summed (for /metrics). */
export async function sumCrawlerCounters(db: Db) {
  return db
    .selectFrom('crawler_counter')
    .select(['name', sql<string>`sum(value)`.as('value')])
    .groupBy('name')
    .execute();
}

export async function topHostErrors(db: Db, limit: number) {
  return db
    .selectFrom('crawl_queue')
    .select(['key', 'errors'])
    .where('errors', '>', '0')
    .orderBy('errors', 'desc')
    .limit(limit)
    .execute();
}
