import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Config } from '../platform/config.ts';
import { createOutboundFromConfig, type Outbound } from '../platform/net/outbound.ts';
import { HostingError } from './hosting.errors.ts';
import { ipDataFiles, loadIpData, type IpDataFiles } from './ip-data.ts';
import { readTar } from './tar.ts';

// Where the offline IP data comes from. The two ip-location-db packages are dependencies of the
// core, so an installation ships with the data of its release. `vigie ipdata refresh` downloads
// the registry's latest versions into DATA_DIR/ipdata/<package>/ and those are used instead,
// unless the shipped copy is newer (an upgrade of Vigie brings newer data than an old refresh).
// A process reads the data once: processes started after a refresh use the new data.

export const ipDataPackages = ['@ip-location-db/asn', '@ip-location-db/geo-whois-asn-country'] as const;
export type IpDataPackage = (typeof ipDataPackages)[number];
export type IpDataOrigin = Readonly<{ name: IpDataPackage; version: string; dir: string; refreshed: boolean }>;

const require = createRequire(import.meta.url);
const MB = 1024 * 1024;

function versionOf(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** Numeric comparison of dotted versions (ip-location-db's are 2.3.YYYYMMDDHH). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map(Number);
  const pb = b.split(/[.+-]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && Number.isFinite(d)) return Math.sign(d);
  }
  return 0;
}

const refreshedDir = (dataDir: string, name: IpDataPackage) => join(dataDir, 'ipdata', name.replace('/', '+'));

export function ipDataOrigin(dataDir: string, name: IpDataPackage): IpDataOrigin {
  const shippedDir = dirname(require.resolve(`${name}/package.json`));
  const shipped = versionOf(shippedDir) ?? '0';
  const local = refreshedDir(dataDir, name);
  const refreshed = existsSync(local) ? versionOf(local) : undefined;
  return refreshed && compareVersions(refreshed, shipped) > 0
    ? { name, version: refreshed, dir: local, refreshed: true }
    : { name, version: shipped, dir: shippedDir, refreshed: false };
}

export function currentIpDataFiles(dataDir: string): { files: IpDataFiles; origins: IpDataOrigin[] } {
  const [asn, country] = ipDataPackages.map((name) => ipDataOrigin(dataDir, name)) as [IpDataOrigin, IpDataOrigin];
  return { files: ipDataFiles(asn.dir, country.dir), origins: [asn, country] };
}

type Packument = {
  'dist-tags'?: { latest?: string };
  versions?: Record<string, { dist?: { tarball?: string; integrity?: string } }>;
};

export type RefreshOutcome = Readonly<{ name: IpDataPackage; version: string; changed: boolean }>;

/**
 * Downloads the latest version of each package from an npm registry (through the outbound
 * client: egress and address checks apply), checks its integrity (the registry's sha512), keeps
 * the "-num" CSVs, licences and package.json, and swaps the directory in whole: a failure leaves
 * the data in use as it was.
 */
export async function refreshIpData(
  outbound: Outbound,
  options: { dataDir: string; registry: string },
): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const name of ipDataPackages) {
    const fail = (why: string) =>
      new HostingError('HOSTING_IPDATA_REFRESH_FAILED', `${name}: ${why}`, { package: name });
    const base = options.registry.replace(/\/+$/, '');
    const meta = await outbound.fetch(
      `${base}/${name.replace('/', '%2f')}`,
      { maxBytes: 64 * MB, timeoutMs: 60_000, idleTimeoutMs: 30_000, maxRedirects: 3, maxDecompressionRatio: 100 },
      { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
    );
    const metaBody = await meta.read();
    if (meta.status !== 200) throw fail(`the registry answered ${meta.status}`);
    let packument: Packument;
    try {
      packument = JSON.parse(Buffer.from(metaBody).toString('utf8')) as Packument;
    } catch {
      throw fail('the registry answered something other than JSON');
    }
    const version = packument['dist-tags']?.latest;
    const dist = version ? packument.versions?.[version]?.dist : undefined;
    if (!version || !dist?.tarball || !dist.integrity?.startsWith('sha512-'))
      throw fail('no latest version with a tarball and a sha512 integrity');
    const current = ipDataOrigin(options.dataDir, name);
    if (compareVersions(version, current.version) <= 0) {
      outcomes.push({ name, version: current.version, changed: false });
      continue;
    }
    const tarball = await outbound.fetch(
      new URL(dist.tarball, `${base}/`).href,
      { maxBytes: 512 * MB, timeoutMs: 600_000, idleTimeoutMs: 60_000, maxRedirects: 3, maxDecompressionRatio: 100 },
      { accept: 'application/octet-stream' },
    );
    const gz = Buffer.from(await tarball.read());
    if (tarball.status !== 200) throw fail(`the tarball's server answered ${tarball.status}`);
    const digest = createHash('sha512').update(gz).digest('base64');
    if (`sha512-${digest}` !== dist.integrity) throw fail('the tarball does not match its integrity hash');
    let entries;
    try {
      entries = readTar(gunzipSync(gz, { maxOutputLength: 1024 * MB }));
    } catch (error) {
      throw fail(`the tarball cannot be read (${(error as Error).message})`);
    }
    const kept = entries
      .map((e) => ({ file: e.path.replace(/^package\//, ''), data: e.data }))
      .filter(
        (e) =>
          !e.file.includes('/') && !e.file.startsWith('.') && (!e.file.endsWith('.csv') || e.file.endsWith('-num.csv')),
      );
    if (!kept.some((e) => e.file === 'package.json') || !kept.some((e) => e.file.endsWith('-num.csv')))
      throw fail('the tarball holds no package.json or no -num.csv file');
    const target = refreshedDir(options.dataDir, name);
    const staging = `${target}.new`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    for (const e of kept) await writeFile(join(staging, e.file), e.data);
    // Indexed once before it replaces anything: a malformed file never becomes the data in use.
    const other = ipDataOrigin(options.dataDir, name === ipDataPackages[0] ? ipDataPackages[1] : ipDataPackages[0]).dir;
    try {
      await loadIpData(name === ipDataPackages[0] ? ipDataFiles(staging, other) : ipDataFiles(other, staging));
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw fail(`the new files cannot be indexed (${(error as Error).message})`);
    }
    await rm(`${target}.old`, { recursive: true, force: true });
    if (existsSync(target)) await rename(target, `${target}.old`);
    await rename(staging, target);
    await rm(`${target}.old`, { recursive: true, force: true });
    outcomes.push({ name, version, changed: true });
  }
  return outcomes;
}

/** `vigie ipdata refresh` without the rest of the system: the installation's outbound client only. */
export async function refreshIpDataFromConfig(
  config: Pick<
    Config,
    | 'dataDir'
    | 'hosting'
    | 'fetchEgress'
    | 'fetchUserAgent'
    | 'fetchAllowNetworks'
    | 'fetchDnsServers'
    | 'fetchDnsCacheSeconds'
  >,
): Promise<RefreshOutcome[]> {
  const outbound = createOutboundFromConfig(config);
  try {
    return await refreshIpData(outbound, { dataDir: config.dataDir, registry: config.hosting.ipdataRegistry });
  } finally {
    await outbound.close();
  }
}
