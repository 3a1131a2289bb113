import type { EntrySignals, MatchOutcome } from './hashbank.types.ts';
import type { ContentType } from './media-hashing.ts';
import { formatVpdq } from './signals.ts';

// Shapes of Meta's Hasher-Matcher-Actioner (OpenMediaMatch) answers, so its clients work unchanged.

export type HmaMatch = { bank_content_id: number; distance: string };
export type HmaBankMatches = Record<string, HmaMatch[]>;

/** `{"pdq": "<hex>"}` for a photo; `{"video_md5": ..., "vpdq": ...}` for a video. */
export function hmaSignals(signals: EntrySignals, contentType: ContentType): Record<string, string> {
  if (contentType === 'photo') return signals.pdq ? { pdq: signals.pdq } : {};
  const out: Record<string, string> = {};
  if (signals.md5) out.video_md5 = signals.md5;
  if (signals.vpdq) out.vpdq = formatVpdq(signals.vpdq);
  return out;
}

/** Bank name to matches; a negative-bank hit (known false positive) answers no match at all. */
export function hmaMatches(outcome: MatchOutcome): HmaBankMatches {
  const out: HmaBankMatches = {};
  for (const m of outcome.matches)
    (out[m.bankName] ??= []).push({ bank_content_id: m.entryId, distance: String(m.distance) });
  return out;
}

export function hmaMatchesByType(
  outcomes: Record<string, MatchOutcome>,
  contentType: ContentType,
): Record<string, HmaBankMatches> {
  const out: Record<string, HmaBankMatches> = {};
  for (const [type, outcome] of Object.entries(outcomes)) {
    const name =
      type === 'md5' ? (contentType === 'video' ? 'video_md5' : undefined) : type === 'sha256' ? undefined : type;
    if (name) out[name] = hmaMatches(outcome);
  }
  return out;
}

export function hmaBank(bank: { id: number; name: string; enabled: boolean }) {
  return { name: bank.name, matching_enabled_ratio: bank.enabled ? 1.0 : 0.0 };
}
