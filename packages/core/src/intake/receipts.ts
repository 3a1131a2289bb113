import { createHash, createHmac } from 'node:crypto';
import { decryptJson, encryptJson } from './contact-cipher.ts';

// A confirmation shown once (post/redirect/get without cookies). The public site names it by a
// random id that only the reporter's browser holds, in the address it is redirected to; the
// database keeps a hash of that id and the confirmation sealed with a key derived from it, so
// neither a database dump nor the intake key reveals a follow-up code.

export type ReceiptContent =
  | { kind: 'report'; reportNumber: string; followUpCode: string; happeningNow: boolean; selfReport: boolean }
  | { kind: 'follow-up'; reportNumber: string };

/** What the public site gives with a form: its single-use key, and the id its confirmation gets. */
export type ReceiptRequest = { submissionKey: string; receiptId: string };

/** How long a confirmation waits to be shown: the redirect follows at once, a slow line may not. */
export const receiptLifetimeMs = 60 * 60 * 1000;
/** A confirmation re-issued for its language switch waits less. */
export const relayedReceiptLifetimeMs = 30 * 60 * 1000;

export function receiptIdHash(receiptId: string): string {
  return createHash('sha256').update(`vigie receipt id\n${receiptId}`).digest('hex');
}

export function submissionKeyHash(submissionKey: string): string {
  return createHash('sha256').update(`vigie submission key\n${submissionKey}`).digest('hex');
}

const sealingKey = (receiptId: string) => createHmac('sha256', receiptId).update('vigie receipt key').digest();

export function sealReceipt(receiptId: string, content: ReceiptContent): Buffer {
  return encryptJson(sealingKey(receiptId), content);
}

/** The confirmation, or undefined if the id does not open it. */
export function openReceipt(receiptId: string, sealed: Buffer): ReceiptContent | undefined {
  try {
    return decryptJson(sealingKey(receiptId), sealed) as ReceiptContent;
  } catch {
    return undefined;
  }
}
