import { randomBytes } from 'node:crypto';
import type { MediaKeyring } from './media-keys.ts';
import type { MediaStore } from './media-store.ts';
import type { ObjectStore } from './object-store.ts';
import { isObjectName } from './media-cipher.ts';
import { sealedMediaStore } from './sealed-media-store.ts';

export type MemoryMediaStore = MediaStore & {
  /** The sealed objects by name, as an adapter would hold them: for tests that count or damage them. */
  readonly objects: Map<string, Uint8Array>;
};

/** The fake for other features' tests: the real contract (sealed, verified) over a Map, fresh keys. */
export function createMemoryMediaStore(): MemoryMediaStore {
  const objects = new Map<string, Uint8Array>();
  const keyring: MediaKeyring = { namingKey: randomBytes(32), activeKeyId: 1, keys: new Map([[1, randomBytes(32)]]) };
  const store = sealedMediaStore(createMemoryObjectStore(objects), { keyring });
  return Object.assign(store, { objects });
}

export function createMemoryObjectStore(objects: Map<string, Uint8Array>): ObjectStore {
  const copy = (bytes: Uint8Array) => new Uint8Array(bytes);
  return {
    location: 'memory',
    read: async (name) => {
      const bytes = objects.get(name);
      return bytes && copy(bytes);
    },
    exists: async (name) => objects.has(name),
    create: async (name, bytes) => {
      if (objects.has(name)) return false;
      objects.set(name, copy(bytes));
      return true;
    },
    replace: async (name, bytes) => void objects.set(name, copy(bytes)),
    list: async function* () {
      for (const name of [...objects.keys()]) if (isObjectName(name)) yield name;
    },
    close: async () => undefined,
  };
}
