// The 16x64 DCT, the quality metric and the median threshold, in the reference's float32 order.

const fround = Math.fround;

function buildDctMatrix(): Float32Array {
  // float scale times a double cosine, rounded to float on store: as the reference's initialiser.
  const scale = fround(Math.sqrt(2 / 64));
  const matrix = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
}

export const DCT_MATRIX_16X64: Float32Array = buildDctMatrix();

/** B = D A Dt, keeping coefficients 1..16 of each axis; sums accumulate in float32 over k. */
export function dct64To16(a: Float32Array, out: Float32Array): void {
  const d = DCT_MATRIX_16X64;
  const t = new Float32Array(16 * 64);
  // T = D A: loop order i, k, j keeps each T[i][j]'s additions in k order while the 64
  // independent sums of a row advance together.
  for (let i = 0; i < 16; i++) {
    const tOffset = i * 64;
    for (let k = 0; k < 64; k++) {
      const dik = d[i * 64 + k]!;
      const aOffset = k * 64;
      for (let j = 0; j < 64; j++) {
        t[tOffset + j] = t[tOffset + j]! + fround(dik * a[aOffset + j]!);
      }
    }
  }
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      const tOffset = i * 64;
      const dOffset = j * 64;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(t[tOffset + k]! * d[dOffset + k]!));
      out[i * 16 + j] = sum;
    }
  }
}

/** Sum of quantised neighbour gradients of the 64x64 image, scaled to 0..100. */
export function imageDomainQuality(a: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

/** The 128th smallest of the 256 coefficients (what the reference's Torben median returns). */
export function dctMedian(dct: Float32Array): number {
  const sorted = Float32Array.from(dct).sort();
  return sorted[127]!;
}

/** 16 words, word i holding row i with bit j for column j, set where the value exceeds the median. */
export function dctToWords(dct: Float32Array): Uint16Array {
  const median = dctMedian(dct);
  const words = new Uint16Array(16);
  for (let i = 0; i < 16; i++) {
    let word = 0;
    for (let j = 0; j < 16; j++) if (dct[i * 16 + j]! > median) word |= 1 << j;
    words[i] = word;
  }
  return words;
}

export const DIHEDRAL_NAMES = [
  'orig',
  'rot90',
  'rot180',
  'rot270',
  'flipx',
  'flipy',
  'flipplus1',
  'flipminus1',
] as const;

export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

/**
 * The DCT of a rotated or flipped image, from the original's: a transpose and sign changes on
 * odd rows or columns, as the reference's dct16OriginalTo* functions.
 */
export function dihedralDct(name: DihedralName, a: Float32Array): Float32Array {
  const b = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = a[i * 16 + j]!;
      switch (name) {
        case 'orig':
          b[i * 16 + j] = v;
          break;
        case 'rot90':
          b[j * 16 + i] = j & 1 ? v : -v;
          break;
        case 'rot180':
          b[i * 16 + j] = (i + j) & 1 ? -v : v;
          break;
        case 'rot270':
          b[j * 16 + i] = i & 1 ? v : -v;
          break;
        case 'flipx':
          b[i * 16 + j] = i & 1 ? v : -v;
          break;
        case 'flipy':
          b[i * 16 + j] = j & 1 ? v : -v;
          break;
        case 'flipplus1':
          b[j * 16 + i] = v;
          break;
        case 'flipminus1':
          b[j * 16 + i] = (i + j) & 1 ? -v : v;
          break;
      }
    }
  }
  return b;
}
