import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import type { MediaKeyring } from './media-keys.ts';
import { StorageError } from './storage.errors.ts';

// One stored object: a 17-byte header (format version 1, the data key's id as a 32-bit
// big-endian number, a 12-byte nonce), the AES-256-GCM ciphertext, and its 16-byte tag. The
// header is the additional authenticated data, so a changed key id or version fails the tag.
//
// The nonce is derived from the plaintext's SHA-256 under the key (a keyed hash, never stored
// elsewhere): the same bytes sealed twice under one key give the same object, so two processes
// racing to store them, or an S3 store that overwrites, write identical bytes. A nonce repeats
// only for the same plaintext under the same key, which GCM tolerates (it reveals equality, which
// the object's name already does).

export const headerLength = 17;
const formatVersion = 1;
const tagLength = 16;

const sha256Pattern = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function checkSha256(sha256: string): void {
  if (typeof sha256 !== 'string' || !sha256Pattern.test(sha256))
    throw new StorageError('STORAGE_NAME_INVALID', undefined, { sha256: String(sha256).slice(0, 80) });
}

/** An object's name: a keyed hash of its SHA-256, so a listing does not tell which files are stored. */
export function objectName(namingKey: Buffer, sha256: string): string {
  return createHmac('sha256', namingKey).update(`vigie-media-name:${sha256}`).digest('hex');
}

/** A media object name (64 hex digits), as opposed to temp files or the store's marker. */
export const isObjectName = (name: string) => sha256Pattern.test(name);

const subkeys = new WeakMap<Buffer, { cipher: Buffer; nonce: Buffer }>();
function subkeysOf(key: Buffer) {
  let derived = subkeys.get(key);
  if (!derived) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));
    derived = { cipher: derive('vigie-media-cipher'), nonce: derive('vigie-media-nonce') };
    subkeys.set(key, derived);
  }
  return derived;
}

export function sealObject(keyring: MediaKeyring, plaintext: Uint8Array, sha256: string): Uint8Array {
  const keyId = keyring.activeKeyId;
  const key = keyring.keys.get(keyId);
  if (!key) throw new StorageError('STORAGE_KEY_MISSING', undefined, { keyId });
  const { cipher: cipherKey, nonce: nonceKey } = subkeysOf(key);
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(formatVersion, 0);
  header.writeUInt32BE(keyId, 1);
  createHmac('sha256', nonceKey).update(sha256).digest().copy(header, 5, 0, 12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey, header.subarray(5), { authTagLength: tagLength });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The key id an object was sealed with, or undefined when it is no object of ours. */
export function keyIdOf(sealed: Uint8Array): number | undefined {
  if (sealed.length < headerLength + tagLength || sealed[0] !== formatVersion) return undefined;
  return Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength).readUInt32BE(1);
}

/** The plaintext, checked against the tag (`sha256` only names the object in errors). */
export function decryptObject(keyring: MediaKeyring, sealed: Uint8Array, sha256?: string): Buffer {
  const keyId = keyIdOf(sealed);
  if (keyId === undefined) throw new StorageError('STORAGE_CORRUPT', undefined, { sha256 });
  const key = keyring.keys.get(keyId);
  if (!key) throw new StorageError('STORAGE_KEY_MISSING', undefined, { sha256, keyId });
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const header = bytes.subarray(0, headerLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', subkeysOf(key).cipher, header.subarray(5), {
      authTagLength: tagLength,
    });
    decipher.setAAD(header);
    decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
    return Buffer.concat([decipher.update(bytes.subarray(headerLength, bytes.length - tagLength)), decipher.final()]);
  } catch {
    throw new StorageError('STORAGE_CORRUPT', undefined, { sha256, keyId });
  }
}

/** The plaintext, checked against the tag and against the SHA-256 it was asked for. */
export function openObject(keyring: MediaKeyring, sealed: Uint8Array, sha256: string): Uint8Array {
  const plaintext = decryptObject(keyring, sealed, sha256);
  // The tag proves the bytes are ours; the digest proves they are the ones asked for (an object
  // copied under another name decrypts fine and fails here).
  if (sha256Hex(plaintext) !== sha256)
    throw new StorageError('STORAGE_CORRUPT', undefined, { sha256, keyId: keyIdOf(sealed) });
  return new Uint8Array(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength);
}
