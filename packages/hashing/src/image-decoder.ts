import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { HashingError } from './hashing-errors.ts';
import type { HashingErrorCode } from './hashing-errors.ts';
import type { HashingLimits } from './hashing-limits.ts';
import { sniffMedia } from './media-sniff.ts';

export type DecodedImage = {
  readonly format: string;
  readonly width: number;
  /** Height of one frame; `pixels` holds `frameCount` frames one under the other. */
  readonly height: number;
  /** 1 (grey) or 3 (RGB): alpha is dropped without compositing, as the reference does. */
  readonly channels: 1 | 3;
  readonly pixels: Uint8Array;
  readonly frameCount: number;
  /** Per-frame display time in milliseconds, for animations. */
  readonly delaysMs: readonly number[];
};

// libvips reports problems as free text; these map it onto stable codes.
const SHARP_MESSAGES: readonly [RegExp, HashingErrorCode][] = [
  [/pixel limit|exceeds.*limit/i, 'HASHING_PIXEL_LIMIT'],
  [/timeout/i, 'HASHING_TIMEOUT'],
  [
    /premature end|truncated|unexpected end|end of (file|stream|data)|not enough data|short read|out of data/i,
    'HASHING_MEDIA_TRUNCATED',
  ],
  [/unsupported image format|not a known file format|unsupported/i, 'HASHING_MEDIA_UNSUPPORTED'],
  [/empty/i, 'HASHING_MEDIA_EMPTY'],
];

export function hashingErrorFromSharp(error: unknown): HashingError {
  if (error instanceof HashingError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = SHARP_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? 'HASHING_MEDIA_CORRUPT';
  return new HashingError(code, `image could not be decoded: ${message.split('\n')[0]}`, { cause: error });
}

/**
 * Decode to 8-bit pixels as the reference sees them: embedded ICC profiles and EXIF orientation
 * ignored, alpha dropped, one grey channel kept as such. The header is checked against the
 * limits before any pixel is decoded, so a pixel bomb costs a header parse.
 */
export async function decodeImage(
  bytes: Uint8Array,
  limits: HashingLimits,
  options: { readonly deepSamples?: DeepSampleConversion } = {},
): Promise<DecodedImage> {
  if (bytes.length === 0) throw new HashingError('HASHING_MEDIA_EMPTY', 'the file is empty');
  if (bytes.length > limits.maxImageBytes) {
    throw new HashingError('HASHING_MEDIA_TOO_LARGE', `image larger than ${limits.maxImageBytes} bytes`);
  }
  const sniffed = sniffMedia(bytes);
  if (sniffed.kind !== 'image') {
    throw new HashingError('HASHING_MEDIA_UNSUPPORTED', `not a supported image (${sniffed.format})`);
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw hashingErrorFromSharp(error);
  }
  const width = metadata.width;
  const pageHeight = metadata.pageHeight ?? metadata.height;
  const pages = Math.max(1, metadata.pages ?? 1);
  if (!width || !pageHeight) throw new HashingError('HASHING_MEDIA_CORRUPT', 'image has no dimensions');
  if (width * pageHeight > limits.maxPixels) {
    throw new HashingError('HASHING_PIXEL_LIMIT', `${width}x${pageHeight} exceeds ${limits.maxPixels} pixels`);
  }
  const animated = pages > 1 && (sniffed.format === 'gif' || sniffed.format === 'webp');
  const frameCount = animated ? Math.min(pages, limits.maxAnimationFrames) : 1;
  const totalPixels = width * pageHeight * frameCount;
  if (totalPixels > limits.maxPixels * 4) {
    throw new HashingError('HASHING_PIXEL_LIMIT', `${frameCount} frames of ${width}x${pageHeight} are too many pixels`);
  }
  const isGrey = (metadata.channels ?? 3) <= 2;
  try {
    let pipeline = sharp(bytes, {
      ignoreIcc: true,
      limitInputPixels: Math.max(1, Math.floor(limits.maxPixels * 4)),
      ...(animated ? { pages: frameCount } : {}),
    });
    const isDeep = metadata.depth === 'ushort';
    if (isDeep) pipeline = pipeline.toColourspace(isGrey ? 'grey16' : 'rgb16');
    pipeline = isGrey ? pipeline.extractChannel(0) : pipeline.removeAlpha();
    const { data, info } = await pipeline
      .raw({ depth: isDeep ? 'ushort' : 'uchar' })
      .timeout({ seconds: Math.max(1, Math.ceil(limits.imageTimeoutMs / 1000)) })
      .toBuffer({ resolveWithObject: true });
    const pixels = isDeep
      ? narrowTo8Bits(data, options.deepSamples ?? 'scale')
      : new Uint8Array(data.buffer, data.byteOffset, data.length);
    const channels = info.channels === 1 ? 1 : 3;
    if (info.channels !== channels) {
      throw new HashingError('HASHING_MEDIA_UNSUPPORTED', `unexpected ${info.channels}-channel decode`);
    }
    const delays = metadata.delay ?? [];
    return {
      format: sniffed.format,
      width: info.width,
      height: animated ? pageHeight : info.height,
      channels,
      pixels,
      frameCount,
      delaysMs: Array.from({ length: frameCount }, (_, i) => delays[i] ?? 100),
    };
  } catch (error) {
    throw hashingErrorFromSharp(error);
  }
}

/**
 * 16-bit samples to 8: `scale` is ImageMagick's floor(v / 257), what the full-resolution
 * reference saw; `low-byte` is v & 255, what the C++ CLI's CImg loader does (it casts the
 * 16-bit value to a byte), reproduced for the cimg512 convention.
 */
export type DeepSampleConversion = 'scale' | 'low-byte';

function narrowTo8Bits(data: Buffer, conversion: DeepSampleConversion): Uint8Array {
  const wide = new Uint16Array(data.buffer, data.byteOffset, data.length >> 1);
  const narrow = new Uint8Array(wide.length);
  if (conversion === 'low-byte') for (let i = 0; i < wide.length; i++) narrow[i] = wide[i]! & 255;
  else for (let i = 0; i < wide.length; i++) narrow[i] = Math.floor(wide[i]! / 257);
  return narrow;
}
