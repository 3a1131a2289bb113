import type { FetchLimits, Outbound } from '../platform/net/outbound.ts';
import type { Db } from '../database.ts';
import { readRobots, writeRobots } from './crawler.repository.ts';
import { parseRobots } from './discovery/index.ts';

// robots.txt per host, fetched once a day and shared by every crawler through the database.
// RFC 9309: 4xx means no rules; 5xx or an unreachable server means "disallow everything for
// now", so the host's URLs wait (an hour) rather than being fetched against its wishes.

export type RobotsRules = Readonly<{ isAllowed(url: string): boolean; crawlDelayMs: number }>;
export type RobotsAnswer = Readonly<{ rules: RobotsRules } | { unreachable: true }>;

const FRESH_MS = 24 * 3600_000;
const MAX_ROBOTS_BYTES = 500 * 1024;
const allowAll: RobotsRules = { isAllowed: () => true, crawlDelayMs: 0 };

export function createRobotsCache(deps: {
  db: Db;
  outbound: Pick<Outbound, 'fetch'>;
  userAgent: string;
  timeoutMs: number;
}) {
  const recent = new Map<string, { rules: RobotsRules; at: number }>();
  const limits: FetchLimits = {
    maxBytes: MAX_ROBOTS_BYTES * 4,
    timeoutMs: deps.timeoutMs,
    idleTimeoutMs: deps.timeoutMs,
    maxRedirects: 5,
    maxDecompressionRatio: 100,
  };

  const rulesOf = (robotsUrl: string, status: number, body: string): RobotsRules => {
    if (status < 200 || status >= 300) return allowAll;
    const parsed = parseRobots(robotsUrl, body.slice(0, MAX_ROBOTS_BYTES), deps.userAgent);
    return { isAllowed: (url) => parsed.isAllowed(url), crawlDelayMs: (parsed.crawlDelaySeconds ?? 0) * 1000 };
  };

  return {
    async rulesFor(origin: string, now: Date): Promise<RobotsAnswer> {
      const host = new URL(origin).host;
      const hit = recent.get(host);
      if (hit && now.getTime() - hit.at < FRESH_MS) return { rules: hit.rules };
      const robotsUrl = `${origin}/robots.txt`;
      const stored = await readRobots(deps.db, host, new Date(now.getTime() - FRESH_MS));
      if (stored) {
        const rules = rulesOf(robotsUrl, stored.status, stored.body);
        recent.set(host, { rules, at: now.getTime() });
        return { rules };
      }
      let status: number;
      let body = '';
      try {
        const response = await deps.outbound.fetch(robotsUrl, limits, { accept: 'text/plain,*/*;q=0.5' });
        status = response.status;
        if (status >= 200 && status < 300) body = new TextDecoder().decode(await response.read());
        else response.cancel();
      } catch {
        return { unreachable: true };
      }
      if (status >= 500 || status === 429) return { unreachable: true };
      await writeRobots(deps.db, host, status, body, now);
      const rules = rulesOf(robotsUrl, status, body);
      recent.set(host, { rules, at: now.getTime() });
      if (recent.size > 50_000) recent.delete(recent.keys().next().value!);
      return { rules };
    },
  };
}
