import { sql } from 'kysely';
import type { SeedOrigin } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { AnalysedMedia } from './media-analysis.ts';

// Seeds, the hosts of confirmed material, the robots.txt cache, per-host errors, the crawlers'
// counters, and what is already known of a media (so that it is fingerprinted once).

export type SeedInfo = Readonly<{
  id: string;
  url: string;
  origin: SeedOrigin;
  site: string;
  honourRobots: boolean;
  priority: number;
  maxDepth: number;
  maxUrls: number;
  urlsQueued: number;
  reportId: string | null;
  createdAt: Date;
}>;

export type NewSeed = Readonly<{
  url: string;
  origin: SeedOrigin;
  site: string;
  honourRobots: boolean;
  priority: number;
  maxDepth: number;
  maxUrls: number;
  reportId?: string | null;
  createdBy?: string | null;
}>;

const seedColumns = [
  'id',
  'url',
  'origin',
  'site',
  'honour_robots',
  'priority',
  'max_depth',
  'max_urls',
  'urls_queued',
  'report_id',
  'created_at',
] as const;

type SeedRow = {
  id: string;
  url: string;
  origin: SeedOrigin;
  site: string;
  honour_robots: boolean;
  priority: number;
  max_depth: number;
  max_urls: number;
  urls_queued: number;
  report_id: string | null;
  created_at: Date;
};

export const toSeedInfo = (r: SeedRow): SeedInfo => ({
  id: String(r.id),
  url: r.url,
  origin: r.origin,
  site: r.site,
  honourRobots: r.honour_robots,
  priority: r.priority,
  maxDepth: r.max_depth,
  maxUrls: r.max_urls,
  urlsQueued: r.urls_queued,
  reportId: r.report_id,
  createdAt: r.created_at,
});

/** A seed per URL: the same URL seeded again answers the existing seed (created false). */
export async function insertSeed(trx: Db, seed: NewSeed): Promise<{ seed: SeedInfo; created: boolean }> {
  const inserted = await trx
    .insertInto('crawl_seed')
    .values({
      url: seed.url,
      origin: seed.origin,
      site: seed.site,
      honour_robots: seed.honourRobots,
      priority: seed.priority,
      max_depth: seed.maxDepth,
      max_urls: seed.maxUrls,
      report_id: seed.reportId ?? null,
      created_by: seed.createdBy ?? null,
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returning(seedColumns)
    .executeTakeFirst();
  if (inserted) return { seed: toSeedInfo(inserted), created: true };
  const existing = await trx
    .selectFrom('crawl_seed')
    .select(seedColumns)
    .where('url', '=', seed.url)
    .executeTakeFirstOrThrow();
  return { seed: toSeedInfo(existing), created: false };
}

export async function listSeeds(db: Db, limit: number): Promise<SeedInfo[]> {
  const rows = await db.selectFrom('crawl_seed').select(seedColumns).orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toSeedInfo);
}

export async function readSeeds(db: Db, ids: readonly string[]): Promise<SeedInfo[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('crawl_seed').select(seedColumns).where('id', 'in', ids.map(String)).execute();
  return rows.map(toSeedInfo);
}

/** Counts URLs queued for a seed; answers how many of `wanted` its budget still allows. */
export async function spendSeedBudget(db: Db, seedId: string, wanted: number): Promise<number> {
  if (wanted <= 0) return 0;
  const row = await sql<{ granted: number }>`
    with before as (select urls_queued, max_urls from crawl_seed where id = ${seedId} for update),
    spent as (
      update crawl_seed s set urls_queued = least(s.max_urls, s.urls_queued + ${wanted})
      from before where s.id = ${seedId}
      returning s.urls_queued - before.urls_queued as granted
    )
    select granted from spent`.execute(db);
  return Number(row.rows[0]?.granted ?? 0);
}

export async function insertConfirmedHosts(trx: Db, hosts: readonly string[], at: Date): Promise<void> {
  if (hosts.length === 0) return;
  await trx
    .insertInto('confirmed_host')
    .values([...new Set(hosts)].map((host) => ({ host, first_detection_at: at })))
    .onConflict((oc) => oc.column('host').doNothing())
    .execute();
}

export async function listConfirmedHosts(db: Db): Promise<string[]> {
  return (await db.selectFrom('confirmed_host').select('host').execute()).map((r) => r.host);
}

export async function readRobots(db: Db, host: string, freshAfter: Date) {
  return db
    .selectFrom('crawl_robots')
    .select(['status', 'body'])
    .where('host', '=', host)
    .where('fetched_at', '>', freshAfter)
    .executeTakeFirst();
}

export async function writeRobots(db: Db, host: string, status: number, body: string, at: Date): Promise<void> {
  await db
    .insertInto('crawl_robots')
    .values({ host, status, body, fetched_at: at })
    .onConflict((oc) => oc.column('host').doUpdateSet({ status, body, fetched_at: at }))
    .execute();
}

export async function recordQueueOutcomes(
  db: Db,
  key: string,
  fetches: number,
  errors: number,
  lastError: string | null,
): Promise<void> {
  await db
    .updateTable('crawl_queue')
    .set({
      fetches: sql`fetches + ${fetches}`,
      errors: sql`errors + ${errors}`,
      ...(lastError ? { last_error: lastError } : {}),
    })
    .where('key', '=', key)
    .execute();
}

export async function flushCounters(db: Db, processId: string, counters: Record<string, number>, at: Date) {
  const rows = Object.entries(counters).map(([name, value]) => ({
    process_id: processId,
    name,
    value,
    updated_at: at,
  }));
  if (rows.length === 0) return;
  await db
    .insertInto('crawler_counter')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['process_id', 'name'])
        .doUpdateSet({ value: sql`excluded.value`, updated_at: sql`excluded.updated_at` }),
    )
    .execute();
}

/** What is known of media already seen, by SHA-256: they are not fingerprinted again. */
export async function readKnownMedia(db: Db, hashes: readonly string[]): Promise<Map<string, AnalysedMedia>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('media')
    .selectAll()
    .where('sha256', 'in', [...new Set(hashes)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.sha256,
      {
        sha256: r.sha256,
        sha1: r.sha1,
        md5: r.md5,
        kind: r.kind,
        format: r.format,
        size: Number(r.size),
        pdq: r.pdq,
        pdqQuality: r.pdq_quality,
        vpdq: r.vpdq,
        state: r.state,
        known:
          r.state === 'known' && r.entry_id !== null && r.bank_id !== null
            ? {
                entryId: String(r.entry_id),
                bankId: r.bank_id,
                ageBand: r.age_band,
                activity: r.activity,
                origin: r.origin,
                victimIdentified: r.victim_identified,
                uses: r.uses,
              }
            : null,
        awaitingEntryId: null,
      },
    ]),
  );
}

/** Queued media with a PDQ, for grouping near-duplicates (newest first, at most `limit`). */
export async function readQueuedPdqs(db: Db, since: Date | null, limit: number) {
  let query = db
    .selectFrom('classification_item')
    .innerJoin('media', 'media.sha256', 'classification_item.sha256')
    .select(['media.sha256', 'media.pdq', 'classification_item.queued_at'])
    .where('classification_item.state', '=', 'queued')
    .where('media.pdq', 'is not', null);
  if (since) query = query.where('classification_item.queued_at', '>', since);
  return query.orderBy('classification_item.queued_at', 'desc').limit(limit).execute();
}
