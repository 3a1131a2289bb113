import { DIHEDRAL_NAMES, dctToWords, dihedralDct, imageDomainQuality } from './pdq-dct.ts';
import type { DihedralName } from './pdq-dct.ts';
import { copyLumaTo64, downsampleLumaTo64 } from './pdq-downsample.ts';
import type { LumaRowSource } from './pdq-downsample.ts';
import { wasmDct64To16, wasmDownsampleTo64 } from './pdq-wasm-kernel.ts';
import type { KernelInput } from './pdq-wasm-kernel.ts';
import { wordsToPdqHex } from './pdq-hex.ts';
import { CIMG_SIDE, squashToCimg512 } from './cimg-squash.ts';
import { HashingError } from './hashing-errors.ts';

export type PdqDihedral = Record<DihedralName, string>;

export type PdqResult = {
  readonly pdq: string;
  readonly quality: number;
  /** With `dihedral: true`: the 8 rotations and flips, computed from one DCT. */
  readonly dihedral?: PdqDihedral;
};

export type PdqOptions = {
  readonly dihedral?: boolean;
};

/** Options of the 8-bit pixel entry points. */
export type PdqPixelOptions = PdqOptions & {
  /**
   * Hash the image as the C++ CLI sees it: over 512 wide or tall, squashed to 512x512 as
   * squashToCimg512 does. The kernel reads the nearest pixels itself, without the copy.
   */
  readonly cimg512?: boolean;
};

/** Inputs narrower or shorter than this hash to zero with quality 0, as in the reference. */
export const MIN_HASHABLE_DIMENSION = 5;

const ZERO_HASH = '0'.repeat(64);

// float32 luma coefficients; a product with an 8-bit value is exact in a double, so a table of
// the 256 rounded products gives the reference's per-pixel float multiplications.
const LUMA_R = lumaTable(0.299);
const LUMA_G = lumaTable(0.587);
const LUMA_B = lumaTable(0.114);

function lumaTable(coefficient: number): Float32Array {
  const c = Math.fround(coefficient);
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) table[v] = c * v;
  return table;
}

function checkBuffer(pixels: Uint8Array, width: number, height: number, channels: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new HashingError('HASHING_INVALID_ARGUMENT', `bad dimensions ${width}x${height}`);
  }
  if (pixels.length < width * height * channels) {
    throw new HashingError('HASHING_INVALID_ARGUMENT', 'pixel buffer shorter than width x height x channels');
  }
}

/**
 * PDQ of interleaved 8-bit RGB (channels = 3) or RGBA (channels = 4, alpha ignored without
 * compositing, as the reference does).
 */
export function computePdqFromRgb(
  pixels: Uint8Array,
  width: number,
  height: number,
  options: PdqPixelOptions & { readonly channels?: 3 | 4 } = {},
): PdqResult {
  const channels = options.channels ?? 3;
  checkBuffer(pixels, width, height, channels);
  return computePdqFromPixels({ kind: 'rgb', pixels, channels }, width, height, options);
}

function computePdqFromPixels(
  input: KernelInput & { readonly kind: 'rgb' | 'grey' },
  width: number,
  height: number,
  options: PdqPixelOptions,
): PdqResult {
  if (!options.cimg512 || (width <= CIMG_SIDE && height <= CIMG_SIDE)) return computePdq(width, height, input, options);
  return computePdq(CIMG_SIDE, CIMG_SIDE, { ...input, squashedFrom: { width, height } }, options);
}

/** The luma rows of 8-bit input, for the paths that do not run the kernel. */
function lumaRowSource(input: KernelInput, width: number): LumaRowSource {
  if (input.kind === 'luma') return input.source;
  const { pixels, channels } = input;
  const rowBytes = width * channels;
  if (input.kind === 'grey') {
    return (y, dst) => {
      let p = y * rowBytes;
      for (let x = 0; x < width; x++, p += channels) dst[x] = pixels[p]!;
    };
  }
  return (y, dst) => {
    let p = y * rowBytes;
    for (let x = 0; x < width; x++, p += channels) {
      dst[x] = Math.fround(LUMA_R[pixels[p]!]! + LUMA_G[pixels[p + 1]!]!) + LUMA_B[pixels[p + 2]!]!;
    }
  };
}

/** The blur: the wasm kernel, or the JS version for shapes too wide for the kernel's memory. */
function downsampleTo64(width: number, height: number, input: KernelInput, out: Float32Array): void {
  if (wasmDownsampleTo64(width, height, input, out)) return;
  let rows = input;
  if (input.kind !== 'luma' && input.squashedFrom) {
    const { width: fromWidth, height: fromHeight } = input.squashedFrom;
    rows = {
      kind: input.kind,
      pixels: squashToCimg512(input.pixels, fromWidth, fromHeight, input.channels).pixels,
      channels: input.channels,
    };
  }
  downsampleLumaTo64(width, height, lumaRowSource(rows, width), out);
}

/** PDQ of 8-bit grey pixels (luma is the grey value); `channels` = 2 skips an alpha byte. */
export function computePdqFromGrey(
  pixels: Uint8Array,
  width: number,
  height: number,
  options: PdqPixelOptions & { readonly channels?: 1 | 2 } = {},
): PdqResult {
  const channels = options.channels ?? 1;
  checkBuffer(pixels, width, height, channels);
  return computePdqFromPixels({ kind: 'grey', pixels, channels }, width, height, options);
}

/** The core on any float32 luma rows; exported for the reference-vector tests. */
export function computePdqFromLuma(
  width: number,
  height: number,
  source: LumaRowSource,
  options: PdqOptions = {},
): PdqResult {
  return computePdq(width, height, { kind: 'luma', source }, options);
}

function computePdq(width: number, height: number, input: KernelInput, options: PdqOptions): PdqResult {
  if (width < MIN_HASHABLE_DIMENSION || height < MIN_HASHABLE_DIMENSION) {
    if (!options.dihedral) return { pdq: ZERO_HASH, quality: 0 };
    const dihedral = Object.fromEntries(DIHEDRAL_NAMES.map((name) => [name, ZERO_HASH])) as PdqDihedral;
    return { pdq: ZERO_HASH, quality: 0, dihedral };
  }
  const downsampled = new Float32Array(64 * 64);
  const dct = new Float32Array(256);
  // The reference's single-hash entry point skips the blur for 64x64 input, its dihedral entry
  // point does not: for that one size the two disagree, and each is reproduced as it is.
  if (width === 64 && height === 64) {
    copyLumaTo64(lumaRowSource(input, width), downsampled);
    const quality = imageDomainQuality(downsampled);
    wasmDct64To16(downsampled, dct);
    const pdq = wordsToPdqHex(dctToWords(dct));
    if (!options.dihedral) return { pdq, quality };
    downsampleTo64(width, height, input, downsampled);
    wasmDct64To16(downsampled, dct);
    return { pdq, quality, dihedral: dihedralHashes(dct) };
  }
  downsampleTo64(width, height, input, downsampled);
  const quality = imageDomainQuality(downsampled);
  wasmDct64To16(downsampled, dct);
  const pdq = wordsToPdqHex(dctToWords(dct));
  if (!options.dihedral) return { pdq, quality };
  return { pdq, quality, dihedral: dihedralHashes(dct) };
}

function dihedralHashes(dct: Float32Array): PdqDihedral {
  const entries = DIHEDRAL_NAMES.map((name) => [name, wordsToPdqHex(dctToWords(dihedralDct(name, dct)))]);
  return Object.fromEntries(entries) as PdqDihedral;
}
