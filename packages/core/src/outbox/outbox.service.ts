import { randomUUID } from 'node:crypto';
import type { OutboxPurpose } from '@vigie/contract';
import type { Db } from '../database.ts';
import { isAppError } from '../platform/errors.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { DeliveryReport } from './delivery-status.ts';
import {
  closeOpenAttempts,
  insertFinishedAttempt,
  finishAttempt,
  insertMessage,
  lockMessage,
  selectAttempts,
  selectMessagesOf,
  selectStranded,
  startAttempt,
  updateMessage,
} from './outbox.repository.ts';
import {
  contactLabel,
  type ChannelSenders,
  type DeliveryResult,
  type NewOutboxMessage,
  type OutboxMessage,
  type OutboxPurposeHooks,
} from './outbox.types.ts';

// The one outbox: a feature writes a message in the transaction of the decision that causes it
// (with its delivery job), and this service delivers it, one attempt per job.
//
// Delivery is at least once. Each attempt is recorded as `sending` (with a lease) and committed
// before anything leaves; the outcome is recorded after. A process killed between the
// recipient's acceptance and that record leaves the message `sending`: once the lease is over it
// is sent again, with the same Message-ID (derived from the outbox id) and, for webhooks, the same
// `Vigie-Delivery` id, and the interrupted attempt stays in the history. The other choice,
// at most once, would lose a notice whenever the process died mid-attempt; a duplicate that says
// it is one costs an abuse desk a glance (and X-ARF's report_id, the same in both, deduplicates
// it in their tools), a lost notice leaves the material online.

export type OutboxService = ReturnType<typeof createOutboxService>;
export type BounceOutcome = Readonly<{
  outcome: 'next_contact' | 'gave_up' | 'ignored';
  messageId?: string;
  reason?: string;
}>;

const FINAL = new Set(['sent', 'failed', 'bounced']);
const MAX_BACKOFF_MS = 6 * 3600_000;
const jobKey = (id: string) => `outbox:${id}`;

export function createOutboxService(deps: ServiceDeps, senders: ChannelSenders) {
  const { db, now, logger } = deps;
  const settings = deps.config.outbox;
  const hooks = new Map<OutboxPurpose, OutboxPurposeHooks>();

  /** Writes a message and its delivery job in the caller's transaction; a second write with the same key is a no-op. */
  async function enqueue(trx: Db, message: NewOutboxMessage): Promise<{ id: string; created: boolean }> {
    const at = now();
    const result = await insertMessage(trx, randomUUID(), message, at);
    if (result.created)
      await deps.enqueue(trx, 'outbox.deliver-message', { messageId: result.id }, { jobKey: jobKey(result.id) });
    return result;
  }

  async function schedule(trx: Db, id: string, runAt: Date) {
    await deps.enqueue(trx, 'outbox.deliver-message', { messageId: id }, { jobKey: jobKey(id), runAt });
  }

  /** A contact gave up: the message goes to the next contact now, or gives up with `state`. */
  async function nextContactOrGiveUp(
    trx: Db,
    message: OutboxMessage,
    state: 'bounced' | 'failed',
    detail: string,
    at: Date,
  ): Promise<'next_contact' | 'gave_up'> {
    if (message.contactIndex + 1 < message.contacts.length) {
      await updateMessage(
        trx,
        message.id,
        { state: 'queued', contactIndex: message.contactIndex + 1, attempts: 0, nextAttemptAt: at, lastError: detail },
        at,
      );
      await schedule(trx, message.id, at);
      return 'next_contact';
    }
    await updateMessage(trx, message.id, { state, lastError: detail }, at);
    await hooks.get(message.purpose)?.onGaveUp?.(trx, { ...message, state, lastError: detail }, at);
    return 'gave_up';
  }

  /** One attempt at delivering a message (the job's work). */
  async function deliver(id: string): Promise<void> {
    const startedAt = now();
    const claim = await db.transaction().execute(async (trx) => {
      const message = await lockMessage(trx, id);
      if (!message || FINAL.has(message.state)) return undefined;
      if (message.state === 'sending') {
        // Another worker's attempt, still within its lease: it will record its own outcome.
        if (message.leaseUntil && message.leaseUntil > startedAt) return undefined;
        const interrupted = await closeOpenAttempts(trx, id, startedAt);
        logger.warn({ messageId: id, interrupted }, 'outbox: an attempt was interrupted; sending again');
      }
      const contact = message.contacts[message.contactIndex];
      if (!contact) return undefined;
      const lease = new Date(startedAt.getTime() + settings.leaseSeconds * 1000);
      const attemptId = await startAttempt(trx, message, contactLabel(contact), startedAt, lease);
      return { message, contact, attemptId };
    });
    if (!claim) return;
    const { message, contact, attemptId } = claim;
    let result: DeliveryResult;
    try {
      const replacements = hooks.get(message.purpose)?.replacements?.(message) ?? {};
      result = await senders[contact.channel].send(message, contact, replacements);
    } catch (error) {
      result = {
        outcome: isAppError(error) && error.retry === 'permanent' ? 'bounced' : 'retry',
        detail: isAppError(error) ? `${error.code}: ${error.message}` : String((error as Error).message),
      };
    }
    await record(message, attemptId, contactLabel(contact), result);
  }

  async function record(message: OutboxMessage, attemptId: string, contact: string, result: DeliveryResult) {
    const at = now();
    await db.transaction().execute(async (trx) => {
      const current = (await lockMessage(trx, message.id)) ?? message;
      const hook = hooks.get(message.purpose);
      if (result.outcome === 'sent') {
        await finishAttempt(trx, attemptId, 'sent', result.detail, at);
        if (current.state === 'sent') return;
        await updateMessage(trx, message.id, { state: 'sent', sentAt: at, sentTo: contact, lastError: null }, at);
        await hook?.onSent?.(trx, { ...message, state: 'sent', sentAt: at, sentTo: contact }, at);
        return;
      }
      const ours = await finishAttempt(
        trx,
        attemptId,
        result.outcome === 'retry' ? 'failed' : 'bounced',
        result.detail,
        at,
      );
      // Past its lease, another worker took the message over (and records its own outcome).
      if (!ours || current.state !== 'sending') return;
      const attempts = current.attempts;
      if (result.outcome === 'retry' && attempts < settings.maxAttempts) {
        const delay = Math.min(MAX_BACKOFF_MS, settings.retryBaseSeconds * 1000 * 2 ** (attempts - 1));
        const next = new Date(at.getTime() + delay);
        await updateMessage(trx, message.id, { state: 'queued', nextAttemptAt: next, lastError: result.detail }, at);
        await schedule(trx, message.id, next);
        return;
      }
      // This contact gave up (bounced, or out of attempts): the next one, if any.
      await nextContactOrGiveUp(trx, message, result.outcome === 'bounced' ? 'bounced' : 'failed', result.detail, at);
    });
    if (result.outcome !== 'sent')
      logger.warn({ messageId: message.id, outcome: result.outcome, detail: result.detail }, 'outbox: attempt failed');
  }

  /**
   * A delivery status notification that came back after the server accepted the message: a
   * failure for the address the message was sent to is that contact's bounce, recorded as an
   * attempt; the next contact is tried, or the message (and its purpose) gives up.
   */
  async function reportBounce(report: DeliveryReport): Promise<BounceOutcome> {
    const failed = report.recipients.find((r) => r.action === 'failed');
    if (!report.outboxId) return { outcome: 'ignored', reason: 'names no message of this outbox' };
    if (!failed) return { outcome: 'ignored', reason: 'reports no failure (delayed, delivered or relayed)' };
    const at = now();
    const detail = `late bounce ${failed.status}${failed.diagnostic ? `: ${failed.diagnostic}` : ''}`;
    return db.transaction().execute(async (trx): Promise<BounceOutcome> => {
      const message = await lockMessage(trx, report.outboxId!);
      if (!message) return { outcome: 'ignored', reason: 'names no message of this outbox' };
      const contact = message.contacts[message.contactIndex];
      const label = contact ? contactLabel(contact) : undefined;
      if (message.state !== 'sent' || label?.toLowerCase() !== `mailto:${failed.address}` || message.sentTo !== label)
        return {
          outcome: 'ignored',
          reason: `not the address message ${message.id} was last sent to`,
          messageId: message.id,
        };
      await insertFinishedAttempt(trx, message, label, 'bounced', detail, at);
      const moved = await nextContactOrGiveUp(trx, message, 'bounced', detail, at);
      if (moved === 'next_contact') return { outcome: 'next_contact', messageId: message.id };
      return { outcome: 'gave_up', messageId: message.id };
    });
  }

  return {
    enqueue,
    deliver,
    reportBounce,
    /** What a feature does with the outcome of its messages (and values spliced in at sending). */
    register(purpose: OutboxPurpose, purposeHooks: OutboxPurposeHooks): void {
      hooks.set(purpose, purposeHooks);
    },
    /** Messages whose job was lost (a worker killed mid-attempt, past its lease) get one again. */
    async sweep(): Promise<number> {
      const ids = await selectStranded(db, now(), 1000);
      if (ids.length === 0) return 0;
      await db.transaction().execute(async (trx) => {
        for (const id of ids) await schedule(trx, id, now());
      });
      return ids.length;
    },
    async messagesOf(purpose: OutboxPurpose, subjectIds: readonly string[]) {
      const messages = await selectMessagesOf(db, purpose, subjectIds);
      const attempts = await selectAttempts(
        db,
        messages.map((m) => m.id),
      );
      return messages.map((m) => ({ ...m, history: attempts.filter((a) => a.messageId === m.id) }));
    },
    async close() {
      await Promise.all(Object.values(senders).map((s) => s.close()));
    },
  };
}
