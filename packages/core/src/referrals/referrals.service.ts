import { createHash, randomUUID } from 'node:crypto';
import type { RecordOutcomeBody, ReferralOrigin } from '@vigie/contract';
import { appendAuditEvent, systemActor, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { OutboxService } from '../outbox/index.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createAutoForwarding } from './auto-forward.ts';
import { referralOutboxHooks, type DecisionProgress } from './delivery-hooks.ts';
import { createRuleAdmin } from './rule-admin.ts';
import { selectReport } from './evidence.repository.ts';
import { createRecipientDirectory } from './recipient-directory.ts';
import { selectRecipients } from './recipient.repository.ts';
import { buildPackage, type Sender } from './referral-package.ts';
import {
  appendReferralEvent,
  insertReferral,
  insertReferralFiles,
  selectReferral,
  selectLiveSiblings,
  selectReferralEvents,
  selectReferralFileList,
  selectReferralStats,
  selectReferrals,
  updateReferral,
} from './referral.repository.ts';
import { ReferralError } from './referrals.errors.ts';
import type { CountryOfAddress, Referral, ReferralRecipient, ReferralRequest } from './referrals.types.ts';
import { chooseRecipients, takes } from './routing.ts';
import { selectAutoDecisions, selectRules } from './rule.repository.ts';
import { jurisdictionOf } from './jurisdiction.ts';

// Referrals: a report packaged for one recipient, delivered through the outbox. Every referral
// starts `held` until its release time (at once for an analyst's, after the undo window for an
// automatic one); the release job renders the package, stores its files and writes the outbox
// message in one transaction with the history and audit events. Undo is possible while held.

export type ReferralsService = ReturnType<typeof createReferralsService>;

export type ReferralsOptions = Readonly<{
  outbox: OutboxService;
  store: MediaStore;
  countryOf: CountryOfAddress;
  /** Told when a casework decision's referral left or could not (default: nobody). */
  decisions?: DecisionProgress;
}>;

/** Who the packages say they are from: the notices' organisation, domain and contact (VIGIE_NOTICE_*). */
function senderOf(config: ServiceDeps['config']): Sender {
  const { organisation, domain, contact } = config.notices;
  const name =
    typeof organisation === 'string' ? organisation : (organisation.en ?? Object.values(organisation)[0] ?? domain);
  return { organisation: name, domain, contact };
}

const actorName = (actor: Actor) => `${actor.type}${actor.id ? `:${actor.id}` : ''}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const jobKey = (id: string) => `referral:${id}`;

export function createReferralsService(deps: ServiceDeps, options: ReferralsOptions) {
  const { db, now, logger } = deps;
  const settings = deps.config.referrals;
  const directory = createRecipientDirectory(deps);
  const sender = senderOf(deps.config);

  type NewHeld = Readonly<{
    reportId: string;
    recipient: ReferralRecipient;
    origin: ReferralOrigin;
    decisionId: string | null;
    ruleId: string | null;
    requestedBy: string | null;
    classification: string | null;
    note: string | null;
    releaseAt: Date;
  }>;

  /** A held referral, its history, audit event and release job; undefined when the report already went there. */
  async function createHeld(trx: Db, r: NewHeld, actor: Actor): Promise<string | undefined> {
    const at = now();
    const id = randomUUID();
    const reference = `VR-${at.getUTCFullYear()}-${id.slice(0, 8).toUpperCase()}`;
    const created = await insertReferral(trx, { ...r, id, reference, recipientId: r.recipient.id }, at);
    if (!created) return undefined;
    const details = { origin: r.origin, recipient: r.recipient.name, releaseAt: r.releaseAt.toISOString() };
    await appendReferralEvent(trx, id, 'created', at, { ...details, ruleId: r.ruleId }, actorName(actor));
    await appendAuditEvent(
      trx,
      actor,
      {
        action: 'referral.created',
        subjectType: 'referral',
        subjectId: id,
        details: {
          ...details,
          reportId: r.reportId,
          recipientId: r.recipient.id,
          ruleId: r.ruleId,
          decisionId: r.decisionId,
        },
      },
      at,
    );
    // Released when its window ends; an analyst's at once (the database's clock, not the service's).
    const runAt = r.releaseAt > at ? { runAt: r.releaseAt } : {};
    await deps.enqueue(trx, 'referrals.release-referral', { referralId: id }, { jobKey: jobKey(id), ...runAt });
    return id;
  }

  /** The casework feature's "forward" decision, in its transaction: one referral per recipient chosen. */
  async function requestReferral(trx: Db, request: ReferralRequest): Promise<string[]> {
    const report = await selectReport(trx, request.reportId);
    if (!report) throw new ReferralError('REFERRAL_REPORT_NOT_FOUND');
    let recipients: ReferralRecipient[];
    if (request.recipientId) {
      const recipient = await directory.get(request.recipientId);
      if (!takes(recipient, report.type)) throw new ReferralError('REFERRAL_RECIPIENT_REFUSES');
      recipients = [recipient];
    } else {
      const rules = (await selectRules(trx)).filter((r) => r.enabled && r.recipientKinds.length > 0);
      const kinds = [...new Set(rules.flatMap((r) => r.recipientKinds))];
      const jurisdiction = await jurisdictionOf(trx, report, settings.country, options.countryOf);
      recipients = chooseRecipients(await selectRecipients(trx), {
        kinds: kinds.length > 0 ? kinds : ['police'],
        type: report.type,
        jurisdiction,
      });
      if (recipients.length === 0) throw new ReferralError('REFERRAL_NO_RECIPIENT');
    }
    const actor: Actor = { type: 'user', id: request.staffId };
    const ids: string[] = [];
    for (const recipient of recipients) {
      const id = await createHeld(
        trx,
        {
          reportId: report.id,
          recipient,
          origin: 'analyst',
          decisionId: request.decisionId,
          ruleId: null,
          requestedBy: request.staffId,
          classification: request.classification ?? null,
          note: request.note,
          releaseAt: now(),
        },
        actor,
      );
      if (id) ids.push(id);
    }
    if (ids.length === 0) throw new ReferralError('REFERRAL_ALREADY_SENT');
    return ids;
  }

  async function get(id: string): Promise<Referral> {
    const referral = await selectReferral(db, id);
    if (!referral) throw new ReferralError('REFERRAL_NOT_FOUND');
    return referral;
  }

  /** Renders the package and writes the outbox message, unless the referral was undone (the job's work). */
  async function release(id: string): Promise<void> {
    const referral = await selectReferral(db, id);
    if (!referral || referral.state !== 'held') return;
    if (referral.releaseAt > now()) {
      await deps.enqueue(
        db,
        'referrals.release-referral',
        { referralId: id },
        { jobKey: jobKey(id), runAt: referral.releaseAt },
      );
      return;
    }
    const recipient = await directory.get(referral.recipientId);
    const built = recipient.active
      ? await buildPackage(db, {
          referral,
          recipient,
          sender,
          countryOf: options.countryOf,
          store: options.store,
          maxMediaBytes: settings.maxMediaBytes,
        })
      : undefined;
    await db.transaction().execute(async (trx) => {
      const at = now();
      const locked = await selectReferral(trx, id, true);
      if (!locked || locked.state !== 'held') return;
      if (!built) {
        await updateReferral(trx, id, { state: 'failed' });
        await appendReferralEvent(trx, id, 'failed', at, { reason: 'the recipient was deactivated' }, 'system');
        if (locked.decisionId && options.decisions && (await selectLiveSiblings(trx, locked.decisionId)) === 0)
          await options.decisions(trx, locked.decisionId, 'failed', { referralId: id, reason: 'recipient inactive' });
        return;
      }
      const digests = built.files.map((f) => sha256(f.bytes));
      await insertReferralFiles(trx, id, built.files, digests);
      await options.outbox.enqueue(trx, {
        idempotencyKey: jobKey(id),
        purpose: 'referral',
        subjectId: id,
        contacts: [
          { channel: recipient.channel, recipientId: recipient.id, label: `${recipient.channel}:${recipient.name}` },
        ],
        bodies: {},
      });
      await updateReferral(trx, id, { state: 'queued', queued_at: at });
      const files = built.files.map((f, i) => ({ name: f.name, sha256: digests[i] }));
      await appendReferralEvent(trx, id, 'queued', at, { files }, 'system');
      await appendAuditEvent(
        trx,
        systemActor,
        {
          action: 'referral.queued',
          subjectType: 'referral',
          subjectId: id,
          details: { channel: recipient.channel, files },
        },
        at,
      );
    });
  }

  async function transition(
    id: string,
    actor: Actor,
    change: (trx: Db, referral: Referral, at: Date) => Promise<void>,
  ): Promise<Referral> {
    await db.transaction().execute(async (trx) => {
      const referral = await selectReferral(trx, id, true);
      if (!referral) throw new ReferralError('REFERRAL_NOT_FOUND');
      await change(trx, referral, now());
    });
    return get(id);
  }

  const outboxHooks = () => referralOutboxHooks(logger, options.decisions);

  const auto = createAutoForwarding(deps, { createHeld, countryOf: options.countryOf });

  return {
    directory,
    requestReferral,
    /** An analyst's referral from the API (no casework decision behind it). */
    create: (
      body: { reportId: string; recipientId?: string; classification?: string; note?: string },
      staffId: string,
    ) =>
      db.transaction().execute((trx) =>
        requestReferral(trx, {
          decisionId: null,
          reportId: body.reportId,
          recipientId: body.recipientId ?? null,
          staffId,
          note: body.note ?? null,
          classification: body.classification ?? null,
        }),
      ),
    get,
    list: (filter: Parameters<typeof selectReferrals>[1]) => selectReferrals(db, filter),
    async details(id: string) {
      const referral = await get(id);
      const [events, files, messages] = await Promise.all([
        selectReferralEvents(db, id),
        selectReferralFileList(db, id),
        options.outbox.messagesOf('referral', [id]),
      ]);
      return { referral, events, files, messages };
    },
    release,
    forwardAutomatic: auto.forwardAutomatic,
    autoDecisions: (limit: number, outcome?: Parameters<typeof selectAutoDecisions>[2]) =>
      selectAutoDecisions(db, limit, outcome),
    /** Cancels a referral still in its undo window. */
    undo: (id: string, actor: Actor, reason?: string) =>
      transition(id, actor, async (trx, referral, at) => {
        if (referral.state !== 'held') throw new ReferralError('REFERRAL_NOT_HELD');
        await updateReferral(trx, id, { state: 'cancelled' });
        await appendReferralEvent(trx, id, 'undone', at, { reason: reason ?? null }, actorName(actor));
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'referral.undone',
            subjectType: 'referral',
            subjectId: id,
            details: { reportId: referral.reportId, origin: referral.origin },
          },
          at,
        );
      }),
    /** The recipient said it has the referral (with its own reference, if it gave one). */
    acknowledge: (id: string, body: { reference?: string; note?: string }, actor: Actor) =>
      transition(id, actor, async (trx, referral, at) => {
        if (referral.state !== 'sent' && referral.state !== 'acknowledged')
          throw new ReferralError('REFERRAL_NOT_DELIVERED');
        await updateReferral(trx, id, {
          state: 'acknowledged',
          acknowledged_at: at,
          recipient_reference: body.reference ?? referral.recipientReference,
        });
        await appendReferralEvent(
          trx,
          id,
          'acknowledged',
          at,
          { reference: body.reference ?? null, note: body.note ?? null },
          actorName(actor),
        );
        await appendAuditEvent(
          trx,
          actor,
          { action: 'referral.acknowledged', subjectType: 'referral', subjectId: id },
          at,
        );
      }),
    /** What the recipient did (arrest, child removed from harm, no action, ...), as it told the hotline. */
    recordOutcome: (id: string, body: RecordOutcomeBody, actor: Actor) =>
      transition(id, actor, async (trx, referral, at) => {
        if (referral.state !== 'sent' && referral.state !== 'acknowledged')
          throw new ReferralError('REFERRAL_NOT_DELIVERED');
        const reportedAt = body.reportedAt ? new Date(body.reportedAt) : at;
        await updateReferral(trx, id, {
          state: 'acknowledged',
          acknowledged_at: referral.acknowledgedAt ?? reportedAt,
          outcome: body.outcome,
          outcome_at: reportedAt,
        });
        await appendReferralEvent(
          trx,
          id,
          'outcome_recorded',
          at,
          { outcome: body.outcome, note: body.note ?? null, reportedAt: reportedAt.toISOString() },
          actorName(actor),
        );
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'referral.outcome-recorded',
            subjectType: 'referral',
            subjectId: id,
            details: { outcome: body.outcome },
          },
          at,
        );
      }),
    stats: (since: Date, until: Date) => selectReferralStats(db, since, until),
    outboxHooks,
    rules: createRuleAdmin(deps),
  };
}
