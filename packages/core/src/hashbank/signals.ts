import { signalTypes, type SignalType } from '@vigie/contract';
import { hammingDistance, matchVideos } from '@vigie/hashing';
import { HashbankError } from './hashbank.errors.ts';
import type { EntrySignals, SignalValue, VpdqFrame } from './hashbank.types.ts';
import { signalTypeAliases, signalTypeSpecs, type ParsedSignal } from './signal-types.ts';

export type { ParsedSignal } from './signal-types.ts';

/** Fails closed: an unknown type is refused, never ignored. */
export function parseSignalType(type: string): SignalType {
  const name = signalTypeAliases[type] ?? type;
  if (!(signalTypes as readonly string[]).includes(name))
    throw new HashbankError(
      'HASHBANK_SIGNAL_TYPE_UNKNOWN',
      `Unknown signal type ${JSON.stringify(type)}; use ${signalTypes.join(', ')}.`,
    );
  return name as SignalType;
}

/** vPDQ as text: frames separated by newlines or semicolons, each `pdqhex,quality[,seconds]`; or a JSON array. */
export function parseVpdq(value: string): VpdqFrame[] {
  const trimmed = value.trim();
  let frames: VpdqFrame[];
  if (trimmed.startsWith('[')) {
    try {
      frames = (JSON.parse(trimmed) as Array<{ pdq: string; quality: number }>).map((f) => ({
        pdq: String(f.pdq).toLowerCase(),
        quality: Number(f.quality),
      }));
    } catch {
      throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', 'vPDQ JSON is not an array of {pdq, quality}.');
    }
  } else {
    frames = trimmed
      .split(/[\n;]+/)
      .filter(Boolean)
      .map((line) => {
        const [pdq = '', quality = '100'] = line.trim().split(',');
        return { pdq: pdq.toLowerCase(), quality: Number(quality) };
      });
  }
  const frame = signalTypeSpecs.vpdq.pattern;
  if (
    frames.length === 0 ||
    frames.some((f) => !frame.test(f.pdq) || !Number.isInteger(f.quality) || f.quality < 0 || f.quality > 100)
  ) {
    throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', 'vPDQ frames are `pdqhex,quality` with quality 0-100.');
  }
  return frames;
}

export function formatVpdq(frames: readonly VpdqFrame[]): string {
  return frames.map((f) => `${f.pdq},${f.quality}`).join(';');
}

/** A signal's value as text, as answers and files carry it. */
export function formatSignal(signal: ParsedSignal): string {
  return signal.type === 'vpdq' ? formatVpdq(signal.value) : signal.value;
}

export function parseSignal(type: string, value: string): ParsedSignal {
  const signalType = parseSignalType(type);
  if (signalType === 'vpdq') return { type: 'vpdq', value: parseVpdq(value) };
  const normal = String(value).trim().toLowerCase();
  if (!signalTypeSpecs[signalType].pattern.test(normal))
    throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', `Not a valid ${signalType} value.`);
  return { type: signalType, value: normal };
}

/** Every signal an entry (its row, or a hashed media's signals) holds, in the table's order. */
export function signalsOf(signals: { [T in SignalType]?: SignalValue<T> | null | undefined }): ParsedSignal[] {
  const out: ParsedSignal[] = [];
  for (const type of signalTypes) {
    const value = signals[type];
    if (value !== undefined && value !== null) out.push({ type, value } as ParsedSignal);
  }
  return out;
}

function setSignal<T extends SignalType>(out: EntrySignals, type: T, value: SignalValue<T>): void {
  (out as Record<SignalType, unknown>)[type] = value;
}

/** Several signals of one media into the entry's columns; a type given twice is refused. */
export function collectSignals(signals: ReadonlyArray<{ type: string; value: string }>): EntrySignals {
  const out: EntrySignals = {};
  for (const s of signals) {
    const parsed = parseSignal(s.type, s.value);
    if (out[parsed.type] !== undefined)
      throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', `Signal type ${parsed.type} given twice.`);
    setSignal(out, parsed.type, parsed.value);
  }
  if (Object.keys(out).length === 0) throw new HashbankError('HASHBANK_NO_SIGNALS');
  return out;
}

export type Comparison = { isMatch: boolean; distance: number; threshold: number };

/** Two values of one type compared at the type's default threshold. */
export function compareSignals(type: string, left: string, right: string): Comparison {
  const a = parseSignal(type, left);
  const b = parseSignal(type, right);
  const spec = signalTypeSpecs[a.type];
  const threshold = spec.defaultThreshold;
  if (a.type === 'vpdq' && b.type === 'vpdq') {
    const result = matchVideos(a.value, b.value);
    return { isMatch: result.isMatch, distance: Math.round(100 - result.queryMatchPercent), threshold };
  }
  const [x, y] = [a.value as string, b.value as string];
  const distance = spec.comparison === 'hamming' ? hammingDistance(x, y) : x === y ? 0 : 1;
  return { isMatch: distance <= threshold, distance, threshold };
}
