// Delivery status notifications as mail servers write them (RFC 3464; the layout of Postfix's
// bounce messages), generated for tests: a human-readable part, the machine-readable
// message/delivery-status, and the returned message's headers.

export type BounceOptions = {
  /** The ENVID the message was sent with (Original-Envelope-Id), if the server kept it. */
  envelopeId?: string;
  /** The Message-ID in the returned headers, if any (`<id.outbox@domain>` for Vigie's own). */
  messageId?: string;
  recipient: string;
  action?: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';
  status?: string;
  diagnostic?: string;
  /** A report without the per-message block's Reporting-MTA, as some gateways send it. */
  omitPerMessage?: boolean;
};

export function buildBounce(options: BounceOptions): Buffer {
  const boundary = 'bounce-boundary-7f3a';
  const action = options.action ?? 'failed';
  const status = options.status ?? (action === 'failed' ? '5.1.1' : '4.4.1');
  const perMessage = [
    'Reporting-MTA: dns; mx.recipient.example',
    'X-Postfix-Queue-ID: 4ABCD1234',
    'Arrival-Date: Wed,  2 Dec 2026 10:00:00 +0000',
    ...(options.envelopeId ? [`Original-Envelope-Id: ${options.envelopeId}`] : []),
  ];
  const perRecipient = [
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Original-Recipient: rfc822;${options.recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Remote-MTA: dns; mail.recipient.example`,
    `Diagnostic-Code: smtp; ${options.diagnostic ?? '550 5.1.1 <' + options.recipient + '>: Recipient address rejected:\r\n    User unknown in virtual mailbox table'}`,
  ];
  const returned = [
    'From: Hotline notices <notices@hotline.example>',
    `To: ${options.recipient}`,
    'Subject: Notice of child sexual abuse material',
    ...(options.messageId ? [`Message-ID: ${options.messageId}`] : []),
    'Date: Wed, 2 Dec 2026 09:59:58 +0000',
  ];
  const lines = [
    'Return-Path: <>',
    'From: MAILER-DAEMON@mx.recipient.example (Mail Delivery System)',
    'To: notices@hotline.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.recipient.example.',
    '',
    "I'm sorry to have to inform you that your message could not be delivered.",
    '',
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    ...(options.omitPerMessage ? [] : [...perMessage, '']),
    ...perRecipient,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    ...returned,
    '',
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'));
}
