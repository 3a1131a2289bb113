// The re-checks' settings (VIGIE_RECHECK_*): how often a notified or reported URL is fetched
// again, how many consecutive absent checks prove a removal, when reminders turn into escalation.
// Parsed with the rest of the configuration by config.ts.
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type RecheckSettings = Readonly<{
  /** Hours between two scheduled checks of a URL still online (and before the first). */
  intervalHours: number;
  /** Consecutive checks that must find the material absent before it counts as removed. */
  confirmations: number;
  /** Minutes between those confirming checks. */
  confirmMinutes: number;
  /** Reminders sent to the recipient before the notice is escalated. */
  reminders: number;
  /** URLs claimed per run of the re-check job. */
  batchSize: number;
  /** Fetches at once within one run. */
  concurrency: number;
  /** Partner hotlines by country (ISO 3166 alpha-2 to an e-mail address), the last escalation step. */
  partnerHotlines: Readonly<Record<string, string>>;
}>;

export function parseRecheckSettings(env: Env, problems: string[]): RecheckSettings {
  const { int, optional } = envReaders(env, problems);
  const partnerHotlines: Record<string, string> = {};
  for (const pair of (optional('VIGIE_RECHECK_PARTNER_HOTLINES') ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const match = /^\s*([A-Za-z]{2})\s*=\s*([^\s@]+@[^\s@]+\.[^\s@]+)\s*$/.exec(pair);
    if (match) partnerHotlines[match[1]!.toUpperCase()] = match[2]!.toLowerCase();
    else
      problems.push('VIGIE_RECHECK_PARTNER_HOTLINES: expected COUNTRY=address pairs, e.g. FR=reports@hotline.example');
  }
  return Object.freeze({
    intervalHours: int('VIGIE_RECHECK_INTERVAL_HOURS', 24, 1, 24 * 30),
    confirmations: int('VIGIE_RECHECK_CONFIRMATIONS', 3, 1, 20),
    confirmMinutes: int('VIGIE_RECHECK_CONFIRM_MINUTES', 5, 1, 24 * 60),
    reminders: int('VIGIE_RECHECK_REMINDERS', 2, 0, 50),
    batchSize: int('VIGIE_RECHECK_BATCH', 200, 1, 10_000),
    concurrency: int('VIGIE_RECHECK_CONCURRENCY', 16, 1, 512),
    partnerHotlines: Object.freeze(partnerHotlines),
  });
}
