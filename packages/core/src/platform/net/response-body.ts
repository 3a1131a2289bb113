import { Readable, pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { NetError } from './net.errors.ts';

export type BodyLimits = Readonly<{ maxBytes: number; maxDecompressionRatio: number }>;

// Below this many decoded bytes no answer counts as a bomb: a small page of repeated markup
// legitimately compresses 100-fold, and a megabyte costs nothing.
const ratioFloorBytes = 1024 * 1024;

function decoderFor(coding: string, first: Buffer): Transform & { bytesWritten: number } {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  // `deflate` should be zlib-wrapped (RFC 9110) but some servers send it raw: the header decides.
  if (coding === 'deflate')
    return first.length >= 2 && (first[0]! & 0x0f) === 8 && ((first[0]! << 8) | first[1]!) % 31 === 0
      ? createInflate()
      : createInflateRaw();
  throw new NetError('NET_FETCH_FAILED', `The body is encoded as ${JSON.stringify(coding)}, which is not understood.`);
}

const tooLarge = (what: string) => new NetError('NET_TOO_LARGE', `The ${what} is larger than allowed.`);

/**
 * The body as it arrives, decoded from its Content-Encoding, streamed: the bytes on the wire and
 * the decoded bytes are each capped at maxBytes, and decoding stops once it has produced more than
 * maxDecompressionRatio times what it was given (a gzip bomb stops within its first megabyte).
 */
export async function* decodeBody(
  raw: AsyncIterable<Buffer>,
  contentEncoding: string | undefined,
  limits: BodyLimits,
): AsyncGenerator<Uint8Array> {
  let wire = 0;
  const counted = async function* () {
    for await (const chunk of raw) {
      wire += chunk.byteLength;
      if (wire > limits.maxBytes) throw tooLarge('body');
      yield chunk;
    }
  };
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'identity');
  if (codings.length === 0) return yield* counted();
  if (codings.length > 1)
    throw new NetError('NET_FETCH_FAILED', `The body is encoded several times (${contentEncoding}).`);
  const source = counted();
  const first = await source.next();
  if (first.done) return;
  const decoder = decoderFor(codings[0]!, first.value);
  const input = Readable.from(
    (async function* () {
      yield first.value;
      yield* source;
    })(),
    { objectMode: false, highWaterMark: 16 * 1024 },
  );
  // Errors (the wire cap, undici's, zlib's) destroy the decoder, and its iteration throws them.
  pipeline(input, decoder, () => undefined);
  let decoded = 0;
  try {
    for await (const chunk of decoder as AsyncIterable<Buffer>) {
      decoded += chunk.byteLength;
      if (decoded > limits.maxBytes) throw tooLarge('decoded body');
      // Against what the decoder has consumed, not what was read ahead of it.
      const consumed = decoder.bytesWritten;
      if (decoded > ratioFloorBytes && decoded > limits.maxDecompressionRatio * consumed)
        throw new NetError(
          'NET_DECOMPRESSION_BOMB',
          `The body expands more than ${limits.maxDecompressionRatio} times (${consumed} bytes gave ${decoded}).`,
        );
      yield chunk;
    }
  } finally {
    input.destroy();
    decoder.destroy();
  }
}
