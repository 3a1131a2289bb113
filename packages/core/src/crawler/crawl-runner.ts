import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Logger } from '../platform/logging.ts';
import type { CrawlSettings } from '../platform/crawl-settings.ts';
import { createGroupCommit } from '../platform/db/group-commit.ts';
import { isAppError } from '../platform/errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { fetchPage, type PageLimits } from './crawl-page.ts';
import { readSeeds, recordQueueOutcomes, type SeedInfo } from './crawler.repository.ts';
import { inScope } from './discovery/index.ts';
import type { DiscoveredUrl, Frontier, KnownUrl, QueueBatch, UrlInfo } from './frontier/index.ts';
import { mediaKindOf } from './media-analysis.ts';
import { crawlFetchLimits, type MediaFetcher } from './media-fetcher.ts';
import type { CrawlRecorder, MediaFind } from './crawl-recorder.ts';
import { createLeaseKeeper, type Holding } from './crawl-leases.ts';
import type { RobotsAnswer } from './robots-cache.ts';

// One crawler process: claims host queues from the frontier, fetches each queue's URLs one at a
// time with the host's delay, follows links within the seed's scope, fetches every media of a
// page right after it (claimed in the frontier first, so no other crawler fetches it too) and
// records what it found in one transaction per page. A SIGKILL at any moment loses nothing: what
// was claimed and not recorded is due again when its lease ends (a live crawler renews the leases
// of what it holds: crawl-leases.ts); recording twice is harmless.

export type CrawlRunnerDeps = Readonly<{
  db: Kysely<Database>;
  frontier: Frontier;
  outbound: Pick<Outbound, 'fetch'>;
  media: MediaFetcher;
  recorder: CrawlRecorder;
  robots: { rulesFor(origin: string, now: Date): Promise<RobotsAnswer> };
  settings: CrawlSettings;
  logger: Logger;
  now: () => Date;
  counters: Record<string, number>;
  confirmedHosts(): ReadonlySet<string>;
}>;

const ROBOTS_RETRY_MS = 3600_000;
const MAX_ATTEMPTS = 3;

export function createCrawlRunner(deps: CrawlRunnerDeps) {
  const { settings, frontier, now, counters } = deps;
  const leaseMs = settings.leaseSeconds * 1000;
  const fetchLimits = crawlFetchLimits(settings);
  const pageLimits: PageLimits = {
    fetch: fetchLimits,
    maxPageBytes: settings.maxPageBytes,
    maxLinks: settings.maxLinksPerPage,
  };
  const seeds = new Map<string, SeedInfo>();
  const leases = createLeaseKeeper({ frontier, leaseMs, now, logger: deps.logger });
  const count = (name: string, by = 1) => (counters[name] = (counters[name] ?? 0) + by);

  async function seedsOf(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !seeds.has(id));
    for (const seed of await readSeeds(deps.db, missing)) seeds.set(seed.id, seed);
  }

  const revisitAt = (at: Date): Date | null =>
    settings.revisitDays > 0 ? new Date(at.getTime() + settings.revisitDays * 86_400_000) : null;

  function failure(url: UrlInfo, error: unknown, attempts: number, at: Date): KnownUrl {
    const code = isAppError(error) ? error.code : 'CRAWL_FAILED';
    count(`errors.${code}`);
    // Worth another try later unless the address itself is refused or the answer is over a cap.
    const permanent = isAppError(error) && error.retry === 'permanent';
    if (permanent || attempts >= MAX_ATTEMPTS)
      return { url: url.url, refetchableFrom: null, failed: true, error: code };
    return { url: url.url, refetchableFrom: new Date(at.getTime() + attempts * 10 * 60_000), error: code };
  }

  /** One page: fetch, discover, fetch its media, record, queue its links. */
  async function crawlPage(
    url: UrlInfo,
    seed: SeedInfo,
    holding: Holding,
  ): Promise<{ known: KnownUrl[]; retryAfterMs?: number }> {
    const fetchedAt = now();
    const outcome = await fetchPage(deps.outbound, url.url, pageLimits, now, mediaKindOf);
    count('pages');
    if (outcome.kind === 'http-error') {
      count(`status.${outcome.status}`);
      if (outcome.status === 429 || outcome.status === 503) {
        // The host waits as long as it asked; this URL longer each time (it must not starve the
        // host's other URLs by coming first again and again).
        const wait = outcome.retryAfterMs ?? 60_000;
        const backOff = Math.min(86_400_000, wait * 2 ** Math.min(10, url.attempts ?? 1));
        const again = new Date(fetchedAt.getTime() + backOff);
        return { known: [{ url: url.url, refetchableFrom: again, status: outcome.status }], retryAfterMs: wait };
      }
      return { known: [{ url: url.url, refetchableFrom: null, status: outcome.status }] };
    }
    if (outcome.kind === 'not-html')
      return { known: [{ url: url.url, refetchableFrom: null, status: outcome.status }] };
    if (outcome.kind === 'media') {
      const media = await deps.media.analyseBytes(outcome.bytes);
      if (media) {
        count('media');
        count('bytes', outcome.bytes.byteLength);
        await deps.recorder.record({ pageUrl: url.referrer, fetchedAt, seed, outLinks: [] }, [
          { url: outcome.response.url, address: outcome.response.address, media },
        ]);
      }
      return { known: [{ url: url.url, refetchableFrom: null, status: outcome.response.status }] };
    }
    const pageUrl = outcome.response.url;
    const scope = { seedSite: seed.site, confirmedHosts: deps.confirmedHosts() };
    const pages: DiscoveredUrl[] = [];
    const mediaLinks: DiscoveredUrl[] = [];
    for (const link of outcome.discovery.links) {
      const decision = inScope(link, scope);
      if (!decision.follow) continue;
      const host = new URL(link.url).host;
      const base = { url: link.url, key: host, seedId: seed.id, referrer: pageUrl, source: link.source };
      if (decision.as === 'media')
        mediaLinks.push({ ...base, kind: 'media', depth: url.depth + 1, priority: seed.priority + 10 });
      else if (url.depth + 1 <= seed.maxDepth)
        pages.push({
          ...base,
          kind: 'page',
          depth: url.depth + 1,
          priority: seed.priority,
          honourRobots: seed.honourRobots,
        });
    }
    const finds = await fetchMediaOf(mediaLinks, holding);
    const recorded = await deps.recorder.record(
      { pageUrl, fetchedAt, seed, outLinks: outcome.discovery.links, address: outcome.response.address },
      finds.finds,
    );
    // Pages within the budget; a page that held confirmed material has every page it links to
    // followed (off-site too), as a seed of its own.
    const confirmed = recorded.confirmedSeed
      ? {
          seed: recorded.confirmedSeed,
          pages: outcome.discovery.links
            .filter((l) => l.kind !== 'media' && /^https?:/.test(l.url))
            .map((l) => ({
              url: l.url,
              key: new URL(l.url).host,
              kind: 'page' as const,
              seedId: recorded.confirmedSeed!.id,
              depth: 1,
              priority: recorded.confirmedSeed!.priority,
              referrer: pageUrl,
              source: l.source,
            })),
        }
      : undefined;
    await deps.recorder.queuePages(seed, pages, confirmed, now());
    const known: KnownUrl[] = [
      { url: url.url, refetchableFrom: revisitAt(fetchedAt), status: outcome.response.status },
    ];
    return { known: [...known, ...finds.known] };
  }

  // Pages claim their media together: while one claim runs, the next pages' wait for one call.
  const claims = createGroupCommit<readonly DiscoveredUrl[], UrlInfo[]>(
    async (batch) => {
      const claimed = new Map(
        (await frontier.putDiscovered(batch.flat(), now(), { claimForMs: leaseMs })).map((u) => [u.url, u]),
      );
      // A URL two pages link to is the first page's to fetch.
      return batch.map((links) =>
        links.flatMap((l) => {
          const url = claimed.get(l.url);
          if (!url) return [];
          claimed.delete(l.url);
          return [url];
        }),
      );
    },
    { maxBatch: 64, maxWaiting: 10_000, inFlight: 1, lingerMs: settings.commitLingerMs },
  );

  async function fetchMediaOf(links: readonly DiscoveredUrl[], holding: Holding) {
    const claimed = links.length === 0 ? [] : await claims.submit(links);
    holding.add(claimed.map((u) => u.url));
    const finds: MediaFind[] = [];
    const known: KnownUrl[] = [];
    await Promise.all(
      claimed.map(async (url) => {
        const result = await mediaUrl(url);
        known.push(result.known);
        if (result.find) finds.push(result.find);
      }),
    );
    return { finds, known };
  }

  async function mediaUrl(url: UrlInfo): Promise<{ known: KnownUrl; find?: MediaFind }> {
    try {
      const outcome = await deps.media.fetchMedia(url.url, now);
      if (outcome.kind === 'http-error') {
        count(`status.${outcome.status}`);
        const again = outcome.retryAfterMs !== undefined ? new Date(now().getTime() + outcome.retryAfterMs) : null;
        return { known: { url: url.url, refetchableFrom: again, status: outcome.status } };
      }
      if (outcome.kind === 'not-media')
        return { known: { url: url.url, refetchableFrom: null, status: outcome.status } };
      count('media');
      count('bytes', outcome.bytes.byteLength);
      return {
        known: { url: url.url, refetchableFrom: null, status: outcome.status },
        find: { url: outcome.url, address: outcome.address, media: outcome.media },
      };
    } catch (error) {
      deps.logger.debug({ err: error, host: url.key }, 'media fetch failed');
      return { known: failure(url, error, url.attempts ?? 1, now()) };
    }
  }

  /** A media URL handed out by the frontier on its own (a crawler died holding it, or a redirect). */
  async function crawlMediaUrl(url: UrlInfo, seed: SeedInfo): Promise<{ known: KnownUrl[] }> {
    const fetchedAt = now();
    const result = await mediaUrl(url);
    if (result.find)
      await deps.recorder.record({ pageUrl: url.referrer, fetchedAt, seed, outLinks: [] }, [result.find]);
    return { known: [result.known] };
  }

  async function processQueue(batch: QueueBatch): Promise<void> {
    await seedsOf(batch.urls.map((u) => u.seedId));
    let delayMs = Math.max(settings.hostDelayMs, batch.delayMs);
    let robots: RobotsAnswer | undefined;
    if (batch.honourRobots && settings.honourRobots && batch.urls.length > 0) {
      robots = await deps.robots.rulesFor(new URL(batch.urls[0]!.url).origin, now());
      if ('unreachable' in robots) {
        const later = new Date(now().getTime() + ROBOTS_RETRY_MS);
        await frontier.putKnown(
          batch.urls.map((u) => ({ url: u.url, refetchableFrom: later })),
          now(),
        );
        await frontier.blockQueueUntil(batch.key, later);
        return;
      }
      delayMs = Math.max(delayMs, robots.rules.crawlDelayMs);
    }
    let fetches = 0;
    let errors = 0;
    let lastError: string | null = null;
    let blockUntil: Date | undefined;
    const done: KnownUrl[] = [];
    const holding = leases.hold(
      batch.key,
      batch.urls.map((u) => u.url),
    );
    try {
      for (const [i, url] of batch.urls.entries()) {
        const seed = seeds.get(url.seedId);
        if (!seed || (robots && 'rules' in robots && url.kind === 'page' && !robots.rules.isAllowed(url.url))) {
          done.push({ url: url.url, refetchableFrom: null, error: seed ? 'ROBOTS_DISALLOWED' : 'NO_SEED' });
          continue;
        }
        fetches += 1;
        let result: { known: KnownUrl[]; retryAfterMs?: number };
        try {
          result = url.kind === 'media' ? await crawlMediaUrl(url, seed) : await crawlPage(url, seed, holding);
        } catch (error) {
          errors += 1;
          lastError = isAppError(error) ? error.code : 'CRAWL_FAILED';
          deps.logger.debug({ err: error, host: batch.key }, 'page fetch failed');
          result = { known: [failure(url, error, url.attempts ?? 1, now())] };
        }
        done.push(...result.known);
        if (result.retryAfterMs !== undefined) {
          // The host asked us to wait: the rest of this batch waits with it.
          blockUntil = new Date(now().getTime() + result.retryAfterMs);
          done.push(...batch.urls.slice(i + 1).map((u) => ({ url: u.url, refetchableFrom: blockUntil! })));
          break;
        }
        if (delayMs > 0 && i < batch.urls.length - 1) await sleep(delayMs);
      }
    } finally {
      // Told to the frontier once per batch (a crawler killed before that: the lease covers it).
      await holding.finish(done);
    }
    await frontier.blockQueueUntil(batch.key, blockUntil ?? new Date(now().getTime() + delayMs));
    if (errors > 0) await recordQueueOutcomes(deps.db, batch.key, fetches, errors, lastError);
  }

  let stopping = false;
  const active = new Set<Promise<void>>();

  /** Claims and works queues until stopped (or, with `untilIdle`, until nothing is due). */
  async function run(options: { untilIdle?: boolean } = {}): Promise<void> {
    leases.start();
    try {
      await workQueues(options);
    } finally {
      await Promise.all(active);
      await leases.stop();
    }
  }

  async function workQueues(options: { untilIdle?: boolean }): Promise<void> {
    let idleRounds = 0;
    while (!stopping) {
      const free = settings.concurrency - active.size;
      let claimed = 0;
      if (free > 0) {
        const batches = await frontier.getUrls(
          { maxQueues: free, maxUrlsPerQueue: settings.urlsPerQueue, delayRequestableMs: leaseMs },
          now(),
        );
        for (const batch of batches) {
          if (batch.urls.length === 0) continue;
          claimed += 1;
          const work = processQueue(batch)
            .catch((error: unknown) => deps.logger.error({ err: error, host: batch.key }, 'crawl queue failed'))
            .finally(() => active.delete(work));
          active.add(work);
        }
      }
      if (claimed > 0) {
        idleRounds = 0;
        continue;
      }
      if (active.size > 0) await Promise.race([...active, sleep(settings.pollMs)]);
      else {
        idleRounds += 1;
        if (options.untilIdle && idleRounds >= 2) break;
        await sleep(options.untilIdle ? 20 : settings.pollMs);
      }
    }
  }

  return {
    run,
    stop() {
      stopping = true;
    },
  };
}

export type CrawlRunner = ReturnType<typeof createCrawlRunner>;
