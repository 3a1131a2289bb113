import { HashingError } from './hashing-errors.ts';

const PDQ_HEX = /^[0-9a-f]{64}$/i;

/** Hex as the reference prints it: word 15 first, each word as 4 hex digits. */
export function wordsToPdqHex(words: Uint16Array): string {
  let hex = '';
  for (let i = 15; i >= 0; i--) hex += words[i]!.toString(16).padStart(4, '0');
  return hex;
}

export function isValidPdqHex(value: unknown): value is string {
  return typeof value === 'string' && PDQ_HEX.test(value);
}

/** The 256 bits as 8 unsigned 32-bit words (hex order); throws HASHING_SIGNAL_MALFORMED. */
export function parsePdqHex(value: string): Uint32Array {
  if (!isValidPdqHex(value)) {
    throw new HashingError('HASHING_SIGNAL_MALFORMED', 'a PDQ hash is 64 hexadecimal digits');
  }
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i++) words[i] = Number.parseInt(value.slice(i * 8, i * 8 + 8), 16);
  return words;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hammingDistanceWords(a: Uint32Array, b: Uint32Array): number {
  let distance = 0;
  for (let i = 0; i < 8; i++) distance += popcount32((a[i]! ^ b[i]!) >>> 0);
  return distance;
}

/** Number of differing bits between two PDQ hashes given as hex. */
export function hammingDistance(hexA: string, hexB: string): number {
  return hammingDistanceWords(parsePdqHex(hexA), parsePdqHex(hexB));
}
