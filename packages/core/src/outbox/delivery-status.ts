import { simpleParser, type Attachment } from 'mailparser';

// Bounces that come back later, as delivery status notifications (RFC 3464: multipart/report;
// report-type=delivery-status), after the SMTP server had accepted the message. Which outbox
// message it was: the ENVID Vigie gave (the outbox id, RFC 3461, returned as
// Original-Envelope-Id), else the Message-ID of the returned headers (`<id.outbox@domain>`, see
// messageIdOf). Which recipient and what happened: the per-recipient fields (Final-Recipient or
// Original-Recipient, Action, Status, Diagnostic-Code).

export type RecipientStatus = Readonly<{
  address: string;
  action: string;
  status: string;
  diagnostic: string | null;
}>;

export type DeliveryReport = Readonly<{
  /** The outbox message the report is about, when it names one of ours. */
  outboxId: string | undefined;
  recipients: readonly RecipientStatus[];
}>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const OUR_MESSAGE_ID = new RegExp(`<(${UUID})\\.outbox@[^>\\s]+>`, 'i');
const ENVELOPE_ID = new RegExp(`^${UUID}$`, 'i');

/** RFC 822-style field blocks (unfolded), separated by blank lines. */
function fieldBlocks(text: string): Array<Map<string, string>> {
  const blocks: Array<Map<string, string>> = [];
  for (const chunk of text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const fields = new Map<string, string>();
    for (const line of chunk.replace(/\n[ \t]+/g, ' ').split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    if (fields.size > 0) blocks.push(fields);
  }
  return blocks;
}

/** `rfc822; someone@example.org` → someone@example.org */
const addressOf = (value: string | undefined) =>
  value
    ?.replace(/^[^;]*;/, '')
    .trim()
    .replace(/^<|>$/g, '')
    .toLowerCase();

const partOf = (attachments: readonly Attachment[], type: RegExp) => attachments.find((a) => type.test(a.contentType));

/** Undefined when the message is not a delivery status notification. */
export async function parseDeliveryReport(raw: Buffer): Promise<DeliveryReport | undefined> {
  // keepDeliveryStatus: the report as a part of its own (mailparser otherwise appends it to the text).
  const mail = await simpleParser(raw, {
    keepDeliveryStatus: true,
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const status = partOf(mail.attachments, /^message\/(global-)?delivery-status$/i);
  if (!status) return undefined;
  // The per-message block first, then one per recipient (a report that drops the first is read too).
  const blocks = fieldBlocks(status.content.toString('utf8'));
  const recipients = blocks.flatMap((fields) => {
    const address = addressOf(fields.get('final-recipient') ?? fields.get('original-recipient'));
    const action = fields.get('action')?.toLowerCase();
    if (!address || !action) return [];
    return [
      {
        address,
        action,
        status: fields.get('status') ?? '',
        diagnostic: fields.get('diagnostic-code')?.replace(/^[^;]*;\s*/, '') ?? null,
      },
    ];
  });
  const envelopeId = blocks.find((b) => b.has('original-envelope-id'))?.get('original-envelope-id');
  const returned = partOf(mail.attachments, /^(text\/rfc822-headers|message\/(global-)?rfc822(-headers)?)$/i);
  const fromHeaders = returned ? OUR_MESSAGE_ID.exec(returned.content.toString('utf8'))?.[1] : undefined;
  const outboxId = envelopeId && ENVELOPE_ID.test(envelopeId) ? envelopeId.toLowerCase() : fromHeaders?.toLowerCase();
  return { outboxId, recipients };
}
