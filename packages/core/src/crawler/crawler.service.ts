import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { HashbankService } from '../hashbank/index.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createCaptureService } from './capture.service.ts';
import { createCrawlRecorder } from './crawl-recorder.ts';
import { createCrawlRunner, type CrawlRunner } from './crawl-runner.ts';
import { CrawlerError } from './crawler.errors.ts';
import { listCaptures, readCapture } from './capture.repository.ts';
import { flushCounters, insertSeed, listConfirmedHosts, listSeeds, readQueuedPdqs } from './crawler.repository.ts';
import { listDetections, listQueue, listVictimAlerts, readCrawlTotals } from './crawler-views.repository.ts';
import { normaliseCrawlUrl, siteOf } from './discovery/index.ts';
import { createPostgresFrontier } from './frontier/index.ts';
import { crawlFetchLimits, createMediaFetcher } from './media-fetcher.ts';
import { NearDuplicateIndex } from './near-duplicates.ts';
import { createRobotsCache } from './robots-cache.ts';

export type CrawlerDeps = ServiceDeps &
  Readonly<{
    outbound: Outbound;
    store: MediaStore;
    userAgent: string;
    /** Told of every detection recorded, in its transaction (the re-checks: recidivism). */
    detectionsRecorded?: (
      trx: Db,
      detections: ReadonlyArray<{ id: string; sha256: string; url: string }>,
    ) => Promise<void>;
  }>;

const REFRESH_MS = 5000;
// PDQ distance within which two unknown media are one group (the field's usual match threshold).
const GROUP_PDQ_THRESHOLD = 31;

/** Capture of reported URLs, the crawl, and what they found, for the API and the crawler role. */
export function createCrawlerService(deps: CrawlerDeps, hashbank: HashbankService) {
  const { db, config, logger } = deps;
  const settings = config.crawl;
  const now = () => deps.now();
  const frontier = createPostgresFrontier(db);
  const counters: Record<string, number> = {};
  const nearDuplicates = new NearDuplicateIndex();
  let confirmedHosts: ReadonlySet<string> = new Set();
  let queuedSince: Date | null = null;

  const media = createMediaFetcher({
    outbound: deps.outbound,
    store: deps.store,
    matcher: hashbank,
    db,
    concurrency: settings.mediaConcurrency,
    limits: crawlFetchLimits(settings),
  });
  const recorder = createCrawlRecorder({
    db,
    frontier,
    settings,
    nearDuplicates,
    pdqThreshold: GROUP_PDQ_THRESHOLD,
    confirmedHosts: () => confirmedHosts,
    counters,
    // One job per recording transaction, under one key: however many crawlers record, at most
    // one waits; it files every pending detection (the notices feature).
    noticePending: (trx) => deps.enqueue(trx, 'notices.prepare-notices', {}, { jobKey: 'notices.prepare' }),
    ...(deps.detectionsRecorded ? { detectionsRecorded: deps.detectionsRecorded } : {}),
  });
  const capture = createCaptureService({
    db,
    outbound: deps.outbound,
    store: deps.store,
    media,
    recorder,
    frontier,
    settings,
    now,
  });

  async function refresh(): Promise<void> {
    confirmedHosts = new Set(await listConfirmedHosts(db));
    for (const row of (await readQueuedPdqs(db, queuedSince, 100_000)).reverse()) {
      if (row.pdq) nearDuplicates.add(row.sha256, row.pdq);
      if (!queuedSince || row.queued_at > queuedSince) queuedSince = row.queued_at;
    }
  }

  let runner: CrawlRunner | undefined;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const flush = () => flushCounters(db, processId, counters, now());

  return {
    frontier,
    captureReportedUrl: (urlId: string) => refresh().then(() => capture.captureReportedUrl(urlId)),

    /** The crawler role: works the frontier until stop(); with `untilIdle`, until nothing is due (tests, benchmarks). */
    async startCrawling(options: { untilIdle?: boolean } = {}): Promise<void> {
      if (running) return running;
      await refresh();
      runner = createCrawlRunner({
        db,
        frontier,
        outbound: deps.outbound,
        media,
        recorder,
        robots: createRobotsCache({ db, outbound: deps.outbound, userAgent: deps.userAgent, timeoutMs: 30_000 }),
        settings,
        logger,
        now,
        counters,
        confirmedHosts: () => confirmedHosts,
      });
      timer = setInterval(() => {
        void Promise.all([refresh(), flush()]).catch((error: unknown) =>
          logger.warn({ err: error }, 'crawler refresh failed'),
        );
      }, REFRESH_MS);
      timer.unref();
      running = runner.run(options).finally(async () => {
        if (timer) clearInterval(timer);
        timer = undefined;
        running = undefined;
        await flush().catch(() => undefined);
      });
      return running;
    },

    /** A seed added by an analyst (audited); the same URL seeded again answers the existing seed. */
    async addSeed(input: { url: string; maxDepth?: number; maxUrls?: number; honourRobots?: boolean }, actor: Actor) {
      const url = normaliseCrawlUrl(input.url);
      if (!url) throw new CrawlerError('CRAWLER_URL_INVALID');
      const at = now();
      const host = new URL(url).host;
      const result = await db.transaction().execute(async (trx) => {
        const seeded = await insertSeed(trx, {
          url,
          origin: 'analyst',
          site: siteOf(url) ?? host,
          honourRobots: input.honourRobots ?? settings.honourRobots,
          priority: 50,
          maxDepth: Math.min(input.maxDepth ?? settings.maxDepth, settings.maxDepth * 3),
          maxUrls: Math.min(input.maxUrls ?? settings.maxUrlsPerSeed, settings.maxUrlsPerSeed * 10),
          createdBy: actor.type === 'user' ? (actor.id ?? null) : null,
        });
        if (seeded.created)
          await appendAuditEvent(
            trx,
            actor,
            {
              action: 'crawler.seed-added',
              subjectType: 'crawl_seed',
              subjectId: seeded.seed.id,
              details: { site: seeded.seed.site },
            },
            at,
          );
        return seeded;
      });
      await frontier.putDiscovered(
        [
          {
            url,
            key: host,
            kind: 'page',
            seedId: result.seed.id,
            depth: 0,
            priority: result.seed.priority,
            referrer: null,
            source: null,
            honourRobots: result.seed.honourRobots,
          },
        ],
        at,
      );
      return result;
    },

    listSeeds: (limit: number) => listSeeds(db, limit),
    async getCapture(id: string) {
      const found = await readCapture(db, id);
      if (!found) throw new CrawlerError('CRAWLER_CAPTURE_NOT_FOUND');
      return found;
    },
    async capturesOfUrl(urlId: string) {
      const captures = await listCaptures(db, urlId);
      return Promise.all(captures.map(async (c) => (await readCapture(db, c.id))!));
    },
    listDetections: (options: { limit: number; afterId?: string }) => listDetections(db, options),
    listQueue: (limit: number) => listQueue(db, limit),
    listVictimAlerts: (limit: number) => listVictimAlerts(db, limit),
    totals: async () => ({ ...(await readCrawlTotals(db)), frontier: await frontier.getStats(now()) }),

    async close(): Promise<void> {
      runner?.stop();
      await running;
      if (timer) clearInterval(timer);
    },
  };
}

export type CrawlerService = ReturnType<typeof createCrawlerService>;
