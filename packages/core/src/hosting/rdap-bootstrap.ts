import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { networkContains, parseNetwork, type Network } from '../platform/net/networks.ts';
import { HostingError } from './hosting.errors.ts';

// IANA's RDAP bootstrap registries (RFC 9224): which RDAP server answers for a TLD, an address
// block or an ASN range. A copy ships in data/rdap-bootstrap/ (PROVENANCE.md);
// VIGIE_RDAP_BOOTSTRAP_DIR replaces it with a directory holding the same four files (an
// operator's newer copy, or a test's pointing at loopback).

export const shippedBootstrapDir = join(import.meta.dirname, 'data', 'rdap-bootstrap');

export type RdapBootstrap = Readonly<{
  domain(name: string): string | undefined;
  ip(address: string): string | undefined;
  autnum(asn: number): string | undefined;
}>;

type ServiceFile = { services?: unknown };

/** The first https base URL of a service (http only when no https one is listed), with a final /. */
function baseUrl(urls: unknown, file: string): string {
  if (!Array.isArray(urls) || urls.length === 0 || !urls.every((u) => typeof u === 'string'))
    throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `${file}: a service without URLs`);
  const chosen = (urls as string[]).find((u) => u.startsWith('https://')) ?? (urls as string[])[0]!;
  return chosen.endsWith('/') ? chosen : `${chosen}/`;
}

function services(json: ServiceFile, file: string): Array<{ keys: string[]; url: string }> {
  if (!Array.isArray(json.services)) throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `${file}: no services`);
  return json.services.map((entry: unknown) => {
    if (!Array.isArray(entry) || !Array.isArray(entry[0]) || !entry[0].every((k: unknown) => typeof k === 'string'))
      throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `${file}: a service is not [[keys], [urls]]`);
    return { keys: entry[0] as string[], url: baseUrl(entry[1], file) };
  });
}

async function readJson(dir: string, name: string): Promise<ServiceFile> {
  const file = join(dir, name);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ServiceFile;
  } catch (error) {
    throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `${file}: ${(error as Error).message}`);
  }
}

export async function loadRdapBootstrap(dir: string = shippedBootstrapDir): Promise<RdapBootstrap> {
  const tlds = new Map<string, string>();
  for (const s of services(await readJson(dir, 'dns.json'), 'dns.json'))
    for (const key of s.keys) tlds.set(key.toLowerCase().replace(/\.$/, ''), s.url);
  const blocks: Array<{ network: Network; url: string }> = [];
  for (const name of ['ipv4.json', 'ipv6.json'])
    for (const s of services(await readJson(dir, name), name))
      for (const key of s.keys) {
        const network = parseNetwork(key);
        if (!network) throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `${name}: ${key} is not a CIDR block`);
        blocks.push({ network, url: s.url });
      }
  // The most specific block wins (registries list sub-allocations beside their /8s).
  blocks.sort((a, b) => b.network.bits - a.network.bits);
  const ranges: Array<{ from: number; to: number; url: string }> = [];
  for (const s of services(await readJson(dir, 'asn.json'), 'asn.json'))
    for (const key of s.keys) {
      const [from, to = from] = key.split('-').map(Number) as [number, number?];
      if (!Number.isInteger(from) || !Number.isInteger(to))
        throw new HostingError('HOSTING_BOOTSTRAP_INVALID', `asn.json: ${key} is not an ASN range`);
      ranges.push({ from, to: to as number, url: s.url });
    }
  return Object.freeze({
    domain(name: string) {
      const labels = name.toLowerCase().replace(/\.$/, '').split('.');
      for (let i = 0; i < labels.length; i++) {
        const url = tlds.get(labels.slice(i).join('.'));
        if (url) return url;
      }
      return undefined;
    },
    ip(address: string) {
      if (!isIP(address)) return undefined;
      return blocks.find((b) => networkContains(b.network, address))?.url;
    },
    autnum(asn: number) {
      return ranges.find((r) => asn >= r.from && asn <= r.to)?.url;
    },
  });
}
