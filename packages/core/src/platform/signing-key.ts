import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

// Ed25519 key pairs derived from a 32-byte seed (intake.deriveSecret): the private half is never
// stored; the public half is published with its fingerprint (SHA-256 of the DER key), which
// receivers pin. Used by partners' exports and by webhook notices.

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export type SigningKey = Readonly<{ privateKey: KeyObject; publicKey: KeyObject }>;

export function signingKeyFromSeed(seed: Buffer): SigningKey {
  if (seed.length < 32) throw new Error('an Ed25519 seed has 32 bytes');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed.subarray(0, 32)]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

export type SigningKeyInfo = Readonly<{ algorithm: 'Ed25519'; publicKeyPem: string; fingerprint: string }>;

export function publicKeyInfo(publicKey: KeyObject): SigningKeyInfo {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return {
    algorithm: 'Ed25519' as const,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}
