import { createHmac } from 'node:crypto';
import type { Logger } from '../logging.ts';
import { checkSha256, objectName, openObject, sealObject, sha256Hex } from './media-cipher.ts';
import type { MediaKeyring } from './media-keys.ts';
import type { MediaStore, StoredObject } from './media-store.ts';
import type { ObjectStore } from './object-store.ts';
import { isAppError } from '../errors.ts';
import { StorageError } from './storage.errors.ts';

/** Where every store keeps a proof of its naming key (not a media name: it is never listed). */
export const markerName = 'vigie-media-store';

export type SealedStoreOptions = {
  keyring: MediaKeyring;
  /** Reads the keys file again: an object sealed under a key added since start (on another machine). */
  reloadKeys?: () => Promise<MediaKeyring>;
  logger?: Logger;
};

/**
 * The media store over any object store: names objects by a keyed hash of their SHA-256, seals
 * them with the active key, verifies them on the way out.
 */
export async function openSealedMediaStore(objects: ObjectStore, options: SealedStoreOptions): Promise<MediaStore> {
  await checkMarker(objects, options.keyring.namingKey);
  return sealedMediaStore(objects, options);
}

/** The same without the marker check: for a store no other process can see (the memory fake). */
export function sealedMediaStore(objects: ObjectStore, options: SealedStoreOptions): MediaStore {
  let keyring = options.keyring;
  // Puts of the same bytes in this process share one write; the others report created: false.
  const inFlight = new Map<string, Promise<StoredObject>>();

  const put = async (bytes: Uint8Array): Promise<StoredObject> => {
    const sha256 = sha256Hex(bytes);
    const name = objectName(keyring.namingKey, sha256);
    const pending = inFlight.get(name);
    if (pending) return { ...(await pending), created: false };
    const write = guard('put', async () => ({
      sha256,
      size: bytes.byteLength,
      created: (await objects.exists(name)) ? false : await objects.create(name, sealObject(keyring, bytes, sha256)),
    }));
    inFlight.set(name, write);
    try {
      return await write;
    } finally {
      inFlight.delete(name);
    }
  };

  const get = async (sha256: string): Promise<Uint8Array> => {
    checkSha256(sha256);
    const sealed = await guard('get', () => objects.read(objectName(keyring.namingKey, sha256)));
    if (!sealed) throw new StorageError('STORAGE_NOT_FOUND', undefined, { sha256 });
    try {
      return openObject(keyring, sealed, sha256);
    } catch (error) {
      if (!(isAppError(error) && error.code === 'STORAGE_KEY_MISSING' && options.reloadKeys)) throw error;
      const reloaded = await options.reloadKeys();
      if (!reloaded.namingKey.equals(keyring.namingKey)) throw error;
      // Keys are only added for reading: this process keeps sealing with the key it started with
      // (and keeps it even if the file has dropped it) until it restarts.
      keyring = { ...keyring, keys: new Map([...keyring.keys, ...reloaded.keys]) };
      options.logger?.info({ keys: [...keyring.keys.keys()] }, 'media keys reloaded');
      return openObject(keyring, sealed, sha256);
    }
  };

  return {
    put,
    get,
    has: async (sha256) => {
      checkSha256(sha256);
      return guard('has', () => objects.exists(objectName(keyring.namingKey, sha256)));
    },
    close: () => objects.close(),
  };
}

/**
 * Machines sharing a bucket must share its keys. A store remembers a check value of the naming
 * key it was first written with; a process holding another naming key would find nothing and
 * write everything again under other names, so it refuses to start instead.
 */
async function checkMarker(objects: ObjectStore, namingKey: Buffer): Promise<void> {
  const ours = createHmac('sha256', namingKey).update('vigie-media-store-marker').digest('hex');
  const expected = new TextEncoder().encode(`${ours}\n`);
  const found = await guard('open', async () => {
    const existing = await objects.read(markerName);
    if (existing) return existing;
    if (await objects.create(markerName, expected)) return expected;
    // Another process wrote it first; a store may take a moment to show it.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const theirs = await objects.read(markerName);
      if (theirs) return theirs;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
    return undefined;
  });
  if (!found || Buffer.compare(Buffer.from(found), Buffer.from(expected)) !== 0)
    throw new StorageError(
      'STORAGE_KEYS_INVALID',
      `The media store at ${objects.location} was written with another media keys file: give this process the same keys file as the others (VIGIE_MEDIA_KEYS_FILE).`,
    );
}

async function guard<T>(operation: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new StorageError('STORAGE_UNAVAILABLE', undefined, {
      operation,
      cause: (error as Error)?.message ?? String(error),
    });
  }
}
