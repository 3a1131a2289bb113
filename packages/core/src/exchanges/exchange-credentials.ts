import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Exchange credentials are sealed with AES-256-GCM (iv, tag, body) under a key derived from the
// installation's intake key (VIGIE_INTAKE_KEY or DATA_DIR/secrets/intake.key), which is never in
// the database: a dump alone gives no partner's password. The exchange's id is the additional
// data, so sealed credentials cannot be moved to another exchange.

export function sealCredentials(key: Buffer, scope: string, value: Record<string, string>): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(scope));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openCredentials(key: Buffer, scope: string, sealed: Buffer): Record<string, string> {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(scope));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Record<string, string>;
}
