import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import type { Db } from '../database.ts';
import type { ChannelSender, DeliveryResult } from '../outbox/index.ts';
import { isResult, loadDelivery, manifestOf } from './delivery.ts';

// A referral dropped on the recipient's SFTP server: a directory named by the reference holding
// every file, each written under a `.part` name and renamed when complete, and `manifest.json`
// (names, sizes, SHA-256) written last, so a recipient's importer takes a directory only once its
// manifest is there. The server must present the host key the directory names (fail closed).
// The connection goes straight to the recipient's server, not through the crawler's egress: it is
// a partner's endpoint the operator configured, not a reported site.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** OpenSSH's fingerprint of a host key: `SHA256:` and the unpadded base64 of its digest. */
export const hostKeyFingerprint = (key: Buffer) =>
  `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;

export function createSftpSender(db: Db): ChannelSender {
  return {
    async send(message, contact): Promise<DeliveryResult> {
      const delivery = await loadDelivery(db, message, contact);
      if (isResult(delivery)) return delivery;
      const { recipient, referral, files } = delivery;
      if (!recipient.sftpHost || !recipient.sftpUser || !recipient.sftpHostKey)
        return { outcome: 'bounced', detail: 'the recipient has no SFTP host, user or host key' };
      const client = new SftpClient('vigie-referral');
      let presented: string | null = null;
      try {
        await client.connect({
          host: recipient.sftpHost,
          port: recipient.sftpPort ?? 22,
          username: recipient.sftpUser,
          ...(recipient.sftpPassword ? { password: recipient.sftpPassword } : {}),
          ...(recipient.sftpPrivateKey ? { privateKey: recipient.sftpPrivateKey } : {}),
          readyTimeout: 30_000,
          hostVerifier: (key: Buffer) => {
            presented = hostKeyFingerprint(key);
            return presented === recipient.sftpHostKey;
          },
        });
        const dir = posix.join(recipient.sftpDirectory ?? '.', referral.reference);
        const made = new Set<string>();
        for (const file of [...files, { name: 'manifest.json', bytes: Buffer.from(manifestOf(delivery, sha256)) }]) {
          const target = posix.join(dir, file.name);
          const parent = posix.dirname(target);
          if (!made.has(parent)) {
            await client.mkdir(parent, true);
            made.add(parent);
          }
          await client.put(file.bytes, `${target}.part`);
          if (await client.exists(target)) await client.delete(target);
          await client.rename(`${target}.part`, target);
        }
        return { outcome: 'sent', detail: `sftp://${recipient.sftpHost}/${dir}` };
      } catch (error) {
        const text = (error as Error).message;
        if (presented !== null && presented !== recipient.sftpHostKey)
          return { outcome: 'bounced', detail: `the server presented host key ${presented}, not the directory's` };
        // Refused credentials are the directory's to fix: waiting will not help.
        if (/authentication|permission denied/i.test(text)) return { outcome: 'bounced', detail: text };
        return { outcome: 'retry', detail: text };
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    async close() {},
  };
}
