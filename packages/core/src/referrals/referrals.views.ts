import type { ReferralEventKind } from '@vigie/contract';
import type { OutboxService } from '../outbox/index.ts';
import { describeCaCertificates } from './private-ca.ts';
import type { Referral, ReferralRecipient, ReferralRule } from './referrals.types.ts';

// Wire shapes (the contract's views) of the feature's records. Secrets never leave.

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toRecipientView = (r: ReferralRecipient) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  country: r.country,
  region: r.region,
  city: r.city,
  coversCountries: [...r.coversCountries],
  language: r.language,
  channel: r.channel,
  email: r.email,
  publicKeyFingerprint: r.publicKeyFingerprint,
  sftpHost: r.sftpHost,
  sftpPort: r.sftpPort,
  sftpUser: r.sftpUser,
  sftpDirectory: r.sftpDirectory,
  sftpHostKey: r.sftpHostKey,
  apiUrl: r.apiUrl,
  apiCaCertificates: describeCaCertificates(r.apiCaCertificates).map((c) => ({
    ...c,
    notAfter: c.notAfter.toISOString(),
  })),
  hasSecret: Boolean(r.sftpPassword || r.sftpPrivateKey || r.apiSecret),
  reportTypes: [...r.reportTypes],
  mayReceiveMedia: r.mayReceiveMedia,
  formats: [...r.formats],
  active: r.active,
  notes: r.notes,
  updatedAt: r.updatedAt.toISOString(),
});

export const toRuleView = (r: ReferralRule) => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  ageBands: [...r.ageBands],
  activities: [...r.activities],
  reportTypes: [...r.reportTypes],
  excludedReportTypes: [...r.excludedReportTypes],
  recipientKinds: [...r.recipientKinds],
  recipientIds: [...r.recipientIds],
  updatedAt: r.updatedAt.toISOString(),
});

export const toReferralSummary = (r: Referral) => ({
  id: r.id,
  reference: r.reference,
  reportId: r.reportId,
  recipient: { id: r.recipientId, name: r.recipientName, kind: r.recipientKind },
  origin: r.origin,
  state: r.state,
  releaseAt: r.releaseAt.toISOString(),
  createdAt: r.createdAt.toISOString(),
  sentAt: iso(r.sentAt),
  acknowledgedAt: iso(r.acknowledgedAt),
  outcome: r.outcome,
});

type Messages = Awaited<ReturnType<OutboxService['messagesOf']>>;

export function toReferralView(d: {
  referral: Referral;
  events: ReadonlyArray<{ kind: ReferralEventKind; at: Date; actor: string | null; details: Record<string, unknown> }>;
  files: ReadonlyArray<{ name: string; sha256: string; size: number }>;
  messages: Messages;
}) {
  return {
    ...toReferralSummary(d.referral),
    decisionId: d.referral.decisionId,
    ruleId: d.referral.ruleId,
    classification: d.referral.classification,
    note: d.referral.note,
    recipientReference: d.referral.recipientReference,
    files: d.files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })),
    events: d.events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), actor: e.actor, details: e.details })),
    messages: d.messages.map((m) => {
      const contact = m.contacts[m.contactIndex] ?? m.contacts[0]!;
      return {
        id: m.id,
        state: m.state,
        channel: contact.channel,
        contact:
          contact.channel === 'email' ? contact.address : contact.channel === 'webhook' ? contact.url : contact.label,
        sentAt: iso(m.sentAt),
        lastError: m.lastError,
        attempts: m.history.map((a) => ({
          contact: a.contact,
          startedAt: a.startedAt.toISOString(),
          finishedAt: iso(a.finishedAt),
          outcome: a.outcome,
          detail: a.detail,
        })),
      };
    }),
  };
}

export const toAutoDecisionView = (d: {
  report_id: string;
  outcome: string;
  decided_at: Date;
  rule_ids: string[];
  referral_ids: string[];
  reason: string;
}) => ({
  reportId: d.report_id,
  outcome: d.outcome as 'forwarded' | 'excluded' | 'no_rule' | 'no_recipient',
  decidedAt: d.decided_at.toISOString(),
  ruleIds: d.rule_ids,
  referralIds: d.referral_ids,
  reason: d.reason,
});
