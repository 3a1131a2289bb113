import { sign, type KeyObject } from 'node:crypto';

// Signed exports for partners: the bytes of an export, then a detached Ed25519 signature over
// them. The key pair is derived from the installation's key (intake.deriveSecret, see
// platform/signing-key.ts) and so is never in the database; its public half is published at
// GET /api/v1/exchanges/signing-key. See docs/exchanges.md, "Signed exports for partners".

/** The detached signature (base64) of an export's exact bytes. */
export function signExport(privateKey: KeyObject, bytes: Uint8Array): string {
  return sign(null, bytes, privateKey).toString('base64');
}
