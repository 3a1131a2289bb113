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

/** HMA's bank: a bank Vigie has disabled takes part in no lookup, so its ratio reads 0. */
export function hmaBank(bank: { name: string; enabled: boolean; matchingRatio: number }) {
  return { name: bank.name, matching_enabled_ratio: bank.enabled ? bank.matchingRatio : 0 };
}

/** HMA's error body, `{"message": ...}`, beside Vigie's `error` object (clients read either). */
export function withHmaMessage(payload: string): string {
  try {
    const body = JSON.parse(payload) as { error?: { message?: unknown } };
    const message = body.error?.message;
    return typeof message === 'string' ? JSON.stringify({ message, ...body }) : payload;
  } catch {
    return payload;
  }
}

/** HMA's `types`: a comma-separated list of the signal types wanted (unset: every one). */
export function onlyTypes(signals: Record<string, string>, types: string | undefined): Record<string, string> {
  if (!types) return signals;
  const wanted = new Set(types.split(',').map((t) => t.trim()));
  return Object.fromEntries(Object.entries(signals).filter(([name]) => wanted.has(name)));
}
