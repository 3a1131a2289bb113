// The crawler's settings (VIGIE_CRAWL_*), parsed with the rest of the configuration by config.ts.
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type CrawlSettings = Readonly<{
  /** Host queues a crawler process works at once. */
  concurrency: number;
  /** Media a crawler process fetches and fingerprints at once. */
  mediaConcurrency: number;
  /** Delay between two fetches from one host (a host's robots.txt Crawl-delay may ask for more). */
  hostDelayMs: number;
  /** URLs handed to a crawler per host queue per claim. */
  urlsPerQueue: number;
  /** How long a claimed URL stays with its crawler before another may take it (a crashed crawler's). */
  leaseSeconds: number;
  maxDepth: number;
  maxUrlsPerSeed: number;
  honourRobots: boolean;
  /** Days before a crawled page is fetched again; 0: never. */
  revisitDays: number;
  maxPageBytes: number;
  maxMediaBytes: number;
  maxLinksPerPage: number;
  fetchTimeoutSeconds: number;
  maxRedirects: number;
  /** How often an idle crawler asks the frontier for work. */
  pollMs: number;
  /** How long a finished page waits for others to share its transaction (fewer, larger commits). */
  commitLingerMs: number;
}>;

export function parseCrawlSettings(env: Env, problems: string[]): CrawlSettings {
  const { int, flag } = envReaders(env, problems);
  const MB = 1024 * 1024;
  return Object.freeze({
    concurrency: int('VIGIE_CRAWL_CONCURRENCY', 32, 1, 1024),
    mediaConcurrency: int('VIGIE_CRAWL_MEDIA_CONCURRENCY', 8, 1, 256),
    hostDelayMs: int('VIGIE_CRAWL_HOST_DELAY_MS', 1000, 0, 600_000),
    urlsPerQueue: int('VIGIE_CRAWL_URLS_PER_QUEUE', 8, 1, 1000),
    leaseSeconds: int('VIGIE_CRAWL_LEASE_SECONDS', 300, 5, 86_400),
    maxDepth: int('VIGIE_CRAWL_MAX_DEPTH', 3, 0, 100),
    maxUrlsPerSeed: int('VIGIE_CRAWL_MAX_URLS_PER_SEED', 10_000, 1, 10_000_000),
    honourRobots: flag('VIGIE_CRAWL_HONOUR_ROBOTS', true),
    revisitDays: int('VIGIE_CRAWL_REVISIT_DAYS', 7, 0, 3650),
    maxPageBytes: int('VIGIE_CRAWL_MAX_PAGE_MB', 5, 1, 1024) * MB,
    maxMediaBytes: int('VIGIE_CRAWL_MAX_MEDIA_MB', 100, 1, 8192) * MB,
    maxLinksPerPage: int('VIGIE_CRAWL_MAX_LINKS_PER_PAGE', 5000, 1, 1_000_000),
    fetchTimeoutSeconds: int('VIGIE_CRAWL_FETCH_TIMEOUT_SECONDS', 60, 1, 3600),
    maxRedirects: int('VIGIE_CRAWL_MAX_REDIRECTS', 10, 0, 50),
    pollMs: int('VIGIE_CRAWL_POLL_MS', 500, 10, 60_000),
    commitLingerMs: int('VIGIE_CRAWL_COMMIT_LINGER_MS', 20, 0, 1000),
  });
}
