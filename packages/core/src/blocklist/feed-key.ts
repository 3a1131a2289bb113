import { createHash, generateKeyPairSync } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minisignKeyFrom, type MinisignKey } from './minisign.ts';

// The feed's signing key: Ed25519, generated at first start under DATA_DIR/secrets (mode 0600,
// like the audit anchor's and the intake's keys), so it is in backups with the other secrets and
// never in the database. Its key id is the first 8 bytes of SHA-256 of the public key: stable,
// so the public key file providers pinned stays the same across processes and restarts.

export const feedKeyPath = (dataDir: string) => join(dataDir, 'secrets', 'blocklist-feed.key');

export async function loadFeedKey(dataDir: string): Promise<MinisignKey> {
  const file = feedKeyPath(dataDir);
  try {
    return fromPem(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(join(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
  // 'wx': when another process created it meanwhile, theirs wins and is read back.
  await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' }).catch(
    (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    },
  );
  await chmod(file, 0o600);
  return fromPem(await readFile(file, 'utf8'));
}

function fromPem(pem: string): MinisignKey {
  const probe = minisignKeyFrom(pem, Buffer.alloc(8));
  const raw = probe.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return minisignKeyFrom(pem, createHash('sha256').update(raw).digest().subarray(0, 8));
}
