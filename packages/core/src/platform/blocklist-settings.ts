// The blocklist feed's settings (VIGIE_BLOCKLIST_*): the inclusion criteria an entry must meet
// to be listed, and how the feed is written. Parsed with the rest of the configuration by config.ts.
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

// The hash bank's neutral age bands (contract's ageBands), repeated here: platform imports no feature.
const ageBandNames = ['infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor', 'unknown'];

export type BlocklistSettings = Readonly<{
  /** An entry needs confirmed material at its address (a detection of a confirmed bank entry). */
  requireConfirmed: boolean;
  /** Age bands the confirmed material must show; empty: any. */
  ageBands: readonly string[];
  /** Days since a removal notice for the address was sent without the content going; 0: no notice needed. */
  removalFailedDays: number;
  /** The RPZ zone's name (its origin), as providers' resolvers configure it. */
  rpzZone: string;
  /** Hours a signed timestamp is valid for: a mirror serving an older one is frozen. */
  timestampValidHours: number;
}>;

export function parseBlocklistSettings(env: Env, problems: string[]): BlocklistSettings {
  const { int, flag, text } = envReaders(env, problems);
  const bandsRaw = text('VIGIE_BLOCKLIST_AGE_BANDS', 'infant_toddler,prepubescent').trim();
  const ageBands =
    bandsRaw === 'any'
      ? []
      : bandsRaw
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean);
  const unknown = ageBands.filter((b) => !ageBandNames.includes(b));
  if (unknown.length > 0)
    problems.push(`VIGIE_BLOCKLIST_AGE_BANDS: ${unknown.join(', ')}: use any, or some of ${ageBandNames.join(', ')}`);
  const rpzZone = text('VIGIE_BLOCKLIST_RPZ_ZONE', 'blocklist.vigie.invalid').trim().toLowerCase().replace(/\.$/, '');
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(rpzZone))
    problems.push('VIGIE_BLOCKLIST_RPZ_ZONE: expected a DNS name, e.g. rpz.hotline.example');
  return Object.freeze({
    requireConfirmed: flag('VIGIE_BLOCKLIST_REQUIRE_CONFIRMED', true),
    ageBands: Object.freeze(ageBands),
    removalFailedDays: int('VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS', 7, 0, 365),
    rpzZone,
    timestampValidHours: int('VIGIE_BLOCKLIST_TIMESTAMP_VALID_HOURS', 2, 1, 24 * 7),
  });
}
