import type { Kysely } from 'kysely';
import { appendAuditEvent, systemActor } from '../audit/index.ts';
import type { Database } from '../database.ts';
import type { CrawlSettings } from '../platform/crawl-settings.ts';
import { isAppError } from '../platform/errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import {
  insertCapture,
  markAutoReferral,
  readReportedUrl,
  reportsOfUrl,
  setCaptureState,
  type NewCapture,
} from './capture.repository.ts';
import type { CrawlRecorder, MediaFind } from './crawl-recorder.ts';
import { insertSeed } from './crawler.repository.ts';
import { createLinkExtractor, siteOf } from './discovery/index.ts';
import type { Frontier } from './frontier/index.ts';
import { mediaKindOf } from './media-analysis.ts';
import { crawlFetchLimits, type MediaFetcher } from './media-fetcher.ts';

// A reported URL captured by the server, as evidence: every hop with its status, headers and
// address, the body (stored, its SHA-256 recorded and audited), every media the page references
// (downloaded, fingerprinted, stored), all in one transaction with the detections they make. The
// reported site then seeds the crawl (its robots.txt is not honoured: it must not hide evidence).

export type CaptureDeps = Readonly<{
  db: Kysely<Database>;
  outbound: Pick<Outbound, 'fetch'>;
  store: MediaStore;
  media: MediaFetcher;
  recorder: CrawlRecorder;
  frontier: Frontier;
  settings: CrawlSettings;
  now: () => Date;
}>;

export function createCaptureService(deps: CaptureDeps) {
  const { settings } = deps;
  const limits = crawlFetchLimits(settings);

  async function seedCrawl(url: string, reportId: string | null, at: Date) {
    const host = new URL(url).host;
    const { seed } = await deps.db.transaction().execute((trx) =>
      insertSeed(trx, {
        url,
        origin: 'report',
        site: siteOf(url) ?? host,
        honourRobots: false,
        priority: 100,
        maxDepth: settings.maxDepth,
        maxUrls: settings.maxUrlsPerSeed,
        reportId,
      }),
    );
    await deps.frontier.putDiscovered(
      [
        {
          url,
          key: host,
          kind: 'page',
          seedId: seed.id,
          depth: 0,
          priority: seed.priority,
          referrer: null,
          source: null,
          honourRobots: false,
        },
      ],
      at,
    );
    return seed;
  }

  // The media fetcher bounds how many are fetched at once.
  async function mediaOfPage(urls: ReadonlyArray<{ url: string; source: string }>) {
    const finds: MediaFind[] = [];
    const rows: Array<NewCapture['media'][number]> = [];
    await Promise.all(
      urls.map(async ({ url, source }) => {
        try {
          const outcome = await deps.media.fetchMedia(url, deps.now);
          if (outcome.kind === 'media') {
            finds.push({ url: outcome.url, address: outcome.address, media: outcome.media });
            rows.push({ url, source, sha256: outcome.media.sha256, errorCode: null });
          } else
            rows.push({
              url,
              source,
              sha256: null,
              errorCode: outcome.kind === 'not-media' ? 'NOT_MEDIA' : `HTTP_${outcome.status}`,
            });
        } catch (error) {
          rows.push({ url, source, sha256: null, errorCode: isAppError(error) ? error.code : 'FETCH_FAILED' });
        }
      }),
    );
    return { finds, rows };
  }

  return {
    /** Job: captures one reported URL. Idempotent: a URL captured already only makes sure its crawl is seeded. */
    async captureReportedUrl(urlId: string): Promise<void> {
      const reported = await readReportedUrl(deps.db, urlId);
      if (!reported) return;
      const reportIds = await reportsOfUrl(deps.db, urlId);
      if (reported.capture_state === 'captured' || reported.capture_state === 'capture_failed') {
        await seedCrawl(reported.url, reportIds[0] ?? null, deps.now());
        return;
      }
      const startedAt = deps.now();
      const capture: { -readonly [K in keyof Omit<NewCapture, 'media' | 'fetchedAt'>]: NewCapture[K] } = {
        urlId,
        requestedUrl: reported.url,
        finalUrl: null,
        status: null,
        address: null,
        hops: [],
        headers: {},
        contentType: null,
        bodySha256: null,
        bodySize: null,
        errorCode: null,
        error: null,
        startedAt,
      };
      let media = { finds: [] as MediaFind[], rows: [] as Array<NewCapture['media'][number]> };
      try {
        const response = await deps.outbound.fetch(reported.url, limits, {
          accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
        });
        const body = await response.read();
        const stored = await deps.store.put(body);
        Object.assign(capture, {
          finalUrl: response.url,
          status: response.status,
          address: response.address,
          hops: response.hops.map((h) => ({
            url: h.url,
            status: h.status,
            address: h.address,
            at: h.at.toISOString(),
            headers: { ...h.headers },
          })),
          headers: { ...response.headers },
          contentType: response.headers['content-type'] ?? null,
          bodySha256: stored.sha256,
          bodySize: body.byteLength,
        });
        if (mediaKindOf(body)) {
          const analysed = await deps.media.analyseBytes(body);
          if (analysed) {
            media.finds.push({ url: response.url, address: response.address, media: analysed });
            media.rows.push({ url: response.url, source: 'direct', sha256: analysed.sha256, errorCode: null });
          }
        } else if (response.status >= 200 && response.status < 300) {
          const extractor = createLinkExtractor(response.url, {
            maxLinks: settings.maxLinksPerPage,
            maxHtmlBytes: settings.maxPageBytes,
          });
          extractor.write(body);
          const links = extractor.end().links.filter((l) => l.kind !== 'page');
          media = await mediaOfPage(links.map((l) => ({ url: l.url, source: l.source })));
        }
      } catch (error) {
        capture.errorCode = isAppError(error) ? error.code : 'CAPTURE_FAILED';
        capture.error = error instanceof Error ? error.message.slice(0, 1000) : String(error);
      }
      const fetchedAt = deps.now();
      const seed = await seedCrawl(reported.url, reportIds[0] ?? null, fetchedAt);
      await deps.recorder.record(
        {
          pageUrl: capture.finalUrl ?? reported.url,
          fetchedAt: startedAt,
          seed,
          outLinks: [],
          address: capture.address,
          source: 'capture',
        },
        media.finds,
        async (trx, recorded) => {
          const id = await insertCapture(trx, { ...capture, fetchedAt, media: media.rows });
          await appendAuditEvent(
            trx,
            systemActor,
            {
              action: 'capture.recorded',
              subjectType: 'capture',
              subjectId: id,
              details: {
                urlId,
                status: capture.status,
                bodySha256: capture.bodySha256,
                media: media.rows.filter((m) => m.sha256).map((m) => m.sha256),
                errorCode: capture.errorCode,
              },
            },
            fetchedAt,
          );
          await setCaptureState(trx, urlId, capture.errorCode ? 'capture_failed' : 'captured');
          await markAutoReferral(
            trx,
            reportIds,
            recorded.detections.map((d) => d.id),
            fetchedAt,
          );
        },
      );
    },
  };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
