import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostingRelationship } from '@vigie/contract';

// Whether a target hosts the file, only links to it, or proxies it. The media URL's host stores
// the file; a page's host that is not the media's only links to it; either one reached through a
// CDN or reverse proxy (its network is a CDN's, or its answer carries a CDN's headers) is
// proxied: the notice then asks the CDN to name the origin host or stop serving the URL, rather
// than to delete a file it does not store. The CDNs are data (data/cdn-networks.json).

type CdnData = {
  asns: Array<{ asn: number; name: string }>;
  headers: Array<{ header: string; pattern?: string; name: string }>;
};

const data = JSON.parse(readFileSync(join(import.meta.dirname, 'data', 'cdn-networks.json'), 'utf8')) as CdnData;
const byAsn = new Map(data.asns.map((a) => [a.asn, a.name]));
const byHeader = data.headers.map((h) => ({
  header: h.header.toLowerCase(),
  pattern: h.pattern ? new RegExp(h.pattern, 'i') : undefined,
  name: h.name,
}));

export function cdnOf(asns: readonly (number | null)[], headers: Readonly<Record<string, string>> = {}): string | null {
  for (const asn of asns) if (asn !== null && byAsn.has(asn)) return byAsn.get(asn)!;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const h of byHeader) {
    const value = lower[h.header];
    if (value !== undefined && (!h.pattern || h.pattern.test(value))) return h.name;
  }
  return null;
}

export type Relationship = Readonly<{
  relationship: HostingRelationship;
  behindProxy: 'hosts' | 'links' | null;
  cdn: string | null;
}>;

export function relationshipOf(storesFile: boolean, cdn: string | null): Relationship {
  const own = storesFile ? 'hosts' : 'links';
  return cdn ? { relationship: 'proxies', behindProxy: own, cdn } : { relationship: own, behindProxy: null, cdn: null };
}
