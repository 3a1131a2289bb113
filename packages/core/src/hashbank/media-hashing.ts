import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { HashbankError } from './hashbank.errors.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestBuffer, hashImage, hashVideo, isHashingError } from '@vigie/hashing';
import type { EntrySignals } from './hashbank.types.ts';

export const contentTypes = ['photo', 'video'] as const;
export type ContentType = (typeof contentTypes)[number];

/** Every signal of one media. Hashing errors become the stable HASHBANK_MEDIA_INVALID. */
export async function hashMediaBytes(bytes: Uint8Array, contentType: ContentType): Promise<EntrySignals> {
  const digests = digestBuffer(bytes);
  try {
    if (contentType === 'photo') {
      const image = await hashImage(bytes);
      return { ...digests, pdq: image.pdq, pdqQuality: image.quality };
    }
    // ffmpeg reads files: the video goes to a private temporary directory for the hashing only.
    const dir = await mkdtemp(join(tmpdir(), 'vigie-vpdq-'));
    try {
      const path = join(dir, 'media');
      await writeFile(path, bytes, { mode: 0o600 });
      const video = await hashVideo(path);
      return { ...digests, vpdq: video.frames.map((f) => ({ pdq: f.pdq, quality: f.quality })) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } catch (error) {
    if (isHashingError(error))
      throw new HashbankError('HASHBANK_MEDIA_INVALID', `The media could not be hashed: ${error.message}`);
    throw error;
  }
}
