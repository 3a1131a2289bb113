import { randomUUID } from 'node:crypto';
import * as openpgp from 'openpgp';
import type { ReferralRecipientBody, ReferralRecipientPatch } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import {
  deleteRecipient,
  insertRecipient,
  recipientHasReferrals,
  selectRecipient,
  selectRecipients,
  updateRecipient,
} from './recipient.repository.ts';
import { checkCaCertificates } from './private-ca.ts';
import { parseRecipientFile } from './recipient-file.ts';
import { ReferralError } from './referrals.errors.ts';
import type { ReferralRecipient } from './referrals.types.ts';

// The recipient directory operators maintain (API, CLI, or a whole file imported). A recipient
// is checked against its channel before it is stored: an OpenPGP key that can encrypt, SFTP
// credentials and the server's host key, an HTTPS URL and a secret.

export type RecipientDirectory = ReturnType<typeof createRecipientDirectory>;

const merged = (current: ReferralRecipient | undefined, patch: ReferralRecipientPatch) => ({
  channel: patch.channel ?? current?.channel,
  email: patch.email !== undefined ? patch.email : current?.email,
  publicKey: patch.publicKey !== undefined ? patch.publicKey : current?.publicKey,
  sftpHost: patch.sftpHost !== undefined ? patch.sftpHost : current?.sftpHost,
  sftpUser: patch.sftpUser !== undefined ? patch.sftpUser : current?.sftpUser,
  sftpHostKey: patch.sftpHostKey !== undefined ? patch.sftpHostKey : current?.sftpHostKey,
  sftpPassword: patch.sftpPassword !== undefined ? patch.sftpPassword : current?.sftpPassword,
  sftpPrivateKey: patch.sftpPrivateKey !== undefined ? patch.sftpPrivateKey : current?.sftpPrivateKey,
  apiUrl: patch.apiUrl !== undefined ? patch.apiUrl : current?.apiUrl,
  apiSecret: patch.apiSecret !== undefined ? patch.apiSecret : current?.apiSecret,
  apiCaCertificates: patch.apiCaCertificates !== undefined ? patch.apiCaCertificates : current?.apiCaCertificates,
});

/** What a channel needs; the fingerprint of a new key (undefined: the key is unchanged). */
async function checkChannel(
  current: ReferralRecipient | undefined,
  patch: ReferralRecipientPatch,
  at: Date,
): Promise<string | null | undefined> {
  const r = merged(current, patch);
  const invalid = (message: string) => new ReferralError('REFERRAL_RECIPIENT_INVALID', message);
  if (r.channel === 'openpgp_email' && (!r.email || !/^[^\s@]+@[^\s@]+$/.test(r.email) || !r.publicKey))
    throw invalid('openpgp_email needs an e-mail address and the recipient’s armored public key.');
  if (r.channel === 'sftp' && (!r.sftpHost || !r.sftpUser || !r.sftpHostKey || !(r.sftpPassword || r.sftpPrivateKey)))
    throw invalid('sftp needs a host, a user, a password or private key, and the host key (SHA256:… fingerprint).');
  if (r.channel === 'sftp' && !/^SHA256:[A-Za-z0-9+/]{43}$/.test(r.sftpHostKey ?? ''))
    throw invalid('sftpHostKey: expected an OpenSSH SHA256 fingerprint, e.g. SHA256:abc… (43 characters).');
  if (r.channel === 'https_api') {
    let url: URL | undefined;
    try {
      url = new URL(r.apiUrl ?? '');
    } catch {
      url = undefined;
    }
    // Fail closed: a package never travels in clear text, save to a loopback stand-in (tests, a local relay).
    const loopback = url?.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(url.hostname);
    if (!url || !(url.protocol === 'https:' || loopback) || !r.apiSecret)
      throw invalid(
        'https_api needs an https URL (http only to loopback) and a signing secret (16 characters at least).',
      );
  }
  if (patch.apiCaCertificates) checkCaCertificates(patch.apiCaCertificates, at);
  if (patch.publicKey === undefined) return undefined;
  if (patch.publicKey === null) return null;
  try {
    const key = await openpgp.readKey({ armoredKey: patch.publicKey });
    await key.getEncryptionKey();
    return key.getFingerprint().toUpperCase();
  } catch {
    throw new ReferralError('REFERRAL_RECIPIENT_KEY_INVALID');
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

export function createRecipientDirectory(deps: ServiceDeps) {
  const { db, now } = deps;

  async function get(ref: string): Promise<ReferralRecipient> {
    const recipient = await selectRecipient(db, ref);
    if (!recipient) throw new ReferralError('REFERRAL_RECIPIENT_NOT_FOUND');
    return recipient;
  }

  async function addIn(trx: Db, body: ReferralRecipientBody, actor: Actor): Promise<ReferralRecipient> {
    const at = now();
    const fingerprint = await checkChannel(undefined, body, at);
    const recipient = await insertRecipient(trx, randomUUID(), body, fingerprint ?? null, at);
    await appendAuditEvent(
      trx,
      actor,
      {
        action: 'referral-recipient.added',
        subjectType: 'referral_recipient',
        subjectId: recipient.id,
        details: { name: body.name, kind: body.kind, channel: body.channel },
      },
      at,
    );
    return recipient;
  }

  async function updateIn(trx: Db, current: ReferralRecipient, patch: ReferralRecipientPatch, actor: Actor) {
    const at = now();
    const fingerprint = await checkChannel(current, patch, at);
    const recipient = await updateRecipient(trx, current.id, patch, fingerprint, at);
    await appendAuditEvent(
      trx,
      actor,
      {
        action: 'referral-recipient.updated',
        subjectType: 'referral_recipient',
        subjectId: current.id,
        // Which fields changed, never their values (secrets among them).
        details: { fields: Object.keys(patch).sort() },
      },
      at,
    );
    return recipient;
  }

  const conflictAsError = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ReferralError('REFERRAL_RECIPIENT_EXISTS');
      if ((error as { code?: string }).code === '23514') throw new ReferralError('REFERRAL_RECIPIENT_INVALID');
      throw error;
    }
  };

  return {
    list: () => selectRecipients(db),
    get,
    add: (body: ReferralRecipientBody, actor: Actor) =>
      conflictAsError(() => db.transaction().execute((trx) => addIn(trx, body, actor))),
    update: async (ref: string, patch: ReferralRecipientPatch, actor: Actor) => {
      const current = await get(ref);
      return conflictAsError(() => db.transaction().execute((trx) => updateIn(trx, current, patch, actor)));
    },
    async remove(ref: string, actor: Actor): Promise<void> {
      const recipient = await get(ref);
      if (await recipientHasReferrals(db, recipient.id)) throw new ReferralError('REFERRAL_RECIPIENT_IN_USE');
      await db.transaction().execute(async (trx) => {
        await deleteRecipient(trx, recipient.id);
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'referral-recipient.removed',
            subjectType: 'referral_recipient',
            subjectId: recipient.id,
            details: { name: recipient.name },
          },
          now(),
        );
      });
    },
    /** Loads a recipient file: new names are added, known names updated, in one transaction. */
    async importFile(text: string, format: 'json' | 'csv', actor: Actor): Promise<{ added: number; updated: number }> {
      const bodies = parseRecipientFile(text, format);
      return conflictAsError(() =>
        db.transaction().execute(async (trx) => {
          let added = 0;
          let updated = 0;
          for (const body of bodies) {
            const current = await selectRecipient(trx, body.name);
            if (current) {
              await updateIn(trx, current, body, actor);
              updated += 1;
            } else {
              await addIn(trx, body, actor);
              added += 1;
            }
          }
          return { added, updated };
        }),
      );
    },
  };
}
