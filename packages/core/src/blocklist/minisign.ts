import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// minisign's file formats (https://jedisct1.github.io/minisign/), written and read with
// node:crypto's Ed25519, so that providers verify the feed with the `minisign` tool itself.
//
//   public key:  "untrusted comment: ..." / base64("Ed" || key id (8) || public key (32))
//   signature:   "untrusted comment: ..." / base64("ED" || key id (8) || signature (64))
//                "trusted comment: ..."   / base64(global signature (64))
//
// "ED" is minisign's default (prehashed): the signature covers BLAKE2b-512 of the file, so a
// large file is hashed as a stream and never held twice. The global signature covers the file's
// signature followed by the trusted comment, so the comment (version, file name, time) cannot
// be swapped. The legacy "Ed" (the file itself signed) is accepted on verification too.

const prehashed = Buffer.from('ED');
const legacy = Buffer.from('Ed');
const spkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

export type MinisignKey = Readonly<{ keyId: Buffer; privateKey: KeyObject; publicKey: KeyObject }>;

/** The key id as minisign prints it: the 8 bytes read as a little-endian number, in upper-case hex. */
export const keyIdText = (keyId: Buffer) => Buffer.from(keyId).reverse().toString('hex').toUpperCase();

const rawPublicKey = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32);

export function minisignKeyFrom(privateKeyPem: string, keyId: Buffer): MinisignKey {
  const privateKey = createPrivateKey(privateKeyPem);
  return Object.freeze({ keyId, privateKey, publicKey: createPublicKey(privateKey) });
}

/** The public key file providers keep (`minisign -p FILE`). */
export function publicKeyFile(key: MinisignKey): string {
  const body = Buffer.concat([legacy, key.keyId, rawPublicKey(key.publicKey)]);
  return `untrusted comment: minisign public key ${keyIdText(key.keyId)}\n${body.toString('base64')}\n`;
}

const oneLine = (text: string) => {
  if (/[\r\n]/.test(text)) throw new Error('a minisign comment is one line');
  return text;
};

/** A signature file for `message`, with a trusted comment that the global signature covers too. */
export function signMinisign(key: MinisignKey, message: Buffer, trustedComment: string, untrusted?: string): string {
  const digest = createHash('blake2b512').update(message).digest();
  const signature = sign(null, digest, key.privateKey);
  const comment = Buffer.from(oneLine(trustedComment), 'utf8');
  const global = sign(null, Buffer.concat([signature, comment]), key.privateKey);
  const line = Buffer.concat([prehashed, key.keyId, signature]).toString('base64');
  const head = oneLine(untrusted ?? `signature from Vigie blocklist key ${keyIdText(key.keyId)}`);
  return `untrusted comment: ${head}\n${line}\ntrusted comment: ${trustedComment}\n${global.toString('base64')}\n`;
}

export type MinisignVerdict =
  Readonly<{ ok: true; keyId: string; trustedComment: string }> | Readonly<{ ok: false; reason: string }>;

function decodeLine(line: string | undefined, length: number): Buffer | undefined {
  if (line === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(line.trim())) return undefined;
  const bytes = Buffer.from(line.trim(), 'base64');
  return bytes.length === length ? bytes : undefined;
}

/** Reads a minisign public key file: its key id and Ed25519 key. */
export function parsePublicKeyFile(text: string): { keyId: Buffer; publicKey: KeyObject } | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const body = decodeLine(lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0], 42);
  if (!body || !body.subarray(0, 2).equals(legacy)) return undefined;
  const publicKey = createPublicKey({
    key: Buffer.concat([spkiPrefix, body.subarray(10)]),
    format: 'der',
    type: 'spki',
  });
  return { keyId: body.subarray(2, 10), publicKey };
}

/** What `minisign -V` checks: the key id, the file's signature, and the trusted comment's global signature. */
export function verifyMinisign(publicKeyText: string, message: Buffer, signatureText: string): MinisignVerdict {
  const key = parsePublicKeyFile(publicKeyText);
  if (!key) return { ok: false, reason: 'the public key file is not a minisign Ed25519 public key' };
  const lines = signatureText.split(/\r?\n/);
  if (!lines[0]?.startsWith('untrusted comment:') || !lines[2]?.startsWith('trusted comment: '))
    return { ok: false, reason: 'the signature file is not in minisign format' };
  const body = decodeLine(lines[1], 74);
  const global = decodeLine(lines[3], 64);
  if (!body || !global) return { ok: false, reason: 'the signature file is not in minisign format' };
  const algorithm = body.subarray(0, 2);
  if (!algorithm.equals(prehashed) && !algorithm.equals(legacy))
    return { ok: false, reason: 'unknown signature algorithm' };
  if (!body.subarray(2, 10).equals(key.keyId))
    return { ok: false, reason: `signed with key ${keyIdText(body.subarray(2, 10))}, not ${keyIdText(key.keyId)}` };
  const signature = body.subarray(10);
  const signed = algorithm.equals(prehashed) ? createHash('blake2b512').update(message).digest() : message;
  if (!verify(null, signed, key.publicKey, signature)) return { ok: false, reason: 'signature verification failed' };
  const trustedComment = lines[2].slice('trusted comment: '.length);
  if (!verify(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key.publicKey, global))
    return { ok: false, reason: 'the trusted comment was changed' };
  return { ok: true, keyId: keyIdText(key.keyId), trustedComment };
}
