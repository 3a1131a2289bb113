import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Config } from '../config.ts';
import { createLogger } from '../logging.ts';
import { isObjectName } from './media-cipher.ts';
import { loadMediaKeys, mediaKeysPath } from './media-keys.ts';
import { forgetRetiredMediaKeys, reEncryptMedia, rotateMediaKeys } from './media-maintenance.ts';
import { createMediaStore, type MediaStore } from './media-store.ts';

// One contract, run against every implementation (memory fake, file, S3): what media-store.ts
// promises, checked through the port, and what is at rest checked beside it, at the bytes.

export type RawObjects = Map<string, Uint8Array>;
export type ContractSubject = {
  store: MediaStore;
  /** Another store over the same objects, as another process would open it. */
  reopen(): Promise<MediaStore>;
  /** The media objects as stored (name: the adapter's object name, without prefix or shards). */
  raw(): Promise<RawObjects>;
  /** Overwrites one stored object behind the store's back. */
  overwrite(name: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
};

export const silentLogger = createLogger({ level: 'silent' });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const code = (expected: string) => (error: { code?: string }) => error.code === expected;

/** Bytes that are easy to look for at rest: a marker repeated through a random-ish body. */
function evidence(size = 4096): Uint8Array {
  const bytes = Buffer.alloc(size, 'PLAINTEXT-MARKER-');
  randomBytes(16).copy(bytes, 0);
  return bytes;
}

export function describeMediaStoreContract(label: string, open: () => Promise<ContractSubject>): void {
  describe(`media store contract: ${label}`, () => {
    const withSubject = (run: (s: ContractSubject) => Promise<void>) => async () => {
      const subject = await open();
      try {
        await run(subject);
      } finally {
        await subject.close();
      }
    };

    test(
      'what is put comes back byte for byte, under its SHA-256',
      withSubject(async ({ store }) => {
        const bytes = evidence();
        const stored = await store.put(bytes);
        assert.deepEqual(stored, { sha256: sha256(bytes), size: bytes.byteLength, created: true });
        assert.deepEqual(Buffer.from(await store.get(stored.sha256)), Buffer.from(bytes));
        assert.equal(await store.has(stored.sha256), true);
        assert.equal(await store.has(sha256(evidence())), false);
        const empty = await store.put(new Uint8Array());
        assert.equal((await store.get(empty.sha256)).byteLength, 0);
      }),
    );

    test(
      'the same bytes put twice are stored once: the second put says created false',
      withSubject(async ({ store, reopen, raw }) => {
        const bytes = evidence();
        assert.equal((await store.put(bytes)).created, true);
        assert.equal((await store.put(new Uint8Array(bytes))).created, false);
        const other = await reopen();
        assert.equal((await other.put(bytes)).created, false, 'another process sees it too');
        await other.close();
        assert.equal((await raw()).size, 1);
      }),
    );

    test(
      'concurrent puts of the same bytes leave one object, and one of them created it',
      withSubject(async ({ store, reopen, raw }) => {
        const bytes = evidence(64 * 1024);
        const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
        assert.equal(results.filter((r) => r.created).length, 1);
        const again = evidence(64 * 1024);
        const others = await Promise.all([reopen(), reopen(), reopen()]);
        const across = await Promise.all([store, ...others].flatMap((s) => [s.put(again), s.put(again)]));
        assert.ok(across.some((r) => r.created));
        for (const s of others) assert.deepEqual(Buffer.from(await s.get(sha256(again))), Buffer.from(again));
        await Promise.all(others.map((s) => s.close()));
        assert.equal((await raw()).size, 2);
      }),
    );

    test(
      'an object altered at rest is refused as STORAGE_CORRUPT, never returned',
      withSubject(async ({ store, raw, overwrite }) => {
        const a = await store.put(evidence());
        const [[name, sealed]] = [...(await raw())] as [[string, Uint8Array]];
        const flip = (offset: number) => {
          const changed = new Uint8Array(sealed);
          changed[offset] = (changed[offset] ?? 0) ^ 0x01;
          return changed;
        };
        // Version byte, nonce, ciphertext, tag.
        for (const offset of [0, 8, 20, sealed.length - 1]) {
          await overwrite(name, flip(offset));
          await assert.rejects(store.get(a.sha256), code('STORAGE_CORRUPT'), `byte ${offset} changed`);
        }
        // A changed key id names a key nobody has (1 becomes 0): that is what the store can tell.
        await overwrite(name, flip(4));
        await assert.rejects(store.get(a.sha256), code('STORAGE_KEY_MISSING'));
        await overwrite(name, sealed.subarray(0, 10));
        await assert.rejects(store.get(a.sha256), code('STORAGE_CORRUPT'), 'truncated');
        // A genuine object of ours copied over another's name decrypts, and is still refused.
        await overwrite(name, sealed);
        const b = await store.put(evidence());
        const nameOfB = [...(await raw()).keys()].find((n) => n !== name) as string;
        await overwrite(nameOfB, sealed);
        await assert.rejects(store.get(b.sha256), code('STORAGE_CORRUPT'), 'swapped');
        assert.deepEqual((await store.get(a.sha256)).byteLength, 4096);
      }),
    );

    test(
      'a missing object is STORAGE_NOT_FOUND; a malformed name is STORAGE_NAME_INVALID',
      withSubject(async ({ store }) => {
        await assert.rejects(store.get(sha256(evidence())), code('STORAGE_NOT_FOUND'));
        for (const bad of ['abc', sha256(evidence()).toUpperCase(), `../${'0'.repeat(61)}`])
          await assert.rejects(store.get(bad), code('STORAGE_NAME_INVALID'), bad);
        await assert.rejects(store.has('nope'), code('STORAGE_NAME_INVALID'));
      }),
    );

    test(
      'at rest, neither an object nor its name shows what it holds',
      withSubject(async ({ store, raw }) => {
        const bytes = evidence();
        const { sha256: digest } = await store.put(bytes);
        const [[name, sealed]] = [...(await raw())] as [[string, Uint8Array]];
        assert.equal(Buffer.from(sealed).includes('PLAINTEXT-MARKER'), false, 'the object is ciphertext');
        assert.equal(Buffer.from(sealed).includes(Buffer.from(bytes).subarray(0, 16)), false);
        assert.ok(isObjectName(name));
        assert.notEqual(name, digest, 'the name is a keyed hash, not the SHA-256');
        assert.equal(name.includes(digest.slice(0, 16)), false);
      }),
    );
  });
}

export type RotationSubject = {
  config: Config;
  raw(): Promise<RawObjects>;
  close(): Promise<void>;
};

/** Key rotation through the maintenance commands, over a real adapter. */
export function describeKeyRotation(label: string, open: () => Promise<RotationSubject>): void {
  test(`${label}: after rotate-key old objects read, new ones use key 2, re-encrypt moves all, key 1 goes`, async () => {
    const { config, raw, close } = await open();
    try {
      const keyIds = async () => [...(await raw()).values()].map((o) => Buffer.from(o).readUInt32BE(1)).sort();
      const first = await createMediaStore(config, silentLogger);
      const old = await Promise.all([evidence(), evidence(), evidence()].map((b) => first.put(b)));
      await first.close();
      assert.deepEqual(await keyIds(), [1, 1, 1]);

      assert.deepEqual(await rotateMediaKeys(config), {
        activeKeyId: 2,
        createdFile: false,
        path: mediaKeysPath(config),
      });
      const second = await createMediaStore(config, silentLogger);
      for (const o of old) assert.equal((await second.get(o.sha256)).byteLength, 4096, 'old key still reads');
      const fresh = await second.put(evidence());
      assert.deepEqual(await keyIds(), [1, 1, 1, 2], 'new writes use key 2');

      const refused = await forgetRetiredMediaKeys(config, silentLogger);
      assert.deepEqual([refused.removed, refused.stillNeeded], [[], 3], 'key 1 is kept while objects need it');

      const pass = await reEncryptMedia(config, silentLogger);
      assert.deepEqual(pass, { objects: 4, byKey: { 1: 3, 2: 1 }, failed: 0, activeKeyId: 2, reEncrypted: 3 });
      assert.deepEqual(await keyIds(), [2, 2, 2, 2]);
      assert.equal((await reEncryptMedia(config, silentLogger)).reEncrypted, 0, 'a second pass has nothing to do');
      for (const o of [...old, fresh]) assert.equal((await second.get(o.sha256)).byteLength, 4096);
      await second.close();

      const forgotten = await forgetRetiredMediaKeys(config, silentLogger);
      assert.deepEqual(forgotten.removed, [1]);
      const { keyring } = await loadMediaKeys(mediaKeysPath(config), { create: false });
      assert.deepEqual([...keyring.keys.keys()], [2]);
      const third = await createMediaStore(config, silentLogger);
      for (const o of [...old, fresh]) assert.equal((await third.get(o.sha256)).byteLength, 4096, 'key 1 is gone');
      assert.equal((await third.put(evidence())).created, true);
      await third.close();
    } finally {
      await close();
    }
  });
}
