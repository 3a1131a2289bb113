import { readFile, stat } from 'node:fs/promises';
import { HashingError } from './hashing-errors.ts';
import { resolveLimits } from './hashing-limits.ts';
import type { HashingLimits } from './hashing-limits.ts';
import { decodeImage } from './image-decoder.ts';
import type { DecodedImage } from './image-decoder.ts';
import { computePdqFromGrey, computePdqFromRgb } from './pdq-core.ts';
import type { PdqDihedral } from './pdq-core.ts';
import { selectFrameIndices } from './vpdq-sampling.ts';
import type { VpdqFrame } from './vpdq-sampling.ts';

export const PDQ_CONVENTIONS = ['full', 'cimg512'] as const;
/** What feeds the PDQ core: the decoded pixels (`full`) or the C++ CLI's 512x512 squash. */
export type PdqConvention = (typeof PDQ_CONVENTIONS)[number];

export type HashImageOptions = {
  readonly convention?: PdqConvention;
  readonly dihedral?: boolean;
  /** For animations: one frame hash per this many seconds (vPDQ sampling). */
  readonly secondsPerHash?: number;
  readonly limits?: Partial<HashingLimits>;
};

export type ImageHash = {
  readonly format: string;
  readonly width: number;
  readonly height: number;
  readonly pdq: string;
  readonly quality: number;
  readonly dihedral?: PdqDihedral;
  /** Animated GIF/WebP only: vPDQ frame hashes; `pdq` above is the first frame's. */
  readonly frames?: readonly VpdqFrame[];
};

export async function readImageFile(path: string, limits: HashingLimits): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new HashingError('HASHING_MEDIA_NOT_FOUND', `cannot read ${path}`, { cause: error });
  }
  if (size > limits.maxImageBytes) {
    throw new HashingError('HASHING_MEDIA_TOO_LARGE', `image larger than ${limits.maxImageBytes} bytes`);
  }
  return readFile(path);
}

/** Decode an image (bytes or a file path) and compute its PDQ hash. */
export async function hashImage(input: Uint8Array | string, options: HashImageOptions = {}): Promise<ImageHash> {
  const limits = resolveLimits(options.limits);
  const bytes = typeof input === 'string' ? await readImageFile(input, limits) : input;
  const deadline = Date.now() + limits.imageTimeoutMs;
  const deepSamples = options.convention === 'cimg512' ? 'low-byte' : 'scale';
  const decoded = await decodeImage(bytes, limits, { deepSamples });
  const first = hashDecodedFrame(decoded, 0, options);
  const result: ImageHash = { format: decoded.format, width: decoded.width, height: decoded.height, ...first };
  if (decoded.frameCount <= 1) return result;
  return { ...result, frames: hashAnimationFrames(decoded, options, deadline) };
}

function hashDecodedFrame(decoded: DecodedImage, frame: number, options: HashImageOptions) {
  const frameBytes = decoded.width * decoded.height * decoded.channels;
  const pixels = decoded.pixels.subarray(frame * frameBytes, (frame + 1) * frameBytes);
  const { width, height } = decoded;
  // cimg512: the core squashes to 512x512 as squashToCimg512 would, reading the pixels in place.
  const pdqOptions = { dihedral: options.dihedral ?? false, cimg512: options.convention === 'cimg512' };
  return decoded.channels === 1
    ? computePdqFromGrey(pixels, width, height, pdqOptions)
    : computePdqFromRgb(pixels, width, height, pdqOptions);
}

function hashAnimationFrames(decoded: DecodedImage, options: HashImageOptions, deadline: number): VpdqFrame[] {
  const starts: number[] = [];
  let elapsedMs = 0;
  for (const delay of decoded.delaysMs) {
    starts.push(elapsedMs);
    elapsedMs += delay;
  }
  const fps = elapsedMs > 0 ? (decoded.frameCount * 1000) / elapsedMs : 10;
  const frames: VpdqFrame[] = [];
  for (const index of selectFrameIndices(decoded.frameCount, fps, options.secondsPerHash ?? 1)) {
    if (Date.now() > deadline) throw new HashingError('HASHING_TIMEOUT', 'animation hashing ran out of time');
    const { pdq, quality } = hashDecodedFrame(decoded, index, { ...options, dihedral: false });
    frames.push({ frame: index, timestamp: Math.round(starts[index]!) / 1000, pdq, quality });
  }
  return frames;
}
