import { signalTypes, type SignalType } from '@vigie/contract';
import { HashbankError } from './hashbank.errors.ts';
import type { EntrySignals, VpdqFrame } from './hashbank.types.ts';

const PDQ_HEX = /^[0-9a-f]{64}$/;
const patterns: Record<Exclude<SignalType, 'vpdq'>, RegExp> = {
  sha256: /^[0-9a-f]{64}$/,
  sha1: /^[0-9a-f]{40}$/,
  md5: /^[0-9a-f]{32}$/,
  pdq: /^[0-9a-f]{64}$/,
};

// HMA and python-threatexchange call the MD5 of a video file `video_md5`; it is our md5.
const aliases: Record<string, SignalType> = { video_md5: 'md5' };

/** Fails closed: an unknown type is refused, never ignored. */
export function parseSignalType(type: string): SignalType {
  const name = aliases[type] ?? type;
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
  if (
    frames.length === 0 ||
    frames.some((f) => !PDQ_HEX.test(f.pdq) || !Number.isInteger(f.quality) || f.quality < 0 || f.quality > 100)
  ) {
    throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', 'vPDQ frames are `pdqhex,quality` with quality 0-100.');
  }
  return frames;
}

export function formatVpdq(frames: readonly VpdqFrame[]): string {
  return frames.map((f) => `${f.pdq},${f.quality}`).join(';');
}

export type ParsedSignal = { type: Exclude<SignalType, 'vpdq'>; value: string } | { type: 'vpdq'; value: VpdqFrame[] };

export function parseSignal(type: string, value: string): ParsedSignal {
  const signalType = parseSignalType(type);
  if (signalType === 'vpdq') return { type: 'vpdq', value: parseVpdq(value) };
  const normal = String(value).trim().toLowerCase();
  if (!patterns[signalType]!.test(normal))
    throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', `Not a valid ${signalType} value.`);
  return { type: signalType, value: normal };
}

/** Several signals of one media into the entry's columns; a type given twice is refused. */
export function collectSignals(signals: ReadonlyArray<{ type: string; value: string }>): EntrySignals {
  const out: EntrySignals = {};
  for (const s of signals) {
    const parsed = parseSignal(s.type, s.value);
    if (out[parsed.type] !== undefined)
      throw new HashbankError('HASHBANK_SIGNAL_MALFORMED', `Signal type ${parsed.type} given twice.`);
    if (parsed.type === 'vpdq') out.vpdq = parsed.value;
    else out[parsed.type as 'pdq'] = parsed.value;
  }
  if (Object.keys(out).length === 0) throw new HashbankError('HASHBANK_NO_SIGNALS');
  return out;
}
