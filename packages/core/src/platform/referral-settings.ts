// The referrals' settings (VIGIE_REFERRAL_*), parsed with the rest of the configuration by config.ts.
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type ReferralSettings = Readonly<{
  /** Minutes an automatic referral waits before it leaves, so a supervisor can undo it. */
  undoMinutes: number;
  /** The installation's country (ISO 3166 alpha-2): reports about content hosted elsewhere go abroad. */
  country: string;
  /** Largest total of media bytes one package may carry (media beyond it are listed, not attached). */
  maxMediaBytes: number;
}>;

export function parseReferralSettings(env: Env, problems: string[]): ReferralSettings {
  const { int, text } = envReaders(env, problems);
  const country = text('VIGIE_REFERRAL_COUNTRY', 'CA');
  if (!/^[A-Z]{2}$/.test(country)) problems.push('VIGIE_REFERRAL_COUNTRY: expected an ISO 3166 alpha-2 code, e.g. CA');
  return Object.freeze({
    undoMinutes: int('VIGIE_REFERRAL_UNDO_MINUTES', 15, 0, 10_080),
    country,
    maxMediaBytes: int('VIGIE_REFERRAL_MAX_MEDIA_BYTES', 20 * 1024 * 1024, 0, 1024 * 1024 * 1024),
  });
}
