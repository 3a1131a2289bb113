import { readFile } from 'node:fs/promises';
import { HashingError, hammingDistance, isValidPdqHex, matchVideos } from '@vigie/hashing';
import type { VpdqFeature } from '@vigie/hashing';
import { hashFileRecord } from './hash-file.ts';
import type { HashFileOptions } from './hash-file.ts';

/** PDQ frames at or under this distance match; the field's default threshold. */
const PDQ_MATCH_DISTANCE = 31;

type Signal =
  { readonly kind: 'image'; readonly pdq: string } | { readonly kind: 'video'; readonly frames: VpdqFeature[] };

function fromRecord(value: unknown): Signal | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { pdq?: unknown; frames?: unknown; type?: unknown; error?: unknown };
  if (record.error) {
    const error = record.error as { code?: string; message?: string };
    throw new HashingError('HASHING_SIGNAL_MALFORMED', `${error.code ?? 'error'}: ${error.message ?? ''}`);
  }
  if (Array.isArray(record.frames) && record.type !== 'image') {
    return { kind: 'video', frames: record.frames as VpdqFeature[] };
  }
  if (isValidPdqHex(record.pdq)) return { kind: 'image', pdq: record.pdq };
  return null;
}

/** The reference's vPDQ text format: `frameNumber,quality,pdqHex,timestamp` per line. */
function fromVpdqText(text: string): Signal | null {
  const frames: VpdqFeature[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [, quality, pdq] = line.split(',');
    if (!isValidPdqHex(pdq) || !Number.isFinite(Number(quality))) return null;
    frames.push({ pdq, quality: Number(quality) });
  }
  return frames.length > 0 ? { kind: 'video', frames } : null;
}

/**
 * A compare operand: a PDQ hex string, a `vigie hash` JSON line, a reference vPDQ text file,
 * or a media file, hashed on the spot.
 */
async function resolveSignal(operand: string, options: HashFileOptions): Promise<Signal> {
  if (isValidPdqHex(operand)) return { kind: 'image', pdq: operand.toLowerCase() };
  let text: string | null = null;
  try {
    const bytes = await readFile(operand);
    const isText = !bytes.subarray(0, 4096).includes(0);
    text = isText ? bytes.toString('utf8') : null;
  } catch (error) {
    throw new HashingError('HASHING_MEDIA_NOT_FOUND', `${operand} is neither a PDQ hash nor a readable file`, {
      cause: error,
    });
  }
  if (text !== null) {
    const firstLine = text.trim().split('\n')[0] ?? '';
    if (firstLine.startsWith('{')) {
      const signal = fromRecord(JSON.parse(firstLine));
      if (signal) return signal;
    }
    const vpdq = fromVpdqText(text);
    if (vpdq) return vpdq;
  }
  const signal = fromRecord(await hashFileRecord(operand, options));
  if (!signal) throw new HashingError('HASHING_SIGNAL_MALFORMED', `no hash in ${operand}`);
  return signal;
}

export async function compareOperands(
  a: string,
  b: string,
  options: HashFileOptions,
): Promise<Record<string, unknown>> {
  const [left, right] = await Promise.all([resolveSignal(a, options), resolveSignal(b, options)]);
  if (left.kind === 'image' && right.kind === 'image') {
    const distance = hammingDistance(left.pdq, right.pdq);
    return { type: 'image', distance, threshold: PDQ_MATCH_DISTANCE, isMatch: distance <= PDQ_MATCH_DISTANCE };
  }
  if (left.kind === 'video' && right.kind === 'video') {
    return { type: 'video', ...matchVideos(left.frames, right.frames) };
  }
  throw new HashingError('HASHING_INVALID_ARGUMENT', 'cannot compare an image hash with a video hash');
}
