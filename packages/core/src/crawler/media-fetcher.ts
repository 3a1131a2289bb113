import { setTimeout as sleep } from 'node:timers/promises';
import { isAppError } from '../platform/errors.ts';
import type { CrawlSettings } from '../platform/crawl-settings.ts';
import type { FetchLimits, Outbound } from '../platform/net/outbound.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { Db } from '../database.ts';
import { readKnownMedia } from './crawler.repository.ts';
import { analyseMedia, mediaKindOf, type AnalysedMedia, type MediaMatcher } from './media-analysis.ts';

// One media URL to an analysed, stored media: fetched through the outbound module (every cap),
// sniffed by content (a URL saying .jpg proves nothing), fingerprinted once per SHA-256 (a media
// already seen is read back, not hashed again), stored once in the media store.

export type MediaFetchOutcome =
  | Readonly<{ kind: 'media'; url: string; address: string; status: number; media: AnalysedMedia; bytes: Uint8Array }>
  | Readonly<{ kind: 'not-media'; url: string; status: number; address: string }>
  | Readonly<{ kind: 'http-error'; url: string; status: number; retryAfterMs?: number }>;

export type MediaFetcherDeps = Readonly<{
  outbound: Pick<Outbound, 'fetch'>;
  store: MediaStore;
  matcher: MediaMatcher;
  db: Db;
  limits: FetchLimits;
  concurrency: number;
}>;

/** What one crawl fetch (page, media, capture) may cost, from the crawler's settings. */
export function crawlFetchLimits(settings: CrawlSettings): FetchLimits {
  return {
    maxBytes: settings.maxMediaBytes,
    timeoutMs: settings.fetchTimeoutSeconds * 1000,
    idleTimeoutMs: Math.min(30_000, settings.fetchTimeoutSeconds * 1000),
    maxRedirects: settings.maxRedirects,
    maxDecompressionRatio: 200,
  };
}

/** A counting semaphore: at most `size` callers inside at once, the rest wait in order. */
export class Semaphore {
  private inside = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.inside >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inside += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inside -= 1;
    }
  }
}

/** Retry-After as milliseconds from now (seconds or an HTTP date), undefined when absent or absurd. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now.getTime();
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, 24 * 3600_000);
}

const BUSY_TRIES = 20;

export function createMediaFetcher(deps: MediaFetcherDeps) {
  const slots = new Semaphore(deps.concurrency);
  const recent = new Map<string, AnalysedMedia>();
  const remember = (media: AnalysedMedia) => {
    recent.delete(media.sha256);
    recent.set(media.sha256, media);
    if (recent.size > 10_000) recent.delete(recent.keys().next().value!);
  };

  // Hashing admission refuses at once when the pool is full (right for API callers, who retry
  // on 503); the crawler's own media wait for a slot instead (back-pressure), else a busy pool
  // would leave them unfingerprinted until the URL's retry, ten minutes later.
  async function analyseWhenAdmitted(bytes: Uint8Array, kind: NonNullable<ReturnType<typeof mediaKindOf>>) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await analyseMedia(deps.matcher, bytes, kind);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'HASHBANK_HASHING_BUSY' || attempt >= BUSY_TRIES) throw error;
        await sleep(Math.min(1000, 25 * 2 ** attempt));
      }
    }
  }

  /** What the bytes are, fingerprinted once; stored once. */
  // A media seen before keeps its analysis (the bank learning it later is a re-match, not a re-fetch).
  async function analyseBytes(bytes: Uint8Array): Promise<AnalysedMedia | undefined> {
    const kind = mediaKindOf(bytes);
    if (!kind) return undefined;
    const stored = await deps.store.put(bytes);
    // Bytes the store has just taken for the first time have no analysis anywhere yet.
    const cached =
      recent.get(stored.sha256) ??
      (stored.created ? undefined : (await readKnownMedia(deps.db, [stored.sha256])).get(stored.sha256));
    if (cached) return cached;
    const media = await analyseWhenAdmitted(bytes, kind);
    remember(media);
    return media;
  }

  return {
    analyseBytes,
    async fetchMedia(url: string, now: () => Date): Promise<MediaFetchOutcome> {
      return slots.run(async () => {
        const response = await deps.outbound.fetch(url, deps.limits, { accept: 'image/*,video/*,*/*;q=0.5' });
        if (response.status < 200 || response.status >= 300) {
          response.cancel();
          const retry = retryAfterMs(response.headers['retry-after'], now());
          return {
            kind: 'http-error',
            url: response.url,
            status: response.status,
            ...(retry !== undefined ? { retryAfterMs: retry } : {}),
          };
        }
        const bytes = await response.read();
        const media = await analyseBytes(bytes);
        if (!media) return { kind: 'not-media', url: response.url, status: response.status, address: response.address };
        return { kind: 'media', url: response.url, address: response.address, status: response.status, media, bytes };
      });
    },
  };
}

export type MediaFetcher = ReturnType<typeof createMediaFetcher>;
