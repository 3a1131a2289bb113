import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  digestBuffer,
  hashImage,
  hashVideo,
  isHashingError,
  type HashingError,
  type HashingLimits,
  type HashVideoOptions,
} from '@vigie/hashing';
import { HashbankError } from './hashbank.errors.ts';
import type { EntrySignals } from './hashbank.types.ts';

export const contentTypes = ['photo', 'video'] as const;
export type ContentType = (typeof contentTypes)[number];

export type MediaHashingOptions = Readonly<{
  limits?: Partial<HashingLimits>;
  binaries?: HashVideoOptions['binaries'];
}>;

/**
 * What one media sent to the hash bank may cost. The hashing package's defaults are for a
 * hotline's own files; these are for anything a caller sends. Pixels are checked from the header
 * before anything is decoded; a photo decodes only its first frame (its PDQ is the first frame's,
 * so the other frames of an animation would be decoded for nothing); a video's frames are capped
 * at 4K UHD, its length at 3 hours (container and decoded timestamps), its decoding at 2 minutes.
 */
export const MEDIA_HASHING_LIMITS: Readonly<Record<ContentType, Partial<HashingLimits>>> = Object.freeze({
  photo: { maxImageBytes: 100 * 1024 * 1024, maxPixels: 40_000_000, maxAnimationFrames: 1, imageTimeoutMs: 20_000 },
  video: {
    maxVideoBytes: 100 * 1024 * 1024,
    maxPixels: 3840 * 2160,
    maxVideoSeconds: 3 * 3600,
    videoTimeoutMs: 120_000,
  },
});

// How long a caller is asked to wait when hashing could not run now (decoder missing, timeout).
const UNAVAILABLE_RETRY_SECONDS = 30;

/**
 * The hashing package's split, kept: a permanent error (the media itself is bad or over a limit)
 * is a 400 never worth retrying; a transient one (no ffmpeg, a timeout on a busy machine) is a
 * 503 to retry later.
 */
export function hashingFailure(error: Pick<HashingError, 'code' | 'message' | 'isPermanent'>) {
  if (error.isPermanent)
    return new HashbankError('HASHBANK_MEDIA_INVALID', `The media could not be hashed: ${error.message}`);
  return new HashbankError(
    'HASHBANK_HASHING_UNAVAILABLE',
    `The media could not be hashed now (${error.code}); try again later.`,
    { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
  );
}

/** The wall-clock budget of one media under the limits, for a caller that must stop waiting. */
export function hashingBudgetMs(contentType: ContentType, options: MediaHashingOptions = {}): number {
  const limits = { ...MEDIA_HASHING_LIMITS[contentType], ...options.limits };
  return (contentType === 'photo' ? limits.imageTimeoutMs : limits.videoTimeoutMs) ?? 30_000;
}

/** Every signal of one media; throws the hashing package's errors (the worker runs this). */
export async function computeMediaSignals(
  bytes: Uint8Array,
  contentType: ContentType,
  options: MediaHashingOptions = {},
): Promise<EntrySignals> {
  const limits = { ...MEDIA_HASHING_LIMITS[contentType], ...options.limits };
  const digests = digestBuffer(bytes);
  if (contentType === 'photo') {
    const image = await hashImage(bytes, { limits });
    return { ...digests, pdq: image.pdq, pdqQuality: image.quality };
  }
  // ffmpeg reads files: the video goes to a private temporary directory for the hashing only.
  const dir = await mkdtemp(join(tmpdir(), 'vigie-vpdq-'));
  try {
    const path = join(dir, 'media');
    await writeFile(path, bytes, { mode: 0o600 });
    const video = await hashVideo(path, { limits, ...(options.binaries ? { binaries: options.binaries } : {}) });
    return { ...digests, vpdq: video.frames.map((f) => ({ pdq: f.pdq, quality: f.quality })) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every signal of one media, on this thread. Hashing errors become HASHBANK_MEDIA_INVALID or HASHBANK_HASHING_UNAVAILABLE. */
export async function hashMediaBytes(
  bytes: Uint8Array,
  contentType: ContentType,
  options: MediaHashingOptions = {},
): Promise<EntrySignals> {
  try {
    return await computeMediaSignals(bytes, contentType, options);
  } catch (error) {
    if (isHashingError(error)) throw hashingFailure(error);
    throw error;
  }
}
