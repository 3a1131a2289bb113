// Request counters, so that a test can check politeness (in flight per host, gaps between
// requests) and that nothing was fetched twice needlessly (per URL, redirects and robots.txt
// included).

export type TestWebStats = {
  /** Requests of every kind, hostile ones included. */
  total(): number;
  /** Requests for one absolute URL (as http://host:port/path?query). */
  count(url: string): number;
  byUrl: ReadonlyMap<string, number>;
  byHost: ReadonlyMap<string, number>;
  /** The most requests a host had in flight at once. */
  maxInFlightByHost: ReadonlyMap<string, number>;
  /** The shortest time between two requests to a host, in milliseconds. */
  minGapMsByHost: ReadonlyMap<string, number>;
  /** URLs requested more than once, with their counts. */
  repeated(): Map<string, number>;
  /** Where each URL that answered a redirect sent the client (absolute). */
  redirects: ReadonlyMap<string, string>;
  /**
   * The URLs whose requests pass through this one (itself and every URL whose redirects lead to
   * it): a crawler following redirects fetches it once through each.
   */
  waysTo(url: string): number;
  reset(): void;
};

export type StatsRecorder = TestWebStats & {
  /** Counts a request; returns the function to call when its answer is over. */
  begin(host: string, url: string): () => void;
  redirected(url: string, location: string): void;
};

export function createStats(): StatsRecorder {
  let total = 0;
  const byUrl = new Map<string, number>();
  const byHost = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlightByHost = new Map<string, number>();
  const lastAt = new Map<string, number>();
  const minGapMsByHost = new Map<string, number>();
  const redirects = new Map<string, string>();
  const leadsTo = (from: string, to: string) => {
    for (let url: string | undefined = from, hops = 0; url !== undefined && hops < 20; hops++) {
      url = redirects.get(url);
      if (url === to) return true;
    }
    return false;
  };
  return {
    total: () => total,
    count: (url) => byUrl.get(url) ?? 0,
    byUrl,
    byHost,
    maxInFlightByHost,
    minGapMsByHost,
    repeated: () => new Map([...byUrl].filter(([, n]) => n > 1)),
    redirects,
    waysTo: (url) => 1 + [...redirects.keys()].filter((from) => from !== url && leadsTo(from, url)).length,
    reset() {
      total = 0;
      for (const map of [byUrl, byHost, maxInFlightByHost, lastAt, minGapMsByHost, redirects]) map.clear();
    },
    redirected(url, location) {
      redirects.set(url, new URL(location, url).href);
    },
    begin(host, url) {
      total++;
      byUrl.set(url, (byUrl.get(url) ?? 0) + 1);
      byHost.set(host, (byHost.get(host) ?? 0) + 1);
      const now = performance.now();
      const last = lastAt.get(host);
      if (last !== undefined) minGapMsByHost.set(host, Math.min(minGapMsByHost.get(host) ?? Infinity, now - last));
      lastAt.set(host, now);
      const n = (inFlight.get(host) ?? 0) + 1;
      inFlight.set(host, n);
      if (n > (maxInFlightByHost.get(host) ?? 0)) maxInFlightByHost.set(host, n);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
      };
    },
  };
}
