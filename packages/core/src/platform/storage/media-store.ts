import type { Config } from '../config.ts';
import type { Logger } from '../logging.ts';
import { createFileObjectStore } from './file-object-store.ts';
import { loadMediaKeys, mediaKeysPath } from './media-keys.ts';
import type { ObjectStore } from './object-store.ts';
import { createS3ObjectStore } from './s3-object-store.ts';
import { openSealedMediaStore } from './sealed-media-store.ts';

/**
 * Captured evidence (pages, images, videos) kept as immutable, content-addressed blobs.
 *
 * The contract every implementation keeps (media-store.test-helpers.ts checks it against each):
 * - `put` stores the bytes under their SHA-256 (64 lowercase hex digits) and answers with it.
 *   Storing the same bytes again, from this process or another, stores nothing: `created` is
 *   false. Concurrent puts of the same bytes leave one object; in one process exactly one of them
 *   says `created: true` (on an S3 store without conditional writes, puts racing from several
 *   machines may each say true, and the object is the same either way).
 * - An object is never changed once written: only `vigie media re-encrypt` rewrites it, under
 *   another key, with the same plaintext.
 * - `get` returns exactly the bytes that were put, or throws a StorageError:
 *   STORAGE_NOT_FOUND (none stored), STORAGE_CORRUPT (altered or damaged: never returned),
 *   STORAGE_KEY_MISSING (sealed under a key this installation does not have),
 *   STORAGE_NAME_INVALID (not a lowercase SHA-256). STORAGE_UNAVAILABLE, from any method, is
 *   the only retryable one: the disk or the bucket did not answer.
 * - At rest, objects are encrypted (AES-256-GCM, keys outside the database) and named by a keyed
 *   hash of their SHA-256, so neither a copy of the store nor its listing tells what is in it.
 *   Details: docs/media-store.md.
 */
export type StoredObject = { sha256: string; size: number; created: boolean };

export interface MediaStore {
  /** Stores bytes content-addressed by their SHA-256 (hex, lowercase); once however often put. */
  put(bytes: Uint8Array): Promise<StoredObject>;
  /** The plaintext bytes, verified against their SHA-256; throws StorageError STORAGE_NOT_FOUND / STORAGE_CORRUPT. */
  get(sha256: string): Promise<Uint8Array>;
  has(sha256: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The configured store (VIGIE_MEDIA_STORE), its keys loaded (and created on first use by default). */
export async function createMediaStore(config: Config, logger: Logger): Promise<MediaStore> {
  const path = mediaKeysPath(config);
  // Only the default file is made here: a configured one is shared between machines, and one
  // made on the side by a single machine would seal objects the others cannot read.
  const { keyring, created, mode } = await loadMediaKeys(path, { create: config.mediaKeysFile === undefined });
  if (created) logger.info({ path }, 'media keys created');
  if (mode & 0o077)
    logger.warn({ path, mode: mode.toString(8) }, 'the media keys file is readable by others: chmod 600');
  const objects = await openObjectStore(config, logger);
  try {
    return await openSealedMediaStore(objects, {
      keyring,
      reloadKeys: async () => (await loadMediaKeys(path, { create: false })).keyring,
      logger,
    });
  } catch (error) {
    await objects.close();
    throw error;
  }
}

/** The configured adapter, below encryption: for maintenance (re-encrypt) and tests. */
export async function openObjectStore(config: Config, logger: Logger): Promise<ObjectStore> {
  switch (config.mediaStore) {
    case 'file':
      return createFileObjectStore(config.dataDir);
    case 's3':
      return createS3ObjectStore(config, logger);
  }
}
