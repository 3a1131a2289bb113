// robots.txt (RFC 9309) through robots-parser, with the limits a crawler facing hostile hosts
// needs, and the one place that decides whether a host's robots.txt is honoured at all.

import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS typed as an ES module: the default import is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** RFC 9309 lets a crawler stop at 500 KiB; Google does, and ignores the rest. */
export const maxRobotsBytes = 500 * 1024;
/** A Crawl-delay above this is read as this: a host may not park the crawler for hours. */
export const maxCrawlDelaySeconds = 60;

export type RobotsRules = {
  /** Whether the user agent may fetch `url`. A URL of another origin is not covered: true. */
  isAllowed(url: string): boolean;
  crawlDelaySeconds?: number;
  sitemaps: string[];
};

function truncate(text: string): string {
  if (text.length <= maxRobotsBytes / 3 || Buffer.byteLength(text) <= maxRobotsBytes) return text;
  const head = Buffer.from(text).subarray(0, maxRobotsBytes).toString('utf8');
  // The line cut in two is dropped, not read as a shorter (and different) rule.
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  return lastBreak < 0 ? '' : head.slice(0, lastBreak + 1);
}

// "**" matches what "*" matches; collapsing runs keeps a hostile pattern from costing more per
// star (the matcher's work grows with stars times path length).
function collapseStars(text: string): string {
  return text.includes('**') ? text.replace(/\*{2,}/g, '*') : text;
}

/**
 * Parses the body of `robotsUrl` (served with a 2xx) for the crawler's product token
 * (`VigieBot`, matched case-insensitively against User-agent lines; `*` otherwise).
 */
export function parseRobots(robotsUrl: string, text: string, userAgentToken: string): RobotsRules {
  const origin = new URL(robotsUrl); // a crawler bug if it is not a URL: throw
  const robot = robotsParser(origin.href, collapseStars(truncate(text)));
  const delay = robot.getCrawlDelay(userAgentToken);
  return {
    isAllowed: (url) => robot.isAllowed(url, userAgentToken) ?? true,
    ...(typeof delay === 'number' && Number.isFinite(delay) && delay >= 0
      ? { crawlDelaySeconds: Math.min(delay, maxCrawlDelaySeconds) }
      : {}),
    sitemaps: robot.getSitemaps().slice(0, 100),
  };
}

const allowAll: RobotsRules = Object.freeze({ isAllowed: () => true, sitemaps: [] });
const disallowAll: RobotsRules = Object.freeze({ isAllowed: () => false, sitemaps: [] });

/**
 * What to assume when robots.txt did not come back with a 2xx (RFC 9309 2.3.1): a 4xx (the
 * file is unavailable) allows everything; a 5xx, a 429 or no answer at all (unreachable) allows
 * nothing until it can be fetched. Redirects are for the fetcher to follow (five at most), after
 * which the file counts as unavailable. undefined for a 2xx: parse the body.
 */
export function robotsWithoutBody(status: number | 'unreachable'): RobotsRules | undefined {
  if (status === 'unreachable' || status === 429 || status >= 500) return disallowAll;
  if (status >= 200 && status < 300) return undefined;
  return allowAll;
}

/**
 * Whether robots.txt is honoured on a host. Ordinary sites: when the honourRobots setting says
 * so. A reported site or a host of confirmed material: never, whatever the setting, because an
 * abuser's robots.txt must not hide evidence.
 */
export function robotsApplies(host: { reportedSite: boolean; confirmedHost: boolean; honourRobots: boolean }): boolean {
  return host.honourRobots && !host.reportedSite && !host.confirmedHost;
}
