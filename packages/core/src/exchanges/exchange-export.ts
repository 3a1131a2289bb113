import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

// Signed exports for partners: the bytes of an export, then a detached Ed25519 signature over
// them. The key pair is derived from the installation's key (intake.deriveSecret) and so is never
// in the database; its public half is published at GET /api/v1/exchanges/signing-key. See
// docs/exchanges.md, "Signed exports for partners", for checking one.

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function signingKeyFromSeed(seed: Buffer): { privateKey: KeyObject; publicKey: KeyObject } {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed.subarray(0, 32)]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

export function publicKeyInfo(publicKey: KeyObject) {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return {
    algorithm: 'Ed25519' as const,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

/** The detached signature (base64) of an export's exact bytes. */
export function signExport(privateKey: KeyObject, bytes: Uint8Array): string {
  return sign(null, bytes, privateKey).toString('base64');
}
