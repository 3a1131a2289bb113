import type { Kysely } from 'kysely';
import type { Database, Db } from '../database.ts';
import { createGroupCommit } from '../platform/db/group-commit.ts';
import type { CrawlSettings } from '../platform/crawl-settings.ts';
import { insertConfirmedHosts, insertSeed, spendSeedBudget, type SeedInfo } from './crawler.repository.ts';
import { siteOf, type DiscoveredLink } from './discovery/index.ts';
import type { DiscoveredUrl, Frontier } from './frontier/index.ts';
import type { AnalysedMedia } from './media-analysis.ts';
import type { NearDuplicateIndex } from './near-duplicates.ts';
import { recordSightings, type RecordedSightings, type Sighting } from './sighting.repository.ts';

// What a page gave, written in one transaction: its media and where they were seen, detections
// of known material, unknown media in the analysts' queue (grouped with their near-duplicates),
// the page's host among the hosts of confirmed material. Recording the same page twice (a crawler
// killed before it told the frontier) changes only "last seen".

export type MediaFind = Readonly<{ url: string; address: string | null; media: AnalysedMedia }>;

export type PageContext = Readonly<{
  pageUrl: string | null;
  fetchedAt: Date;
  seed: SeedInfo;
  outLinks: readonly DiscoveredLink[];
  address?: string | null;
  source?: 'crawl' | 'capture';
}>;

export type RecordedPage = RecordedSightings &
  Readonly<{ holdsConfirmed: boolean; confirmedSeed: SeedInfo | undefined }>;

export type RecorderDeps = Readonly<{
  db: Kysely<Database>;
  frontier: Frontier;
  settings: CrawlSettings;
  nearDuplicates: NearDuplicateIndex;
  pdqThreshold: number;
  confirmedHosts(): ReadonlySet<string>;
  counters: Record<string, number>;
  /** Called in a recording transaction that made new notice_pending detections (the notices' job). */
  noticePending(trx: Db): Promise<void>;
  /** Called in each recording transaction with the detections it wrote (the re-checks' recidivism port). */
  detectionsRecorded?(trx: Db, detections: RecordedSightings['detections']): Promise<void>;
}>;

const madeNoticePending = (recorded: RecordedSightings) =>
  recorded.detections.some((d) => d.created && d.noticeState === 'notice_pending');

const hostOf = (url: string) => new URL(url).host;

const BUDGET_CHUNK = 200;

export function createCrawlRecorder(deps: RecorderDeps) {
  const budget = new Map<string, number>();
  const count = (name: string, by = 1) => (deps.counters[name] = (deps.counters[name] ?? 0) + by);

  function sightingsOf(context: PageContext, finds: readonly MediaFind[]): Sighting[] {
    const holdsConfirmed = finds.some((f) => f.media.known);
    const pageHost = context.pageUrl ? hostOf(context.pageUrl) : undefined;
    const sightingContext = {
      at: context.fetchedAt,
      pageHoldsConfirmed: holdsConfirmed,
      siteHoldsConfirmed: pageHost !== undefined && deps.confirmedHosts().has(pageHost),
    };
    const groupFor = new Map<string, string | null>();
    return finds.map((find) => {
      const m = find.media;
      let groupOf = groupFor.get(m.sha256);
      if (groupOf === undefined) {
        groupOf = null;
        if (m.state === 'unknown' && m.pdq && !m.awaitingEntryId) {
          groupOf = deps.nearDuplicates.nearest(m.pdq, deps.pdqThreshold, m.sha256) ?? null;
          if (!groupOf) deps.nearDuplicates.add(m.sha256, m.pdq);
        }
        groupFor.set(m.sha256, groupOf);
      }
      return {
        url: find.url,
        pageUrl: context.pageUrl,
        site: siteOf(context.pageUrl ?? find.url) ?? hostOf(find.url),
        address: find.address,
        source: context.source ?? 'crawl',
        media: m,
        stored: true,
        groupOf,
        context: sightingContext,
      };
    });
  }

  /** The page's own part of a transaction's results: its detections, new media and alerts. */
  function partOf(all: RecordedSightings, sightings: readonly Sighting[]): RecordedSightings {
    const places = new Set(sightings.map((s) => `${s.media.sha256} ${s.url}`));
    const hashes = new Set(sightings.map((s) => s.media.sha256));
    return {
      detections: all.detections.filter((d) => places.has(`${d.sha256} ${d.url}`)),
      newMedia: all.newMedia.filter((h) => hashes.has(h)),
      queued: all.queued.filter((h) => hashes.has(h)),
      alerts: all.alerts.filter((h) => hashes.has(h)),
    };
  }

  /** What a page with confirmed material adds: its hosts among the confirmed, itself as a seed. */
  async function confirmedPage(trx: Db, context: PageContext, finds: readonly MediaFind[]) {
    const pageHost = context.pageUrl ? hostOf(context.pageUrl) : undefined;
    const hosts = finds.filter((f) => f.media.known).map((f) => hostOf(f.url));
    await insertConfirmedHosts(trx, pageHost ? [pageHost, ...hosts] : hosts, context.fetchedAt);
    if (!context.pageUrl) return undefined;
    const { seed } = await insertSeed(trx, {
      url: context.pageUrl,
      origin: 'confirmed_page',
      site: siteOf(context.pageUrl) ?? hostOf(context.pageUrl),
      honourRobots: false,
      priority: context.seed.priority + 20,
      maxDepth: 1,
      maxUrls: deps.settings.maxUrlsPerSeed,
    });
    return seed;
  }

  type Page = { context: PageContext; finds: readonly MediaFind[]; sightings: Sighting[] };

  // The pages crawlers finish while a transaction commits wait for the next one: one transaction
  // (a handful of statements) for many pages, each acknowledged only once it committed.
  const pages = createGroupCommit<Page, RecordedPage>(
    (batch) =>
      deps.db.transaction().execute(async (trx) => {
        const all = await recordSightings(
          trx,
          batch.flatMap((p) => p.sightings),
        );
        const out: RecordedPage[] = [];
        for (const page of batch) {
          const holdsConfirmed = page.finds.some((f) => f.media.known);
          const confirmedSeed = holdsConfirmed ? await confirmedPage(trx, page.context, page.finds) : undefined;
          out.push({ ...partOf(all, page.sightings), holdsConfirmed, confirmedSeed });
        }
        if (madeNoticePending(all)) await deps.noticePending(trx);
        await deps.detectionsRecorded?.(trx, all.detections);
        return out;
      }),
    { maxBatch: 64, maxWaiting: 10_000, inFlight: 2, lingerMs: deps.settings.commitLingerMs },
  );

  // Pages' links, many pages to one frontier call.
  const links = createGroupCommit<{ urls: DiscoveredUrl[]; now: Date }, void>(
    async (batch) => {
      const added = await deps.frontier.putDiscovered(
        batch.flatMap((b) => b.urls),
        batch[0]!.now,
      );
      count('discovered', added.length);
      return batch.map(() => undefined);
    },
    { maxBatch: 64, maxWaiting: 10_000, inFlight: 1, lingerMs: deps.settings.commitLingerMs },
  );

  return {
    /**
     * One page's finds, recorded with other pages' in one transaction. With `within` (a
     * capture's evidence rows, in the same transaction as its sightings) it commits on its own.
     */
    async record(
      context: PageContext,
      finds: readonly MediaFind[],
      within?: (trx: Db, recorded: RecordedSightings) => Promise<void>,
    ): Promise<RecordedPage> {
      const sightings = sightingsOf(context, finds);
      const recorded = within
        ? await deps.db.transaction().execute(async (trx) => {
            const result = await recordSightings(trx, sightings);
            const holdsConfirmed = finds.some((f) => f.media.known);
            const confirmedSeed = holdsConfirmed ? await confirmedPage(trx, context, finds) : undefined;
            await within(trx, result);
            if (madeNoticePending(result)) await deps.noticePending(trx);
            await deps.detectionsRecorded?.(trx, result.detections);
            return { ...result, holdsConfirmed, confirmedSeed };
          })
        : await pages.submit({ context, finds, sightings });
      count('detections', recorded.detections.filter((d) => d.created).length);
      count('alerts', recorded.alerts.length);
      return recorded;
    },

    /**
     * A page's links into the frontier within its seed's budget. A page that held confirmed
     * material also has every page it links to followed (off-site too), as its own seed.
     */
    async queuePages(
      seed: SeedInfo,
      pages: readonly DiscoveredUrl[],
      confirmed: { seed: SeedInfo; pages: readonly DiscoveredUrl[] } | undefined,
      now: Date,
    ) {
      // The seed's budget is taken from the database in chunks (one row lock per chunk, not per
      // page); what a process took and did not use stays spent.
      let left = budget.get(seed.id) ?? 0;
      if (left < pages.length) {
        left += await spendSeedBudget(deps.db, seed.id, Math.max(BUDGET_CHUNK, pages.length - left));
      }
      const granted = Math.min(left, pages.length);
      budget.set(seed.id, left - granted);
      const within = pages.slice(0, granted);
      const extra: DiscoveredUrl[] = [];
      if (confirmed) {
        const seen = new Set(within.map((p) => p.url));
        for (const page of confirmed.pages)
          if (!seen.has(page.url))
            extra.push({
              ...page,
              seedId: confirmed.seed.id,
              depth: 1,
              honourRobots: false,
              priority: confirmed.seed.priority,
            });
      }
      if (within.length + extra.length > 0) await links.submit({ urls: [...within, ...extra], now });
    },
  };
}

export type CrawlRecorder = ReturnType<typeof createCrawlRecorder>;
