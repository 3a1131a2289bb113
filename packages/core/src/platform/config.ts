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

/** Text an installation sets once for every language, or per language (`{"en": "...", "fr": "..."}`). */
export type LocalText = string | Readonly<Record<string, string>>;
export type HelpLine = Readonly<{
  label: LocalText;
  phone?: string;
  sms?: string;
  smsKeyword?: LocalText;
  url?: LocalText;
}>;
export type Region = Readonly<{ code: string; name: LocalText }>;

// The public site's installation: who runs it, how to reach them, which regions it serves. The
// defaults are Canada's; another country's hotline sets its own.
const canadianRegions: Region[] = [
  { code: 'AB', name: 'Alberta' },
  { code: 'BC', name: { en: 'British Columbia', fr: 'Colombie-Britannique' } },
  { code: 'MB', name: 'Manitoba' },
  { code: 'NB', name: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' } },
  { code: 'NL', name: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' } },
  { code: 'NS', name: { en: 'Nova Scotia', fr: 'Nouvelle-\u00c9cosse' } },
  { code: 'NT', name: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' } },
  { code: 'NU', name: 'Nunavut' },
  { code: 'ON', name: 'Ontario' },
  { code: 'PE', name: { en: 'Prince Edward Island', fr: '\u00cele-du-Prince-\u00c9douard' } },
  { code: 'QC', name: { en: 'Quebec', fr: 'Qu\u00e9bec' } },
  { code: 'SK', name: 'Saskatchewan' },
  { code: 'YT', name: 'Yukon' },
];
const canadianHelpLines: HelpLine[] = [
  {
    label: { en: 'Kids Help Phone, day and night', fr: 'Jeunesse, J\u2019\u00e9coute, jour et nuit' },
    phone: '1-800-668-6868',
    sms: '686868',
    smsKeyword: { en: 'CONNECT', fr: 'PARLER' },
    url: { en: 'https://kidshelpphone.ca/', fr: 'https://jeunessejecoute.ca/' },
  },
  {
    label: {
      en: 'NeedHelpNow.ca: for teens when a picture or video of them is shared',
      fr: 'AidezMoiSVP.ca\u00a0: pour les ados quand une photo ou une vid\u00e9o d\u2019eux circule',
    },
    url: { en: 'https://needhelpnow.ca/', fr: 'https://aidezmoisvp.ca/' },
  },
];

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

const phonePattern = /^\+?[\d\s().-]{2,30}$/;
const isWebUrl = (value: unknown): value is string => {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};
const isLocalText = (value: unknown): value is LocalText =>
  (typeof value === 'string' && value.trim() !== '') ||
  (value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(
      ([lang, text]) => /^[a-z]{2,3}$/.test(lang) && typeof text === 'string' && text !== '',
    ));

type TiplineSettings = Pick<
  Config,
  | 'tiplineName'
  | 'tiplinePhone'
  | 'tiplinePrivacyUrl'
  | 'tiplineEmergencyNumber'
  | 'tiplineRegionLabel'
  | 'tiplineRegions'
  | 'tiplineHelpLines'
  | 'tiplineExitUrl'
>;

function parseTiplineSettings(env: Env, problems: string[]): TiplineSettings {
  // Structured settings are JSON; a text setting is either plain text or JSON per language.
  const json = <T>(name: string, fallback: T, valid: (value: unknown) => value is T, expected: string): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    let value: unknown = raw;
    if (/^\s*[[{]/.test(raw))
      try {
        value = JSON.parse(raw);
      } catch {
        value = undefined;
      }
    if (valid(value)) return value;
    problems.push(`${name}: expected ${expected}`);
    return fallback;
  };
  const localText = (name: string, fallback: LocalText | undefined) =>
    json<LocalText | undefined>(name, fallback, isLocalText, 'text, or JSON like {"en": "...", "fr": "..."}');
  const phone = (name: string, fallback: string | undefined) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!phonePattern.test(raw)) problems.push(`${name}: expected a phone number (digits, spaces, + - . ( ))`);
    return raw;
  };
  const url = (name: string, fallback: string | undefined) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!isWebUrl(raw)) problems.push(`${name}: expected an absolute http(s) URL`);
    return raw;
  };
  const isRegions = (value: unknown): value is Region[] =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (r) =>
        typeof r?.code === 'string' &&
        /^[A-Za-z0-9-]{1,16}$/.test(r.code) &&
        r.code !== 'outside' &&
        isLocalText(r.name),
    ) &&
    new Set(value.map((r) => r.code)).size === value.length;
  const isHelpLines = (value: unknown): value is HelpLine[] =>
    Array.isArray(value) &&
    value.every(
      (h) =>
        isLocalText(h?.label) &&
        (h.phone === undefined || (typeof h.phone === 'string' && phonePattern.test(h.phone))) &&
        (h.sms === undefined || (typeof h.sms === 'string' && phonePattern.test(h.sms))) &&
        (h.smsKeyword === undefined || isLocalText(h.smsKeyword)) &&
        (h.url === undefined ||
          (isLocalText(h.url) && (typeof h.url === 'string' ? [h.url] : Object.values(h.url)).every(isWebUrl))),
    );
  return {
    tiplineName: localText('VIGIE_TIPLINE_NAME', undefined),
    tiplinePhone: phone('VIGIE_TIPLINE_PHONE', undefined),
    tiplinePrivacyUrl: url('VIGIE_TIPLINE_PRIVACY_URL', undefined),
    tiplineEmergencyNumber: phone('VIGIE_TIPLINE_EMERGENCY_NUMBER', '911') ?? '911',
    tiplineRegionLabel:
      localText('VIGIE_TIPLINE_REGION_LABEL', {
        en: 'Your province or territory',
        fr: 'Votre province ou territoire',
      }) ?? 'Region',
    tiplineRegions: json(
      'VIGIE_TIPLINE_REGIONS',
      canadianRegions,
      isRegions,
      'a JSON list of {"code": "ON", "name": "Ontario"} (name may be {"en": ..., "fr": ...}), codes unique',
    ),
    tiplineHelpLines: json(
      'VIGIE_TIPLINE_HELP_LINES',
      canadianHelpLines,
      isHelpLines,
      'a JSON list of {"label", "phone"?, "sms"?, "smsKeyword"?, "url"?}',
    ),
    tiplineExitUrl: url('VIGIE_TIPLINE_EXIT_URL', 'https://weather.gc.ca/') ?? 'https://weather.gc.ca/',
  };
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
