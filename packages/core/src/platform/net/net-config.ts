import { parseDnsServers } from './dns-cache.ts';
import { parseEgress } from './egress.ts';

// The outbound client's settings, parsed for platform/config.ts (which alone reads the
// environment) and listed with the other bad variables.

export type NetSettings = Readonly<{
  /** `direct`, `http://[user:pass@]host:port` (CONNECT) or `socks5://[user:pass@]host:port`. */
  fetchEgress: string;
  fetchUserAgent: string;
  /** DNS servers asked instead of the system's; empty: the system's resolver. */
  fetchDnsServers: readonly string[];
  fetchDnsCacheSeconds: number;
}>;

/** Says nothing of who is asking: a hotline's crawler should not announce itself to the sites it visits. */
export const defaultUserAgent = 'Mozilla/5.0 (compatible)';

export function parseNetSettings(env: Readonly<Record<string, string | undefined>>, problems: string[]): NetSettings {
  const egressText = env.VIGIE_EGRESS?.trim() || 'direct';
  const egress = parseEgress(egressText);
  if ('problem' in egress) problems.push(`VIGIE_EGRESS: ${egress.problem}`);

  const userAgent = env.VIGIE_FETCH_USER_AGENT?.trim() || defaultUserAgent;
  if (!/^[\x20-\x7e]{1,512}$/.test(userAgent))
    problems.push('VIGIE_FETCH_USER_AGENT: expected printable ASCII, at most 512 characters');

  const dns = parseDnsServers(env.VIGIE_FETCH_DNS_SERVERS ?? '');
  if (dns.invalid.length > 0)
    problems.push(
      `VIGIE_FETCH_DNS_SERVERS: ${dns.invalid.map((s) => JSON.stringify(s)).join(', ')} not an IP address with an optional port (e.g. 9.9.9.9,[2620:fe::fe]:53)`,
    );

  const cacheRaw = env.VIGIE_FETCH_DNS_CACHE_SECONDS?.trim() || '60';
  const cacheSeconds = Number(cacheRaw);
  if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0 || cacheSeconds > 86_400)
    problems.push(`VIGIE_FETCH_DNS_CACHE_SECONDS=${JSON.stringify(cacheRaw)}: expected a whole number from 0 to 86400`);

  return {
    fetchEgress: 'problem' in egress ? 'direct' : egressText,
    fetchUserAgent: userAgent,
    fetchDnsServers: Object.freeze(dns.servers),
    fetchDnsCacheSeconds:
      Number.isInteger(cacheSeconds) && cacheSeconds >= 0 && cacheSeconds <= 86_400 ? cacheSeconds : 60,
  };
}
