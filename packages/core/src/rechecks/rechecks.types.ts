import type { RecheckOutcome } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { OutboxContact } from '../outbox/index.ts';

/**
 * Told, in the transaction that records a removal, that the material at a URL is gone (the
 * blocklist feature takes the URL off its list). Must not call the network: a row lock is held.
 */
export type RemovalListener = {
  contentGone(trx: Db, removal: { url: string; at: Date }): Promise<void>;
};

export const noRemovalListener: RemovalListener = { contentGone: async () => undefined };

/** Someone to turn to when the recipient does not act, with why they are on the list. */
export type EscalationContact = Readonly<{
  contact: OutboxContact;
  /** rdap_autnum_abuse (the upstream network), rdap_registrar..., rfc2142, partner_hotline. */
  role: string;
  name: string | null;
}>;

/**
 * The port to the hosting feature for escalation: who, after the recipient, for a notice's URL.
 * Asked outside any transaction (it may ask RDAP); the partner hotline is added by the service.
 */
export type EscalationResolver = {
  escalationFor(target: { url: string; address: string | null }): Promise<{
    contacts: readonly EscalationContact[];
    country: string | null;
  }>;
};

export const noEscalation: EscalationResolver = { escalationFor: async () => ({ contacts: [], country: null }) };

/** What one check found. */
export type ProbeResult = Readonly<{ outcome: RecheckOutcome; detail: string }>;

/** Fetches a URL again and says whether the media with this SHA-256 is still there. */
export type RecheckProbe = {
  check(target: { url: string; sha256: string }): Promise<ProbeResult>;
};

/** A re-check claimed for a run: what the probe and the recording need. */
export type DueRecheck = Readonly<{
  id: string;
  url: string;
  sha256: string;
  noticeId: string | null;
  absentStreak: number;
  absentSince: Date | null;
  state: 'watching' | 'removed';
}>;
