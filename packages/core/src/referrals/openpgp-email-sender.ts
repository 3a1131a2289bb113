import nodemailer from 'nodemailer';
import MimeNode from 'nodemailer/lib/mime-node/index.js';
import * as openpgp from 'openpgp';
import type { Db } from '../database.ts';
import { bareAddress, judgeSmtpFailure, messageIdOf, type ChannelSender } from '../outbox/index.ts';
import type { SmtpSettings } from '../platform/outbox-settings.ts';
import { isResult, loadDelivery, type Delivery } from './delivery.ts';
import { ReferralError } from './referrals.errors.ts';

// A referral by OpenPGP-encrypted e-mail (PGP/MIME, RFC 3156): the whole package (a
// multipart/mixed with a short text and every file attached) is encrypted to the recipient's
// public key from the directory; what travels in the clear is only the envelope and a subject
// that names the reference, never the report.

export async function encryptedEmail(delivery: Delivery, from: string, messageId: string, date: Date): Promise<Buffer> {
  const { referral, recipient, files } = delivery;
  const inner = new MimeNode('multipart/mixed');
  inner
    .createChild('text/plain; charset=utf-8')
    .setContent(
      `Referral ${referral.reference} for ${recipient.name}.\r\n\r\nThe report, the assessment and the evidence are in referral.json, with a readable summary where you asked for one.\r\n`,
    );
  for (const file of files)
    inner
      .createChild(file.contentType, { filename: file.name.replace(/\//g, '_') })
      .setHeader('Content-Transfer-Encoding', 'base64')
      .setHeader('Content-Disposition', 'attachment')
      .setContent(file.bytes);
  const key = await openpgp.readKey({ armoredKey: recipient.publicKey ?? '' });
  const encrypted = await openpgp.encrypt({
    message: await openpgp.createMessage({ binary: await inner.build() }),
    encryptionKeys: key,
    format: 'armored',
  });
  const root = new MimeNode('multipart/encrypted; protocol="application/pgp-encrypted"');
  root.setHeader({
    From: from,
    To: recipient.email ?? '',
    Subject: `Referral ${referral.reference}`,
    'Message-ID': messageId,
    Date: date.toUTCString().replace('GMT', '+0000'),
    'Auto-Submitted': 'auto-generated',
  });
  root
    .createChild('application/pgp-encrypted')
    .setHeader('Content-Description', 'PGP/MIME version identification')
    .setContent('Version: 1\r\n');
  root
    .createChild('application/octet-stream', { filename: 'encrypted.asc' })
    .setHeader('Content-Description', 'OpenPGP encrypted message')
    .setHeader('Content-Disposition', 'inline')
    .setHeader('Content-Transfer-Encoding', '7bit')
    .setContent(encrypted);
  return root.build();
}

export function createOpenpgpEmailSender(db: Db, settings: SmtpSettings, now: () => Date): ChannelSender {
  const transport = settings.host
    ? nodemailer.createTransport({
        pool: true,
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        requireTLS: settings.requireTls,
        maxConnections: settings.poolSize,
        ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 120_000,
      })
    : undefined;
  return {
    async send(message, contact) {
      if (!transport || !settings.from) throw new ReferralError('REFERRAL_CHANNEL_UNSET');
      const delivery = await loadDelivery(db, message, contact);
      if (isResult(delivery)) return delivery;
      if (!delivery.recipient.email || !delivery.recipient.publicKey)
        return { outcome: 'bounced', detail: 'the recipient has no address or public key' };
      const raw = await encryptedEmail(delivery, settings.from, messageIdOf(message.id, settings.from), now());
      try {
        const info = await transport.sendMail({
          envelope: { from: bareAddress(settings.from), to: [delivery.recipient.email] },
          raw,
        });
        return { outcome: 'sent', detail: String(info.response ?? 'accepted') };
      } catch (error) {
        return judgeSmtpFailure(error as Parameters<typeof judgeSmtpFailure>[0]);
      }
    },
    async close() {
      transport?.close();
    },
  };
}
