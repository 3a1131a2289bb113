import type { Config } from '../config.ts';
import type { Logger } from '../logging.ts';
import { decryptObject, keyIdOf, objectName, sealObject, sha256Hex } from './media-cipher.ts';
import { loadMediaKeys, mediaKeysPath, removeMediaKeys, rotateMediaKey } from './media-keys.ts';
import { openObjectStore } from './media-store.ts';
import type { ObjectStore } from './object-store.ts';

// Key rotation, step by step in docs/media-store.md: `rotate-key` adds a key and makes it the
// one new objects are sealed with; `re-encrypt` rewrites every object sealed under another key;
// `forget-retired-keys` removes the old keys once no object needs them.

export type MediaKeyRotation = { activeKeyId: number; createdFile: boolean; path: string };

export async function rotateMediaKeys(config: Config): Promise<MediaKeyRotation> {
  const path = mediaKeysPath(config);
  return { ...(await rotateMediaKey(path)), path };
}

export type MediaKeyCensus = {
  /** Objects examined. */
  objects: number;
  /** How many objects each key id seals (before the pass, for a re-encryption). */
  byKey: Record<number, number>;
  /** Objects that could not be read: damaged, foreign, or sealed under a key no longer held. */
  failed: number;
};
export type MediaReEncryption = MediaKeyCensus & { activeKeyId: number; reEncrypted: number };

/** Rewrites every object sealed under a key other than the active one. Safe to run again, and beside live processes. */
export async function reEncryptMedia(config: Config, logger: Logger): Promise<MediaReEncryption> {
  const { keyring } = await loadMediaKeys(mediaKeysPath(config), { create: false });
  const objects = await openObjectStore(config, logger);
  let reEncrypted = 0;
  try {
    const census = await survey(objects, logger, async (name, sealed, keyId) => {
      if (keyId === keyring.activeKeyId) return;
      const plaintext = decryptObject(keyring, sealed);
      const sha256 = sha256Hex(plaintext);
      // An object copied under another object's name decrypts but is not that object: leave it.
      if (objectName(keyring.namingKey, sha256) !== name) throw new Error('object name and content differ');
      await objects.replace(name, sealObject(keyring, plaintext, sha256));
      reEncrypted += 1;
    });
    return { ...census, activeKeyId: keyring.activeKeyId, reEncrypted };
  } finally {
    await objects.close();
  }
}

/** Removes every key but the active one, unless some object still needs it (then nothing is removed). */
export async function forgetRetiredMediaKeys(
  config: Config,
  logger: Logger,
): Promise<MediaKeyCensus & { removed: number[]; stillNeeded: number }> {
  const path = mediaKeysPath(config);
  const { keyring } = await loadMediaKeys(path, { create: false });
  const objects = await openObjectStore(config, logger);
  let census: MediaKeyCensus;
  try {
    census = await survey(objects, logger, async () => undefined);
  } finally {
    await objects.close();
  }
  const retired = [...keyring.keys.keys()].filter((id) => id !== keyring.activeKeyId);
  const stillNeeded = retired.reduce((sum, id) => sum + (census.byKey[id] ?? 0), 0);
  // An unreadable object may be one whose key we are about to drop: keep everything then.
  if (stillNeeded > 0 || census.failed > 0 || retired.length === 0) return { ...census, removed: [], stillNeeded };
  await removeMediaKeys(path, retired);
  return { ...census, removed: retired, stillNeeded };
}

async function survey(
  objects: ObjectStore,
  logger: Logger,
  visit: (name: string, sealed: Uint8Array, keyId: number) => Promise<void>,
): Promise<MediaKeyCensus> {
  const census: MediaKeyCensus = { objects: 0, byKey: {}, failed: 0 };
  for await (const name of objects.list()) {
    census.objects += 1;
    const sealed = await objects.read(name);
    if (!sealed) {
      census.objects -= 1; // removed since the listing
      continue;
    }
    const keyId = keyIdOf(sealed);
    if (keyId === undefined) {
      census.failed += 1;
      logger.error({ object: name }, 'media object is not a sealed object');
      continue;
    }
    census.byKey[keyId] = (census.byKey[keyId] ?? 0) + 1;
    try {
      await visit(name, sealed, keyId);
    } catch (error) {
      census.failed += 1;
      logger.error({ object: name, keyId, err: error }, 'media object could not be re-encrypted');
    }
  }
  return census;
}
