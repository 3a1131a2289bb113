import { open } from 'node:fs/promises';
import {
  HashingError,
  SNIFF_BYTES,
  digestBuffer,
  digestFile,
  hashImage,
  hashVideo,
  isHashingError,
  sniffMedia,
} from '@vigie/hashing';
import type { HashingLimits, PdqConvention } from '@vigie/hashing';

export type HashFileOptions = {
  readonly convention: PdqConvention;
  readonly dihedral: boolean;
  readonly secondsPerHash: number;
  readonly limits?: Partial<HashingLimits>;
};

/** One line of `vigie hash` output. */
export type HashRecord = Record<string, unknown> & { readonly path: string };

async function readHead(path: string): Promise<{ head: Uint8Array; size: number; isFile: boolean }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new HashingError('HASHING_MEDIA_NOT_FOUND', `cannot open ${path}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = info.isFile() ? await handle.read(head, 0, SNIFF_BYTES, 0) : { bytesRead: 0 };
    return { head: head.subarray(0, bytesRead), size: info.size, isFile: info.isFile() };
  } finally {
    await handle.close();
  }
}

/** Fingerprint one file; failures become an error record rather than an exception. */
export async function hashFileRecord(path: string, options: HashFileOptions): Promise<HashRecord> {
  try {
    const { head, size, isFile } = await readHead(path);
    if (!isFile) throw new HashingError('HASHING_MEDIA_UNSUPPORTED', 'not a regular file');
    if (size === 0) throw new HashingError('HASHING_MEDIA_EMPTY', 'the file is empty');
    const sniffed = sniffMedia(head);
    if (sniffed.kind === 'image') {
      const { readFile } = await import('node:fs/promises');
      const bytes = size <= (options.limits?.maxImageBytes ?? Infinity) ? await readFile(path) : null;
      if (bytes === null) throw new HashingError('HASHING_MEDIA_TOO_LARGE', 'image over the byte limit');
      const digests = digestBuffer(bytes);
      const image = await hashImage(bytes, {
        convention: options.convention,
        dihedral: options.dihedral,
        secondsPerHash: options.secondsPerHash,
        ...(options.limits ? { limits: options.limits } : {}),
      });
      return {
        path,
        type: 'image',
        bytes: digests.bytes,
        width: image.width,
        height: image.height,
        sha256: digests.sha256,
        sha1: digests.sha1,
        md5: digests.md5,
        pdq: image.pdq,
        quality: image.quality,
        ...(image.dihedral ? { dihedral: image.dihedral } : {}),
        ...(image.frames ? { frames: image.frames } : {}),
      };
    }
    if (sniffed.kind === 'video') {
      const [digests, video] = await Promise.all([
        digestFile(path),
        hashVideo(path, {
          secondsPerHash: options.secondsPerHash,
          ...(options.limits ? { limits: options.limits } : {}),
        }),
      ]);
      return {
        path,
        type: 'video',
        bytes: digests.bytes,
        sha256: digests.sha256,
        sha1: digests.sha1,
        md5: digests.md5,
        durationSeconds: video.durationSeconds,
        frames: video.frames,
      };
    }
    throw new HashingError('HASHING_MEDIA_UNSUPPORTED', 'not an image or video format this hasher knows');
  } catch (error) {
    if (isHashingError(error)) return { path, error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { path, error: { code: 'HASHING_INTERNAL', message } };
  }
}
