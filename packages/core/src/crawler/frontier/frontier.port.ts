import type { CrawlUrlKind } from '@vigie/contract';

// The crawl frontier: which URL to fetch next, per host, politely. Shaped like crawler-commons'
// URL Frontier API (urlfrontier.proto) so that a dedicated frontier service can replace the
// PostgreSQL one by configuration (docs/adr/0007-crawl-frontier.md):
//   GetURLs(max_queues, max_urls_per_queue, delay_requestable)  -> getUrls
//   PutURLs(DiscoveredURLItem)                                  -> putDiscovered
//   PutURLs(KnownURLItem, refetchable_from_date)                -> putKnown
//   BlockQueueUntil(key, time) / SetDelay(key, delay)           -> blockQueueUntil / setDelay
//   GetStats / ListQueues / DeleteQueue                         -> getStats / listQueues / deleteQueue
// The contract every implementation keeps (frontier.contract.test.ts runs it on each):
// - A queue is a host (the key). A URL is known once: putting it again as discovered is a no-op.
// - getUrls hands out due URLs of queues that are not blocked, most urgent queue first, at most
//   maxUrlsPerQueue each, highest priority first. Every URL handed out is "in process": not handed
//   out again for delayRequestableMs, and its queue is blocked as long. Unless putKnown says it
//   was fetched within that time, it is due again after it (a crawler that died loses nothing).
// - putKnown with refetchableFrom null finishes a URL for good; with a date, it is due again then.
// - Times come from the caller (one clock for the crawl; tests move it).

/** URL Frontier's URLInfo, with the crawl's own metadata as fields. */
export type UrlInfo = Readonly<{
  url: string;
  /** The queue: the URL's host. */
  key: string;
  kind: CrawlUrlKind;
  seedId: string;
  depth: number;
  priority: number;
  /** The page it was found on. */
  referrer: string | null;
  /** The markup it was found in (a, img-srcset, css-url...). */
  source: string | null;
  /** Times handed out so far, this time included (getUrls only). */
  attempts?: number;
}>;

export type DiscoveredUrl = UrlInfo &
  Readonly<{
    /** false: the queue's host is one whose robots.txt is not honoured (sticky once false). */
    honourRobots?: boolean;
  }>;

export type KnownUrl = Readonly<{
  url: string;
  /** null: never fetched again. */
  refetchableFrom: Date | null;
  failed?: boolean;
  status?: number | null;
  error?: string | null;
}>;

export type GetParams = Readonly<{
  maxQueues: number;
  maxUrlsPerQueue: number;
  delayRequestableMs: number;
}>;

export type QueueBatch = Readonly<{ key: string; delayMs: number; honourRobots: boolean; urls: UrlInfo[] }>;

export type FrontierStats = Readonly<{ size: number; inProcess: number; queues: number; activeQueues: number }>;

export type QueueInfo = Readonly<{
  key: string;
  dueAt: Date | null;
  blockedUntil: Date;
  delayMs: number;
  size: number;
}>;

export interface Frontier {
  getUrls(params: GetParams, now: Date): Promise<QueueBatch[]>;
  /**
   * Adds the URLs the frontier does not know yet and answers those it added. With `claimForMs`,
   * they are handed to the caller in process at once (as if getUrls had returned them): a crawler
   * fetching a page's media right after the page.
   */
  putDiscovered(urls: readonly DiscoveredUrl[], now: Date, options?: { claimForMs?: number }): Promise<UrlInfo[]>;
  putKnown(urls: readonly KnownUrl[], now: Date): Promise<void>;
  blockQueueUntil(key: string, until: Date): Promise<void>;
  setDelay(key: string, delayMs: number): Promise<void>;
  getStats(now: Date): Promise<FrontierStats>;
  listQueues(limit: number, afterKey?: string): Promise<QueueInfo[]>;
  deleteQueue(key: string): Promise<number>;
}
