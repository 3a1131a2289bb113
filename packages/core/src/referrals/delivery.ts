import type { Db } from '../database.ts';
import type { DeliveryResult, OutboxContact, OutboxMessage } from '../outbox/index.ts';
import { selectRecipient } from './recipient.repository.ts';
import { selectReferral, selectReferralFiles } from './referral.repository.ts';
import type { PackageFile, Referral, ReferralRecipient } from './referrals.types.ts';

// What a referral channel's sender needs at sending: the recipient as the directory has it now
// (keys and credentials are read here, never copied into the outbox) and the package's files.

export type Delivery = Readonly<{ referral: Referral; recipient: ReferralRecipient; files: PackageFile[] }>;

export async function loadDelivery(
  db: Db,
  message: OutboxMessage,
  contact: OutboxContact,
): Promise<Delivery | DeliveryResult> {
  if (contact.channel !== 'openpgp_email' && contact.channel !== 'sftp' && contact.channel !== 'https_api')
    return { outcome: 'bounced', detail: `not a referral channel: ${contact.channel}` };
  const referral = await selectReferral(db, message.subjectId);
  const recipient = await selectRecipient(db, contact.recipientId);
  if (!referral || !recipient) return { outcome: 'bounced', detail: 'the referral or its recipient is gone' };
  if (recipient.channel !== contact.channel)
    return { outcome: 'bounced', detail: `the recipient's channel changed to ${recipient.channel}` };
  const files = await selectReferralFiles(db, referral.id);
  if (files.length === 0) return { outcome: 'bounced', detail: 'the referral has no package' };
  return { referral, recipient, files };
}

export const isResult = (value: Delivery | DeliveryResult): value is DeliveryResult => 'outcome' in value;

/** The list of files with their SHA-256, as the recipient can check what arrived. */
export function manifestOf(delivery: Delivery, sha256: (bytes: Buffer) => string): string {
  return JSON.stringify(
    {
      reference: delivery.referral.reference,
      referralId: delivery.referral.id,
      files: delivery.files.map((f) => ({
        name: f.name,
        contentType: f.contentType,
        size: f.bytes.length,
        sha256: sha256(f.bytes),
      })),
    },
    null,
    2,
  );
}
