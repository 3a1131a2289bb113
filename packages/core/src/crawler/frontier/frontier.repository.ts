import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.ts';
import type { DiscoveredUrl, Frontier, GetParams, KnownUrl, QueueBatch, QueueInfo, UrlInfo } from './frontier.port.ts';

// The frontier in the PostgreSQL Vigie already uses, for any number of crawler processes on any
// number of machines: queues claimed with FOR UPDATE SKIP LOCKED (two crawlers never get one
// host at once), URLs in a table hash-partitioned by normalised URL. Batches go through unnest()
// so that one page's links are one statement, however many. Lock order, everywhere: URL rows
// first, queue rows after, in key order (no deadlock between putDiscovered and getUrls).

type UrlRow = {
  url: string;
  key: string;
  kind: UrlInfo['kind'];
  seed_id: string;
  depth: number;
  priority: number;
  referrer: string | null;
  source: string | null;
  attempts?: number;
};

const toInfo = (r: UrlRow): UrlInfo => ({
  url: r.url,
  key: r.key,
  kind: r.kind,
  seedId: String(r.seed_id),
  depth: r.depth,
  priority: r.priority,
  referrer: r.referrer,
  source: r.source,
  ...(r.attempts !== undefined ? { attempts: r.attempts } : {}),
});

export function createPostgresFrontier(db: Kysely<Database>): Frontier {
  async function refreshQueueDue(trx: Kysely<Database>, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await sql`
      update crawl_queue q set due_at = (
        select min(u.due_at) from crawl_url u where u.key = q.key and u.due_at is not null
      ) where q.key = any(${keys}::text[])`.execute(trx);
  }

  return {
    async getUrls(params: GetParams, now: Date): Promise<QueueBatch[]> {
      const leaseEnd = new Date(now.getTime() + params.delayRequestableMs);
      return db.transaction().execute(async (trx) => {
        const queues = await sql<{ key: string; delay_ms: number; honour_robots: boolean }>`
          update crawl_queue q set blocked_until = ${leaseEnd}
          from (
            select key from crawl_queue
            where due_at <= ${now} and blocked_until <= ${now}
            order by due_at limit ${params.maxQueues}
            for update skip locked
          ) ready
          where q.key = ready.key
          returning q.key, q.delay_ms, q.honour_robots`.execute(trx);
        const keys = queues.rows.map((q) => q.key);
        if (keys.length === 0) return [];
        // The URLs first, then their lease by URL: an update joined on a subquery would scan every
        // partition, while `url = any(array)` is pruned to the partitions that hold them.
        const picked = await sql<{ url: string; due_at: Date }>`
          select c.url, c.due_at from unnest(${keys}::text[]) as k(key) cross join lateral (
            select url, due_at from crawl_url
            where crawl_url.key = k.key and due_at is not null and due_at <= ${now}
            order by priority desc, due_at limit ${params.maxUrlsPerQueue}
          ) c`.execute(trx);
        const pickedUrls = picked.rows.map((r) => r.url);
        const urls =
          pickedUrls.length === 0
            ? { rows: [] as Array<UrlRow & { was_due: Date }> }
            : await sql<UrlRow & { was_due: Date }>`
          update crawl_url u set due_at = ${leaseEnd}, attempts = u.attempts + 1
          from unnest(${pickedUrls}::text[], ${picked.rows.map((r) => r.due_at)}::timestamptz[]) as picked(url, due_at)
          where u.url = picked.url and u.url = any(${pickedUrls}::text[])
          returning u.url, u.key, u.kind, u.seed_id, u.depth, u.priority, u.referrer, u.source, u.attempts,
            picked.due_at as was_due`.execute(trx);
        // Highest priority first, then the longest due (a URL put back after a 429 waits its turn).
        urls.rows.sort((a, b) => b.priority - a.priority || a.was_due.getTime() - b.was_due.getTime());
        await refreshQueueDue(trx, keys);
        // A queue that had nothing due after all is not held for the lease.
        const served = new Set(urls.rows.map((r) => r.key));
        const idle = keys.filter((k) => !served.has(k));
        if (idle.length > 0)
          await sql`update crawl_queue set blocked_until = ${now} where key = any(${idle}::text[])`.execute(trx);
        const byKey = new Map<string, UrlInfo[]>();
        for (const row of urls.rows) {
          const list = byKey.get(row.key) ?? [];
          list.push(toInfo(row));
          byKey.set(row.key, list);
        }
        return queues.rows.map((q) => ({
          key: q.key,
          delayMs: q.delay_ms,
          honourRobots: q.honour_robots,
          urls: byKey.get(q.key) ?? [],
        }));
      });
    },

    async putDiscovered(urls: readonly DiscoveredUrl[], now: Date, options = {}): Promise<UrlInfo[]> {
      if (urls.length === 0) return [];
      const unique = [...new Map(urls.map((u) => [u.url, u])).values()];
      const due = options.claimForMs === undefined ? now : new Date(now.getTime() + options.claimForMs);
      const attempts = options.claimForMs === undefined ? 0 : 1;
      // One statement, so one round trip: the URLs, then (the aggregate reads them all first) their
      // queues in key order, which keeps the lock order of the comment above.
      const added = await sql<UrlRow>`
        with t as (
          select * from unnest(${unique.map((u) => u.url)}::text[], ${unique.map((u) => u.key)}::text[],
            ${unique.map((u) => u.kind)}::text[], ${unique.map((u) => u.seedId)}::bigint[],
            ${unique.map((u) => u.depth)}::int[], ${unique.map((u) => u.priority)}::int[],
            ${unique.map((u) => u.referrer)}::text[], ${unique.map((u) => u.source)}::text[],
            ${unique.map((u) => u.honourRobots ?? true)}::boolean[])
            as t(url, key, kind, seed_id, depth, priority, referrer, source, honour)
        ), added as (
          insert into crawl_url (url, key, kind, seed_id, depth, priority, referrer, source, due_at, attempts, discovered_at)
          select url, key, kind, seed_id, depth, priority, referrer, source, ${due}, ${attempts}, ${now}
          from t order by url
          on conflict (url) do nothing
          returning url, key, kind, seed_id, depth, priority, referrer, source
        ), queues as (
          insert into crawl_queue (key, due_at, honour_robots)
          select a.key, ${due}::timestamptz, bool_and(t.honour) from added a join t on t.url = a.url
          group by a.key order by a.key
          on conflict (key) do update set
            due_at = least(crawl_queue.due_at, excluded.due_at),
            honour_robots = crawl_queue.honour_robots and excluded.honour_robots
          where crawl_queue.due_at is null or crawl_queue.due_at > excluded.due_at
            or (crawl_queue.honour_robots and not excluded.honour_robots)
        )
        select * from added`.execute(db);
      return added.rows.map(toInfo);
    },

    async putKnown(urls: readonly KnownUrl[], now: Date): Promise<void> {
      if (urls.length === 0) return;
      const unique = [...new Map(urls.map((u) => [u.url, u])).values()].sort((a, b) => (a.url < b.url ? -1 : 1));
      // One statement (one round trip): the URLs, then the queues of those due again, in key order.
      await sql`
        with updated as (
          update crawl_url u set
            state = case when v.failed then 'failed' when v.due is null then 'done' else 'queued' end,
            due_at = v.due,
            -- put back unfetched (its host asked to wait): what its last fetch said stays
            fetched_at = case when v.status is null and v.error is null then u.fetched_at else ${now} end,
            status = case when v.status is null and v.error is null then u.status else v.status end,
            error = case when v.status is null and v.error is null then u.error else v.error end
          from unnest(${unique.map((u) => u.url)}::text[], ${unique.map((u) => u.refetchableFrom)}::timestamptz[],
            ${unique.map((u) => u.failed ?? false)}::boolean[], ${unique.map((u) => u.status ?? null)}::int[],
            ${unique.map((u) => u.error ?? null)}::text[]) as v(url, due, failed, status, error)
          where u.url = v.url and u.url = any(${unique.map((u) => u.url)}::text[]) -- pruned to their partitions
          returning u.key, u.due_at
        )
        insert into crawl_queue (key, due_at, honour_robots)
        select key, min(due_at), true from updated where due_at is not null group by key order by key
        on conflict (key) do update set
          due_at = least(crawl_queue.due_at, excluded.due_at),
          honour_robots = crawl_queue.honour_robots and excluded.honour_robots
        where crawl_queue.due_at is null or crawl_queue.due_at > excluded.due_at
          or (crawl_queue.honour_robots and not excluded.honour_robots)`.execute(db);
    },

    async blockQueueUntil(key: string, until: Date): Promise<void> {
      await sql`update crawl_queue set blocked_until = ${until} where key = ${key}`.execute(db);
    },

    async setDelay(key: string, delayMs: number): Promise<void> {
      await sql`
        insert into crawl_queue (key, delay_ms) values (${key}, ${delayMs})
        on conflict (key) do update set delay_ms = excluded.delay_ms`.execute(db);
    },

    async getStats(now: Date) {
      const row = await sql<{ size: string; in_process: string; queues: string; active: string }>`
        select
          (select count(*) from crawl_url where state = 'queued') as size,
          (select count(*) from crawl_url where state = 'queued' and attempts > 0 and due_at > ${now}) as in_process,
          (select count(*) from crawl_queue) as queues,
          (select count(*) from crawl_queue where due_at is not null) as active`.execute(db);
      const r = row.rows[0]!;
      return {
        size: Number(r.size),
        inProcess: Number(r.in_process),
        queues: Number(r.queues),
        activeQueues: Number(r.active),
      };
    },

    async listQueues(limit: number, afterKey = ''): Promise<QueueInfo[]> {
      const rows = await sql<{ key: string; due_at: Date | null; blocked_until: Date; delay_ms: number; size: string }>`
        select q.key, q.due_at, q.blocked_until, q.delay_ms,
          (select count(*) from crawl_url u where u.key = q.key and u.state = 'queued') as size
        from crawl_queue q where q.key > ${afterKey} order by q.key limit ${limit}`.execute(db);
      return rows.rows.map((r) => ({
        key: r.key,
        dueAt: r.due_at,
        blockedUntil: r.blocked_until,
        delayMs: r.delay_ms,
        size: Number(r.size),
      }));
    },

    async deleteQueue(key: string): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const removed = await sql`delete from crawl_url where key = ${key}`.execute(trx);
        await sql`delete from crawl_queue where key = ${key}`.execute(trx);
        return Number(removed.numAffectedRows ?? 0);
      });
    },
  };
}
