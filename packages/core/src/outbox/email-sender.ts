import nodemailer from 'nodemailer';
import MimeNode from 'nodemailer/lib/mime-node/index.js';
import type { SmtpSettings } from '../platform/outbox-settings.ts';
import { OutboxError } from './outbox.errors.ts';
import type { ChannelSender, DeliveryResult, EmailBody, OutboxContact, OutboxMessage } from './outbox.types.ts';
import { splice } from './splice.ts';

// E-mail through the operator's SMTP server (nodemailer, pooled connections). A message with
// machine-readable reports is sent in X-ARF's published envelope: multipart/report
// (report-type=feedback-report) holding the human-readable text and HTML, a
// message/feedback-report part with `Feedback-Type: xarf`, and each report as a JSON attachment.

/** `Name <a@b>` or `a@b` → a@b. */
export const bareAddress = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from;

/** The Message-ID of a message is derived from its outbox id: a re-sent copy is recognisably the same message. */
export function messageIdOf(messageId: string, from: string): string {
  const domain = bareAddress(from).split('@')[1] ?? 'localhost';
  return `<${messageId}.outbox@${domain}>`;
}

export async function buildEmail(
  message: OutboxMessage,
  body: EmailBody,
  to: string,
  from: string,
  date: Date,
  userAgent: string,
): Promise<Buffer> {
  const root = new MimeNode(
    body.reports.length > 0 ? 'multipart/report; report-type=feedback-report' : 'multipart/alternative',
  );
  root.setHeader({
    From: from,
    To: to,
    Subject: body.subject,
    'Message-ID': messageIdOf(message.id, from),
    Date: date.toUTCString().replace('GMT', '+0000'),
    'Auto-Submitted': 'auto-generated',
  });
  if (body.reports.length > 0) root.setHeader('X-XARF', 'PLAIN');
  const readable = body.reports.length > 0 ? root.createChild('multipart/alternative') : root;
  readable.createChild('text/plain; charset=utf-8').setContent(body.text);
  readable.createChild('text/html; charset=utf-8').setContent(body.html);
  if (body.reports.length > 0) {
    root
      .createChild('message/feedback-report')
      .setHeader('Content-Disposition', 'inline')
      .setContent(`Feedback-Type: xarf\r\nUser-Agent: ${userAgent}\r\nVersion: 1\r\n`);
    for (const report of body.reports)
      root
        .createChild('application/json', { filename: report.filename })
        .setHeader('Content-Transfer-Encoding', 'base64')
        .setHeader('Content-Disposition', 'attachment')
        .setContent(report.json);
  }
  return root.build();
}

type SmtpFailure = Error & { responseCode?: number; command?: string; code?: string };

/** A refusal of the recipient or the message (5xx at RCPT TO or DATA) is a bounce; anything else may pass later. */
export function judgeSmtpFailure(error: SmtpFailure): DeliveryResult {
  const detail = `${error.code ?? 'SMTP'}${error.command ? ` at ${error.command}` : ''}: ${error.message}`;
  const refused =
    error.responseCode !== undefined &&
    error.responseCode >= 500 &&
    (error.code === 'EENVELOPE' || /^(RCPT|DATA)/i.test(error.command ?? ''));
  return { outcome: refused ? 'bounced' : 'retry', detail };
}

export function createEmailSender(settings: SmtpSettings, userAgent: string, now: () => Date): ChannelSender {
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
        socketTimeout: 60_000,
      })
    : undefined;
  return {
    async send(message: OutboxMessage, contact: OutboxContact, replacements): Promise<DeliveryResult> {
      if (contact.channel !== 'email') throw new OutboxError('OUTBOX_BODY_MISSING');
      if (!transport || !settings.from) throw new OutboxError('OUTBOX_SMTP_UNSET');
      const body = message.bodies.email;
      if (!body) throw new OutboxError('OUTBOX_BODY_MISSING');
      const raw = await buildEmail(
        message,
        splice(body, replacements),
        contact.address,
        settings.from,
        now(),
        userAgent,
      );
      try {
        const info = await transport.sendMail({
          envelope: { from: bareAddress(settings.from), to: [contact.address] },
          raw,
          // Where the server offers DSN (RFC 3461): the outbox id as ENVID, so that a later bounce
          // names the message (docs/notices.md, "Late bounces").
          dsn: { id: message.id, return: 'headers', notify: ['failure'], recipient: contact.address },
        });
        return { outcome: 'sent', detail: String(info.response ?? 'accepted') };
      } catch (error) {
        return judgeSmtpFailure(error as SmtpFailure);
      }
    },
    async close() {
      transport?.close();
    },
  };
}
