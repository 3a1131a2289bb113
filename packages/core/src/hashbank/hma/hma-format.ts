import type { EntrySignals } from '../hashbank.types.ts';
import type { ContentType } from '../media-hashing.ts';
import { signalTypes, type SignalType } from '@vigie/contract';
import { signalTypeSpecs } from '../signal-types.ts';
import { formatSignal, signalsOf } from '../signals.ts';

// Shapes of Meta's Hasher-Matcher-Actioner (OpenMediaMatch) answers, so its clients work unchanged.

export type HmaMatch = { bank_content_id: number; distance: string };
export type HmaBankMatches = Record<string, HmaMatch[]>;

/** `{"pdq": "<hex>"}` for a photo; `{"video_md5": ..., "vpdq": ...}` for a video. */
export function hmaSignals(signals: EntrySignals, contentType: ContentType): Record<string, string> {
  const out: Record<string, string> = {};
  for (const signal of signalsOf(signals)) {
    const name = signalTypeSpecs[signal.type].hma[contentType];
    if (name) out[name] = formatSignal(signal);
  }
  return out;
}

/** One match as the hash bank answers it, whoever asked (staff: every bank; a key: its grants). */
export type FoundMatch = Readonly<{ bank: string; entryId: number; distance: number }>;

/** Bank name to matches; a negative-bank hit (known false positive) has already emptied the list. */
export function hmaMatches(matches: readonly FoundMatch[]): HmaBankMatches {
  const out: HmaBankMatches = {};
  for (const m of matches) (out[m.bank] ??= []).push({ bank_content_id: m.entryId, distance: String(m.distance) });
  return out;
}

export function hmaMatchesByType(
  matches: Partial<Record<SignalType, readonly FoundMatch[]>>,
  contentType: ContentType,
): Record<string, HmaBankMatches> {
  const out: Record<string, HmaBankMatches> = {};
  for (const [type, found] of Object.entries(matches) as Array<[SignalType, FoundMatch[]]>) {
    const name = signalTypeSpecs[type].hma[contentType];
    if (name) out[name] = hmaMatches(found);
  }
  return out;
}

/** Every signal type name HMA clients may send: HMA's names and ours. */
export function hmaSignalTypeNames(): string[] {
  const names = Object.values(signalTypeSpecs).flatMap((spec) => [spec.hma.photo, spec.hma.video]);
  return [...new Set([...names.filter((n): n is string => n !== undefined), ...signalTypes])];
}

export function hmaBank(bank: { id: number; name: string; enabled: boolean }) {
  return { name: bank.name, matching_enabled_ratio: bank.enabled ? 1.0 : 0.0 };
}
