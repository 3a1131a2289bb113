import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Db } from '../database.ts';
import { findAuditEventHash, readAuditHead, verifyAuditChain } from './audit.repository.ts';
import type { AuditVerification } from './audit.types.ts';

// The hash chain shows any changed, missing or reordered event, except the newest ones: cut
// from the end, a chain is still a valid, shorter chain. So the head (seq and hash) is written,
// signed, outside the database, under the data directory, every minute by a worker. Verification
// then also asks that the anchored event is still there with the same hash. An anchor is never
// moved backwards: a database behind its anchor is the evidence.

export type AuditAnchor = { seq: number; hash: string; anchoredAt: string; signature: string };

const anchorFile = (dataDir: string) => join(dataDir, 'audit', 'head.json');
const keyFile = (dataDir: string) => join(dataDir, 'secrets', 'audit-anchor.key');
const signed = (a: Omit<AuditAnchor, 'signature'>) =>
  Buffer.from(`vigie-audit-head\n${a.seq}\n${a.hash}\n${a.anchoredAt}`);

async function anchorKey(dataDir: string): Promise<KeyObject> {
  try {
    return createPrivateKey(await readFile(keyFile(dataDir), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const { privateKey } = generateKeyPairSync('ed25519');
    await mkdir(dirname(keyFile(dataDir)), { recursive: true, mode: 0o700 });
    await writeFile(keyFile(dataDir), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    return createPrivateKey(await readFile(keyFile(dataDir), 'utf8'));
  }
}

export async function readAuditAnchor(dataDir: string): Promise<AuditAnchor | undefined> {
  try {
    return JSON.parse(await readFile(anchorFile(dataDir), 'utf8')) as AuditAnchor;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** For a restore: the restored chain replaces whatever the old installation anchored. */
export async function forgetAuditAnchor(dataDir: string): Promise<void> {
  await rm(anchorFile(dataDir), { force: true });
}

/** Writes the current head if it is ahead of the anchor; answers what is anchored now. */
export async function anchorAuditHead(db: Db, dataDir: string, at: Date): Promise<AuditAnchor | undefined> {
  const head = await readAuditHead(db);
  const current = await readAuditAnchor(dataDir);
  if (!head || (current && current.seq >= head.seq)) return current;
  const key = await anchorKey(dataDir);
  const unsigned = { seq: head.seq, hash: head.hash, anchoredAt: at.toISOString() };
  const anchor: AuditAnchor = { ...unsigned, signature: sign(null, signed(unsigned), key).toString('base64') };
  await mkdir(dirname(anchorFile(dataDir)), { recursive: true });
  const temporary = `${anchorFile(dataDir)}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(anchor)}\n`, { mode: 0o644 });
  await rename(temporary, anchorFile(dataDir));
  return anchor;
}

/** The chain's verdict, checked against the anchored head as well. */
export async function checkAuditAnchor(db: Db, dataDir: string, chain: AuditVerification): Promise<AuditVerification> {
  const anchor = await readAuditAnchor(dataDir);
  if (!anchor || !chain.ok) return chain;
  const key = createPublicKey(await anchorKey(dataDir));
  const { signature, ...unsigned } = anchor;
  if (!verify(null, signed(unsigned), key, Buffer.from(signature, 'base64')))
    return {
      ok: false,
      checked: chain.checked,
      firstBadSeq: anchor.seq,
      reason: 'the anchored head is not signed by this installation',
    };
  const hash = await findAuditEventHash(db, anchor.seq);
  if (hash === undefined)
    return {
      ok: false,
      checked: chain.checked,
      firstBadSeq: chain.checked + 1,
      reason: `events ${chain.checked + 1} to ${anchor.seq} are missing: event ${anchor.seq} was the head at ${anchor.anchoredAt}`,
    };
  if (hash !== anchor.hash)
    return {
      ok: false,
      checked: chain.checked,
      firstBadSeq: anchor.seq,
      reason: `event ${anchor.seq} is not the one anchored at ${anchor.anchoredAt}: the chain was rewritten from there or before`,
    };
  return chain;
}

/** The chain (ADR 0003) and, when one was anchored under `dataDir`, its signed head. */
export async function verifyAuditTrail(db: Db, dataDir: string): Promise<AuditVerification> {
  return checkAuditAnchor(db, dataDir, await verifyAuditChain(db));
}
