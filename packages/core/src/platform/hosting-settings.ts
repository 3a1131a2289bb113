import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { envReaders } from './env-readers.ts';

// Who-hosts-it settings (VIGIE_RDAP_*, VIGIE_IPDATA_*), parsed with the rest by config.ts.

type Env = Readonly<Record<string, string | undefined>>;

export type HostingSettings = Readonly<{
  /** A directory with dns.json, ipv4.json, ipv6.json and asn.json replacing the shipped IANA bootstrap. */
  rdapBootstrapDir: string | undefined;
  /** How long an RDAP answer is reused by every process. */
  rdapCacheHours: number;
  rdapTimeoutSeconds: number;
  /** Requests per minute to one RDAP server, shared by every process (registries limit clients). */
  rdapRatePerMinute: number;
  /** The npm registry `vigie ipdata refresh` downloads the IP data packages from. */
  ipdataRegistry: string;
}>;

export function parseHostingSettings(env: Env, problems: string[]): HostingSettings {
  const { int } = envReaders(env, problems);
  const dir = env.VIGIE_RDAP_BOOTSTRAP_DIR?.trim() ? resolve(env.VIGIE_RDAP_BOOTSTRAP_DIR.trim()) : undefined;
  if (dir) {
    const missing = ['dns.json', 'ipv4.json', 'ipv6.json', 'asn.json'].filter((f) => !existsSync(resolve(dir, f)));
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      problems.push(`VIGIE_RDAP_BOOTSTRAP_DIR: ${dir} is not a directory`);
    else if (missing.length > 0) problems.push(`VIGIE_RDAP_BOOTSTRAP_DIR: ${dir} lacks ${missing.join(', ')}`);
  }
  const registry = env.VIGIE_IPDATA_REGISTRY?.trim() || 'https://registry.npmjs.org';
  try {
    if (!/^https?:$/.test(new URL(registry).protocol)) throw new Error('scheme');
  } catch {
    problems.push('VIGIE_IPDATA_REGISTRY: expected an absolute http(s) URL');
  }
  return Object.freeze({
    rdapBootstrapDir: dir,
    rdapCacheHours: int('VIGIE_RDAP_CACHE_HOURS', 24, 1, 24 * 90),
    rdapTimeoutSeconds: int('VIGIE_RDAP_TIMEOUT_SECONDS', 20, 1, 300),
    rdapRatePerMinute: int('VIGIE_RDAP_RATE_PER_MINUTE', 30, 1, 100_000),
    ipdataRegistry: registry.replace(/\/+$/, ''),
  });
}
