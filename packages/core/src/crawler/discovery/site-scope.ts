// Which discovered links the crawler follows. A site is a registrable domain from the Public
// Suffix List, private section included, so two users' pages on a hosting service that lists
// itself there (alice.github.io, bob.github.io) are two sites, not one. IP addresses, single
// labels and hosts that are themselves a public suffix are their own site.

import { getDomain } from 'tldts';
import type { LinkKind } from './discovery.types.ts';

/** The site (registrable domain, else host) of an http(s) URL, or undefined if it is not one. */
export function siteOf(url: string | URL): string | undefined {
  const parsed = typeof url === 'string' ? URL.parse(url) : url;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return siteOfHost(parsed.hostname);
}

/** The site of a host name as the URL parser writes it (lower case, punycode, IPv6 in brackets). */
export function siteOfHost(host: string): string | undefined {
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (name === '') return undefined;
  return getDomain(name, { allowPrivateDomains: true, extractHostname: false }) ?? name;
}

export function sameSite(a: string | URL, b: string | URL): boolean {
  const site = siteOf(a);
  return site !== undefined && site === siteOf(b);
}

export type ScopeContext = {
  /** siteOf the seed (the reported URL or the crawl's start). */
  seedSite: string;
  /** Hosts (or sites) seen serving this crawl's media: pages there are fetched as media. */
  mediaHosts?: ReadonlySet<string>;
  /** Hosts (or sites) where material was confirmed: their pages are crawled too. */
  confirmedHosts?: ReadonlySet<string>;
};

export const scopeReasons = ['same-site', 'confirmed-host', 'linked-media', 'off-site', 'not-http'] as const;
export type ScopeReason = (typeof scopeReasons)[number];

export type ScopeDecision =
  /** Crawl or fetch it; `as` is how to treat it: 'media' means fetch and sniff, never parse for links. */
  | { follow: true; as: LinkKind; reason: 'same-site' | 'confirmed-host' }
  | { follow: true; as: 'media'; reason: 'linked-media' }
  | { follow: false; reason: 'off-site' | 'not-http' };

function listed(set: ReadonlySet<string> | undefined, host: string, site: string): boolean {
  return set !== undefined && (set.has(host) || set.has(site));
}

/**
 * The scope rule, for a link found on a page that was itself in scope: pages are followed on
 * the seed's site and on hosts of confirmed material; media (and links that may be media) are
 * fetched from any host, since abusive sites keep their files on other hosts, but what they
 * turn out to be is never crawled from there (`as: 'media'`).
 */
export function inScope(link: { url: string; kind: LinkKind }, scope: ScopeContext): ScopeDecision {
  const parsed = URL.parse(link.url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { follow: false, reason: 'not-http' };
  }
  const host = parsed.hostname;
  const site = siteOfHost(host);
  if (site === undefined) return { follow: false, reason: 'not-http' };
  if (site === scope.seedSite) return { follow: true, as: link.kind, reason: 'same-site' };
  if (listed(scope.confirmedHosts, host, site)) return { follow: true, as: link.kind, reason: 'confirmed-host' };
  if (link.kind !== 'page' || listed(scope.mediaHosts, host, site)) {
    return { follow: true, as: 'media', reason: 'linked-media' };
  }
  return { follow: false, reason: 'off-site' };
}
