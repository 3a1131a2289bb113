import { appendAuditEvent, systemActor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { Logger } from '../platform/logging.ts';
import type { OutboxMessage, OutboxPurposeHooks } from '../outbox/index.ts';
import { appendReferralEvent, selectLiveSiblings, selectReferral, updateReferral } from './referral.repository.ts';

// What the outbox tells a referral (sent, or given up for good), and through it the casework
// decision that asked for it: `done` when one of its referrals left, `failed` when none can.

/** The casework feature's `updateDecision`, bound late (casework is composed after referrals). */
export type DecisionProgress = (
  trx: Db,
  decisionId: string,
  state: 'done' | 'failed',
  details: Record<string, unknown>,
) => Promise<void>;

export function referralOutboxHooks(logger: Logger, decisions: DecisionProgress | undefined): OutboxPurposeHooks {
  return {
    async onSent(trx: Db, message: OutboxMessage, at: Date) {
      const referral = await selectReferral(trx, message.subjectId, true);
      if (!referral || referral.state !== 'queued') return;
      await updateReferral(trx, referral.id, { state: 'sent', sent_at: at });
      await appendReferralEvent(trx, referral.id, 'sent', at, { to: message.sentTo }, 'system');
      await appendAuditEvent(
        trx,
        systemActor,
        { action: 'referral.sent', subjectType: 'referral', subjectId: referral.id, details: { to: message.sentTo } },
        at,
      );
      if (referral.decisionId && decisions)
        await decisions(trx, referral.decisionId, 'done', { referralId: referral.id, reference: referral.reference });
    },
    async onGaveUp(trx: Db, message: OutboxMessage, at: Date) {
      const referral = await selectReferral(trx, message.subjectId, true);
      if (!referral || referral.state !== 'queued') return;
      await updateReferral(trx, referral.id, { state: 'failed' });
      await appendReferralEvent(trx, referral.id, 'failed', at, { error: message.lastError }, 'system');
      await appendAuditEvent(
        trx,
        systemActor,
        {
          action: 'referral.failed',
          subjectType: 'referral',
          subjectId: referral.id,
          details: { error: message.lastError },
        },
        at,
      );
      logger.warn({ referralId: referral.id }, 'referral: delivery failed for good');
      if (referral.decisionId && decisions && (await selectLiveSiblings(trx, referral.decisionId)) === 0)
        await decisions(trx, referral.decisionId, 'failed', { referralId: referral.id, error: message.lastError });
    },
  };
}
