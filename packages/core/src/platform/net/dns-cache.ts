import { lookup } from 'node:dns/promises';
import { Resolver as DnsResolver } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Host name -> its addresses. Injected by tests so that they never touch real DNS. */
export type Resolver = (hostname: string) => Promise<readonly string[]>;

/** The system's resolver (getaddrinfo: /etc/hosts, then the system's DNS servers). */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Asks the given DNS servers (`1.2.3.4`, `1.2.3.4:5353`, `[::1]:53`) directly, A before AAAA;
 * /etc/hosts is not read. Fails only when neither family answers.
 */
export function serversResolver(servers: readonly string[]): Resolver {
  const dns = new DnsResolver({ timeout: 2000, tries: 2 });
  dns.setServers(servers);
  return async (hostname) => {
    const [v4, v6] = await Promise.allSettled([dns.resolve4(hostname), dns.resolve6(hostname)]);
    const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
    if (addresses.length === 0) throw v4.status === 'rejected' ? v4.reason : new Error(`${hostname} has no address`);
    return addresses;
  };
}

/** A DNS server setting: an IP address with an optional port; else undefined. */
export function parseDnsServer(text: string): string | undefined {
  const item = text.trim();
  if (isIP(item)) return item;
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(item);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!host || !isIP(host) || (match?.[2] && isIP(host) !== 4) || !(port >= 1 && port <= 65535)) return undefined;
  return item;
}

/** A comma-separated list of DNS servers, or the entries that are not one. */
export function parseDnsServers(list: string): { servers: string[]; invalid: string[] } {
  const servers: string[] = [];
  const invalid: string[] = [];
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const server = parseDnsServer(item);
    if (server) servers.push(server);
    else invalid.push(item);
  }
  return { servers, invalid };
}

/**
 * Remembers answers for `ttlMs` (not the records' own TTLs: a crawler asks for the same hosts
 * all day, and each connection is pinned to a checked address anyway, so a short record TTL gains
 * nothing but queries). Concurrent questions for one name share one answer; failures are not
 * remembered. At most `maxEntries` names are kept, the oldest forgotten first.
 */
export function cachingResolver(resolve: Resolver, ttlMs: number, maxEntries = 10_000): Resolver {
  if (ttlMs <= 0) return resolve;
  const cache = new Map<string, { expires: number; answer: Promise<readonly string[]> }>();
  return (hostname) => {
    const key = hostname.toLowerCase();
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && hit.expires > now) return hit.answer;
    cache.delete(key);
    const answer = resolve(key);
    cache.set(key, { expires: now + ttlMs, answer });
    answer.catch(() => {
      if (cache.get(key)?.answer === answer) cache.delete(key);
    });
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return answer;
  };
}
