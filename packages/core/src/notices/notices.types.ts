import type { NoticeLanguage, NoticeOrigin, NoticeStatus, RecipientRelationship } from '@vigie/contract';
import type { OutboxContact } from '../outbox/index.ts';

/**
 * Who is to be told about a URL, as the hosting feature finds it (RDAP abuse contacts, the
 * provider directory, the network's country and ASN). Contacts are in order: the preferred
 * channel first, fall-backs after; the outbox moves on when one fails for good.
 */
export type Recipient = Readonly<{
  /** Stable per provider (the directory's id or the abuse address): notices are batched by it. */
  key: string;
  name: string;
  relationship: RecipientRelationship;
  language: NoticeLanguage;
  /** 0: every batch of findings goes out at once; otherwise minutes a batch stays open; null: the installation's VIGIE_NOTICE_BATCH_MINUTES. */
  batchMinutes: number | null;
  country: string | null;
  asn: number | null;
  /** E-mail carries X-ARF reports (the provider's abuse desk processes them). */
  xarf: boolean;
  contacts: readonly OutboxContact[];
}>;

export type RecipientTarget = Readonly<{ url: string; address: string | null }>;

/**
 * The port to the hosting feature: who to notify for a URL found at an address. It may ask the
 * network (RDAP): it is never called while a row lock is held. null: nobody found.
 */
export type RecipientResolver = {
  resolve(target: RecipientTarget): Promise<Recipient | null>;
};

/** Nobody is known for any URL: detections wait as recipient_unknown until a real resolver is wired. */
export const noRecipients: RecipientResolver = { resolve: async () => null };

/** One URL of a notice with what was found there (never the media itself). */
export type NoticeItem = Readonly<{
  detectionId: string | null;
  reportId: string;
  url: string;
  pageUrl: string | null;
  address: string | null;
  sha256: string;
  sha1: string | null;
  md5: string | null;
  mediaKind: string | null;
  /** The industry tier (A1, A2, B1, B2) or Interpol's baseline; null when the labels map to neither. */
  classification: string | null;
  firstSeenAt: Date;
}>;

export type Notice = Readonly<{
  id: string;
  recipientKey: string;
  recipient: Recipient;
  language: NoticeLanguage;
  origin: NoticeOrigin;
  status: NoticeStatus;
  dueAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  respondedAt: Date | null;
  response: string | null;
  note: string | null;
}>;

/** A pending detection with what the notice needs of its media. */
export type PendingDetection = Omit<NoticeItem, 'reportId'> & Readonly<{ detectionId: string }>;
