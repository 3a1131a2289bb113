export { createLinkExtractor } from './link-extractor.ts';
export { defaultDiscoveryLimits, linkKinds, linkSources } from './discovery.types.ts';
export type {
  DiscoveredLink,
  DiscoveryLimits,
  DiscoveryResult,
  LinkExtractor,
  LinkKind,
  LinkSource,
} from './discovery.types.ts';
export { maxCrawlUrlLength, normaliseCrawlUrl } from './crawl-url.ts';
export { parseSrcset } from './srcset.ts';
export { inScope, sameSite, scopeReasons, siteOf, siteOfHost } from './site-scope.ts';
export type { ScopeContext, ScopeDecision, ScopeReason } from './site-scope.ts';
export { maxCrawlDelaySeconds, maxRobotsBytes, parseRobots, robotsApplies, robotsWithoutBody } from './robots.ts';
export type { RobotsRules } from './robots.ts';
