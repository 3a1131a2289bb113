import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  digestBuffer,
  hashImage,
  hashVideo,
  isHashingError,
  type HashingError,
  type HashVideoOptions,
} from '@vigie/hashing';
import { HashbankError } from './hashbank.errors.ts';
import type { EntrySignals } from './hashbank.types.ts';

export const contentTypes = ['photo', 'video'] as const;
export type ContentType = (typeof contentTypes)[number];

export type MediaHashingOptions = Readonly<Pick<HashVideoOptions, 'limits' | 'binaries'>>;

// How long a caller is asked to wait when hashing could not run now (decoder missing, timeout).
const UNAVAILABLE_RETRY_SECONDS = 30;

/**
 * The hashing package's split, kept: a permanent error (the media itself is bad or over a limit)
 * is a 400 never worth retrying; a transient one (no ffmpeg, a timeout on a busy machine) is a
 * 503 to retry later.
 */
export function hashingFailure(error: HashingError): InstanceType<typeof HashbankError> {
  if (error.isPermanent)
    return new HashbankError('HASHBANK_MEDIA_INVALID', `The media could not be hashed: ${error.message}`);
  return new HashbankError(
    'HASHBANK_HASHING_UNAVAILABLE',
    `The media could not be hashed now (${error.code}); try again later.`,
    { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
  );
}

/** Every signal of one media. Hashing errors become HASHBANK_MEDIA_INVALID or HASHBANK_HASHING_UNAVAILABLE. */
export async function hashMediaBytes(
  bytes: Uint8Array,
  contentType: ContentType,
  options: MediaHashingOptions = {},
): Promise<EntrySignals> {
  const digests = digestBuffer(bytes);
  try {
    if (contentType === 'photo') {
      const image = await hashImage(bytes, options.limits ? { limits: options.limits } : {});
      return { ...digests, pdq: image.pdq, pdqQuality: image.quality };
    }
    // ffmpeg reads files: the video goes to a private temporary directory for the hashing only.
    const dir = await mkdtemp(join(tmpdir(), 'vigie-vpdq-'));
    try {
      const path = join(dir, 'media');
      await writeFile(path, bytes, { mode: 0o600 });
      const video = await hashVideo(path, options);
      return { ...digests, vpdq: video.frames.map((f) => ({ pdq: f.pdq, quality: f.quality })) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } catch (error) {
    if (isHashingError(error)) throw hashingFailure(error);
    throw error;
  }
}
