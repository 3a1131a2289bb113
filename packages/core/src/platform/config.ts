import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseBlocklistSettings, type BlocklistSettings } from './blocklist-settings.ts';
import { parseCrawlSettings, type CrawlSettings } from './crawl-settings.ts';
import { parseReviewSettings, type ReviewInstallationSettings } from './review-settings.ts';
import { envReaders } from './env-readers.ts';
import { PlatformError } from './errors.ts';
import { parseHostingSettings, type HostingSettings } from './hosting-settings.ts';
import { describeEgress, parseEgress } from './net/egress.ts';
import { parseNetSettings, type NetSettings } from './net/net-config.ts';
import { parseNetworks } from './net/networks.ts';
import { parseNoticeSettings, type NoticeSettings } from './notice-settings.ts';
import { parseOutboxSettings, type OutboxSettings } from './outbox-settings.ts';
import { parseRecheckSettings, type RecheckSettings } from './recheck-settings.ts';
import { parseReferralSettings, type ReferralSettings } from './referral-settings.ts';
import { parseStatisticsSettings, type StatisticsSettings } from './statistics-settings.ts';
import { parseTiplineSettings, type HelpLine, type LocalText, type Region } from './tipline-settings.ts';
import { runningServerUrl } from './server-registry.ts';
import { parseStorageSettings, type StorageSettings } from './storage/storage-config.ts';

// The only place that reads process.env. Every bad variable is listed at once, so an operator
// fixes the configuration in one go rather than one restart per mistake.

export const roles = ['api', 'worker', 'crawler'] as const;
export type Role = (typeof roles)[number];

export type Config = Readonly<{
  dataDir: string;
  databaseUrl: string | undefined;
  appDatabaseUrl: string | undefined;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  trustedProxies: readonly string[];
  requestTimeoutSeconds: number;
  workerConcurrency: number;
  apiKeyRatePerMinute: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  sessionHours: number;
  enrolmentHours: number;
  cookieSecure: boolean;
  consoleDir: string | undefined;
  intakeKey: string | undefined;
  intakeStoreAddress: boolean;
  intakeRetentionDays: number;
  intakeRatePerMinute: number;
  /** Minutes an analyst's claim on a case lasts after their last activity on it. */
  caseClaimMinutes: number;
  /** CIDR blocks outbound fetches may reach although not public (tests' loopback servers). */
  fetchAllowNetworks: readonly string[];
  /**
   * HMA clients that send no credentials (HMA has none): requests to the HMA surface from these
   * networks act as this API key (its organisation, its scopes, its audit trail). Off when unset.
   */
  hmaKeyless: Readonly<{ keyPrefix: string; networks: readonly string[] }> | undefined;
  hashbankRefreshMs: number;
  /** Minutes between snapshots of the match index on disk while entries change (0: no snapshot; a restart reads every entry). */
  hashbankSnapshotMinutes: number;
  /** Media hashed at once per process (worker threads); more wait briefly, then get 503. */
  hashingConcurrency: number;
  /** The installation's own name on the public site; unset: the catalogue's generic name. */
  tiplineName: LocalText | undefined;
  tiplinePhone: string | undefined;
  /** Its privacy notice; unset: the site's own /privacy page, written from these settings. */
  tiplinePrivacyUrl: string | undefined;
  tiplineEmergencyNumber: string;
  tiplineRegionLabel: LocalText;
  tiplineRegions: readonly Region[];
  tiplineHelpLines: readonly HelpLine[];
  /** Where the quick-exit button leaves to. */
  tiplineExitUrl: string;
  crawl: CrawlSettings;
  outbox: OutboxSettings;
  notices: NoticeSettings;
  hosting: HostingSettings;
  rechecks: RecheckSettings;
  blocklist: BlocklistSettings;
  referrals: ReferralSettings;
  review: ReviewInstallationSettings;
  statistics: StatisticsSettings;
}> &
  NetSettings &
  StorageSettings;

export type { HelpLine, LocalText, Region } from './tipline-settings.ts';

type Env = Readonly<Record<string, string | undefined>>;
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseConfig(env: Env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const { int, text } = envReaders(env, problems);

  const host = text('HOST', '127.0.0.1');
  const port = int('PORT', 8080, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL: expected postgres://user:password@host:port/database');
  }
  const appDatabaseUrl = env.VIGIE_APP_DATABASE_URL || undefined;
  if (appDatabaseUrl && !/^postgres(ql)?:\/\//.test(appDatabaseUrl)) {
    problems.push('VIGIE_APP_DATABASE_URL: expected postgres://user:password@host:port/database');
  }
  const dataDir = resolve(text('VIGIE_DATA_DIR', './data'));
  // Without an explicit public URL, links point at the server running on this data directory
  // (a CLI command beside it has no PORT of its own), else at HOST:PORT.
  const publicUrl = text(
    'VIGIE_PUBLIC_URL',
    runningServerUrl(dataDir) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  );
  try {
    new URL(publicUrl);
  } catch {
    problems.push(`VIGIE_PUBLIC_URL=${JSON.stringify(publicUrl)}: expected an absolute URL`);
  }
  const logLevel = text('VIGIE_LOG_LEVEL', 'info');
  if (!logLevels.includes(logLevel)) problems.push(`VIGIE_LOG_LEVEL: expected one of ${logLevels.join(', ')}`);
  const cookieSecureRaw = text('VIGIE_COOKIE_SECURE', 'auto');
  if (!['auto', 'true', 'false'].includes(cookieSecureRaw))
    problems.push('VIGIE_COOKIE_SECURE: expected auto, true or false');

  const intakeKey = env.VIGIE_INTAKE_KEY || undefined;
  if (intakeKey && Buffer.from(intakeKey, 'base64').length !== 32)
    problems.push('VIGIE_INTAKE_KEY: expected 32 bytes in base64 (openssl rand -base64 32)');
  const storeAddressRaw = text('VIGIE_INTAKE_STORE_ADDRESS', 'false');
  if (!['true', 'false'].includes(storeAddressRaw)) problems.push('VIGIE_INTAKE_STORE_ADDRESS: expected true or false');

  const fetchNetworks = parseNetworks(text('VIGIE_FETCH_ALLOW_NETWORKS', ''));
  if (fetchNetworks.invalid.length > 0)
    problems.push(
      `VIGIE_FETCH_ALLOW_NETWORKS: ${fetchNetworks.invalid.map((n) => JSON.stringify(n)).join(', ')} not a CIDR block (e.g. 127.0.0.0/8,::1/128)`,
    );
  if (env.VIGIE_HASH_FETCH_ALLOW_PRIVATE !== undefined)
    problems.push('VIGIE_HASH_FETCH_ALLOW_PRIVATE: replaced by VIGIE_FETCH_ALLOW_NETWORKS (a list of CIDR blocks)');

  const hmaKeyless = parseHmaKeyless(env, problems);
  const tipline = parseTiplineSettings(env, problems);
  const net = parseNetSettings(env, problems);
  const storage = parseStorageSettings(env, problems);

  const config: Config = {
    dataDir,
    databaseUrl,
    appDatabaseUrl,
    host,
    port,
    publicUrl: publicUrl.replace(/\/$/, ''),
    logLevel,
    trustedProxies: text('VIGIE_TRUSTED_PROXIES', '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    requestTimeoutSeconds: int('VIGIE_REQUEST_TIMEOUT_SECONDS', 120, 1, 3600),
    workerConcurrency: int('VIGIE_WORKER_CONCURRENCY', 4, 1, 64),
    apiKeyRatePerMinute: int('VIGIE_APIKEY_RATE_PER_MINUTE', 600, 1, 1_000_000),
    loginMaxFailures: int('VIGIE_LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: int('VIGIE_LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    sessionHours: int('VIGIE_SESSION_HOURS', 12, 1, 24 * 30),
    enrolmentHours: int('VIGIE_ENROLMENT_HOURS', 72, 1, 24 * 30),
    cookieSecure: cookieSecureRaw === 'auto' ? publicUrl.startsWith('https:') : cookieSecureRaw === 'true',
    consoleDir: env.VIGIE_CONSOLE_DIR || undefined,
    intakeKey,
    intakeStoreAddress: storeAddressRaw === 'true',
    intakeRetentionDays: int('VIGIE_INTAKE_RETENTION_DAYS', 365, 0, 36500),
    intakeRatePerMinute: int('VIGIE_INTAKE_RATE_PER_MINUTE', 10, 1, 10_000_000),
    caseClaimMinutes: int('VIGIE_CASE_CLAIM_MINUTES', 30, 1, 1440),
    fetchAllowNetworks: Object.freeze(fetchNetworks.networks.map((n) => n.text)),
    hmaKeyless,
    hashbankRefreshMs: int('VIGIE_HASHBANK_REFRESH_MS', 2000, 100, 5000),
    hashbankSnapshotMinutes: int('VIGIE_HASHBANK_SNAPSHOT_MINUTES', 10, 0, 1440),
    // One core is left to the HTTP thread (and the PDQ query workers share them all).
    hashingConcurrency: int('VIGIE_HASHING_CONCURRENCY', Math.max(1, Math.min(4, availableParallelism() - 1)), 1, 64),
    ...tipline,
    ...net,
    ...storage,
    crawl: parseCrawlSettings(env, problems),
    outbox: parseOutboxSettings(env, problems),
    notices: parseNoticeSettings(env, problems),
    hosting: parseHostingSettings(env, problems),
    rechecks: parseRecheckSettings(env, problems),
    blocklist: parseBlocklistSettings(env, problems),
    referrals: parseReferralSettings(env, problems),
    review: parseReviewSettings(env, problems),
    statistics: parseStatisticsSettings(env, problems),
    ...overrides,
  };
  if (problems.length > 0) {
    throw new PlatformError('CONFIG_INVALID', `Invalid settings:\n  ${problems.join('\n  ')}`, { problems });
  }
  return Object.freeze(config);
}

/** VIGIE_HMA_KEYLESS_KEY (a key's prefix, `vgk_XXXXXXXX`) and the networks it may be used from. */
function parseHmaKeyless(env: Readonly<Record<string, string | undefined>>, problems: string[]): Config['hmaKeyless'] {
  const key = env.VIGIE_HMA_KEYLESS_KEY?.trim() ?? '';
  const list = env.VIGIE_HMA_KEYLESS_NETWORKS?.trim() ?? '';
  if (!key && !list) return undefined;
  const prefix = /^(?:vgk_)?([A-Za-z0-9_-]{8})$/.exec(key)?.[1];
  if (!prefix) problems.push('VIGIE_HMA_KEYLESS_KEY: expected an API key prefix such as vgk_AbCd1234');
  const { networks, invalid } = parseNetworks(list);
  if (invalid.length > 0)
    problems.push(
      `VIGIE_HMA_KEYLESS_NETWORKS: ${invalid.map((n) => JSON.stringify(n)).join(', ')} not a CIDR block (e.g. 10.0.5.7/32)`,
    );
  else if (networks.length === 0) problems.push('VIGIE_HMA_KEYLESS_NETWORKS: required with VIGIE_HMA_KEYLESS_KEY');
  return prefix
    ? Object.freeze({ keyPrefix: prefix, networks: Object.freeze(networks.map((n) => n.text)) })
    : undefined;
}

/** For `vigie config`: the effective settings with secrets hidden. */
export function describeConfig(config: Config): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...config };
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '[redacted]';
    shown.databaseUrl = url.toString();
  } else {
    shown.databaseUrl = '(embedded PostgreSQL under the data directory)';
  }
  if (config.appDatabaseUrl) {
    const url = new URL(config.appDatabaseUrl);
    if (url.password) url.password = '[redacted]';
    shown.appDatabaseUrl = url.toString();
  }
  const egress = parseEgress(config.fetchEgress);
  if (!('problem' in egress)) shown.fetchEgress = describeEgress(egress);
  shown.intakeKey = config.intakeKey ? '[redacted]' : '(generated under dataDir/secrets/intake.key)';
  if (config.s3SecretAccessKey) shown.s3SecretAccessKey = '[redacted]';
  if (config.outbox.smtp.password)
    shown.outbox = { ...config.outbox, smtp: { ...config.outbox.smtp, password: '[redacted]' } };
  return shown;
}
