import { randomUUID } from 'node:crypto';
import type { CaseCloseReason, CaseReplyLanguage, CaseReplyTemplate, ReportType } from '@vigie/contract';
import { appendAuditEvent, systemActor, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { IntakeService } from '../intake/index.ts';
import type { NoticesService } from '../notices/index.ts';
import type { OutboxService } from '../outbox/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { CaseworkError } from './casework.errors.ts';
import type { CaseActionSinks, CaseActor, CaseDecisionKind, CaseDecisionState } from './casework.types.ts';
import { auditActor, isSupervisor, type Claims } from './claims.ts';
import {
  insertDecision,
  selectContactOf,
  selectDecision,
  selectMediaUrlsOfPages,
  selectNotifiableDetections,
  selectReportUrls,
  selectReportedType,
  setDecisionState,
  type DecisionRow,
} from './decision.repository.ts';
import { insertCaseEvent, lockCase, setClaim, updateCase, type LockedCase } from './queue.repository.ts';
import { hotlineName, renderReply, type ReplyTemplates } from './reply-templates.ts';

// Decisions on a case: each is one transaction that checks the caller's claim (renewing it),
// writes the decision, changes the case, hands outward work to its carrier (a sink, the outbox,
// a job) and appends the case event and the audit event. Nothing leaves the building here.

export type DecisionDeps = Readonly<{
  claims: Claims;
  sinks: CaseActionSinks;
  outbox: OutboxService;
  intake: Pick<IntakeService, 'openContact'>;
  notices: Pick<NoticesService, 'send'>;
  templates: () => Promise<ReplyTemplates>;
}>;

type Plan = Readonly<{
  state: CaseDecisionState;
  details: Record<string, unknown>;
  /** Outward work in the decision's transaction, once the decision row exists. */
  carry?: (trx: Db, decision: DecisionRow) => Promise<void>;
  closes?: CaseCloseReason;
  type?: ReportType;
}>;

export function createDecisions(deps: ServiceDeps, d: DecisionDeps) {
  const { db, now } = deps;

  async function decide(
    reportId: string,
    actor: CaseActor,
    kind: CaseDecisionKind,
    note: string | null,
    plan: (trx: Db, locked: LockedCase) => Promise<Plan>,
  ): Promise<DecisionRow> {
    const at = now();
    return db.transaction().execute(async (trx) => {
      const locked = await d.claims.lockForWork(trx, reportId, actor, at);
      const p = await plan(trx, locked);
      const decision = await insertDecision(
        trx,
        { id: randomUUID(), reportId, kind, state: p.state, staffId: actor.staffId, details: p.details, note },
        at,
      );
      await p.carry?.(trx, decision);
      if (p.closes) {
        await updateCase(trx, reportId, { state: 'closed', closeReason: p.closes, closedAt: at }, at);
        await setClaim(trx, reportId, null, at);
      } else
        await updateCase(
          trx,
          reportId,
          { state: 'in_review', ...(p.type ? { type: p.type, typeConfirmed: true } : {}) },
          at,
        );
      const summary = { decisionId: decision.id, kind, state: p.state, ...p.details };
      await insertCaseEvent(
        trx,
        {
          reportId,
          kind: p.closes ? 'closed' : 'decided',
          staffId: actor.staffId,
          decisionId: decision.id,
          details: summary,
        },
        at,
      );
      await appendAuditEvent(
        trx,
        auditActor(actor),
        { action: 'case.decided', subjectType: 'report', subjectId: reportId, details: summary },
        at,
      );
      return decision;
    });
  }

  /** A decision's progress, told by the feature carrying it out (in its transaction). */
  async function updateDecisionIn(
    trx: Db,
    decisionId: string,
    state: CaseDecisionState,
    details: Record<string, unknown>,
    actor: Actor,
  ): Promise<boolean> {
    const at = now();
    const decision = await selectDecision(trx, decisionId, true);
    if (!decision || decision.state === state) return false;
    await setDecisionState(trx, decisionId, state, details, at);
    const summary = { decisionId, kind: decision.kind, from: decision.state, state, ...details };
    await insertCaseEvent(
      trx,
      { reportId: decision.reportId, kind: 'decision_updated', staffId: null, decisionId, details: summary },
      at,
    );
    await appendAuditEvent(
      trx,
      actor,
      { action: 'case.decision-updated', subjectType: 'report', subjectId: decision.reportId, details: summary },
      at,
    );
    return true;
  }

  return {
    classify: (reportId: string, actor: CaseActor, type: ReportType, note: string | null) =>
      decide(reportId, actor, 'classify', note, async (trx) => {
        const reported = await selectReportedType(trx, reportId);
        return {
          state: 'recorded',
          details: { reportedType: reported, type, confirmed: reported === type },
          type,
        };
      }),

    forward: (reportId: string, actor: CaseActor, recipientId: string | null, note: string | null) =>
      decide(reportId, actor, 'forward', note, async () => ({
        state: 'queued',
        details: { recipientId },
        carry: (trx, decision) =>
          d.sinks.forward(trx, { decisionId: decision.id, reportId, recipientId, staffId: actor.staffId, note }),
      })),

    requestNotice: (reportId: string, actor: CaseActor, note: string | null) =>
      decide(reportId, actor, 'request_notice', note, async () => ({
        state: 'queued',
        details: {},
        carry: (trx, decision) =>
          deps.enqueue(
            trx,
            'casework.request-notice',
            { decisionId: decision.id },
            { jobKey: `case-notice:${decision.id}` },
          ),
      })),

    nominateForBlocklist: (reportId: string, actor: CaseActor, urls: readonly string[], note: string | null) =>
      decide(reportId, actor, 'nominate_blocklist', note, async (trx) => {
        const pages = await selectReportUrls(trx, reportId);
        const allowed = new Set([...pages, ...(await selectMediaUrlsOfPages(trx, pages))]);
        const outside = urls.filter((u) => !allowed.has(u));
        if (outside.length > 0)
          throw new CaseworkError('CASE_URL_NOT_IN_REPORT', undefined, { urls: outside.slice(0, 10) });
        return {
          state: 'queued',
          details: { urls },
          carry: (t, decision) =>
            d.sinks.nominateForBlocklist(t, { decisionId: decision.id, reportId, urls, staffId: actor.staffId }),
        };
      }),

    reply: (
      reportId: string,
      actor: CaseActor,
      input: { template: CaseReplyTemplate; language?: CaseReplyLanguage | undefined },
      note: string | null,
    ) =>
      decide(reportId, actor, 'educational_reply', note, async (trx) => {
        const report = await selectContactOf(trx, reportId);
        const contact = report?.sealed ? (d.intake.openContact(report.sealed) as { email?: string }) : undefined;
        const address = contact?.email?.trim();
        if (!report || !address) throw new CaseworkError('CASE_NO_CONTACT');
        const language = input.language ?? (report.language === 'fr' ? 'fr' : 'en');
        const email = renderReply(await d.templates(), input.template, language, {
          reportNumber: report.number,
          hotline: hotlineName(deps.config.notices.organisation, language),
        });
        return {
          state: 'queued',
          details: { template: input.template, language },
          carry: async (t, decision) => {
            await d.outbox.enqueue(t, {
              idempotencyKey: `case-reply:${decision.id}`,
              purpose: 'case_reply',
              subjectId: decision.id,
              contacts: [{ channel: 'email', address }],
              bodies: { email },
            });
          },
        };
      }),

    close: (reportId: string, actor: CaseActor, reason: CaseCloseReason, note: string | null) =>
      decide(reportId, actor, 'close', note, async () => ({ state: 'recorded', details: { reason }, closes: reason })),

    /** A supervisor takes a closed case back into review. */
    async reopen(reportId: string, actor: CaseActor, note: string | null): Promise<void> {
      if (!isSupervisor(actor)) throw new CaseworkError('CASE_CLOSED');
      const at = now();
      await db.transaction().execute(async (trx) => {
        const locked = await lockCase(trx, reportId);
        if (!locked) throw new CaseworkError('CASE_NOT_FOUND');
        if (locked.state !== 'closed') throw new CaseworkError('CASE_NOT_CLOSED');
        await updateCase(trx, reportId, { state: 'in_review', closeReason: null, closedAt: null }, at);
        const details = note ? { note } : {};
        await insertCaseEvent(trx, { reportId, kind: 'reopened', staffId: actor.staffId, details }, at);
        await appendAuditEvent(
          trx,
          auditActor(actor),
          { action: 'case.reopened', subjectType: 'report', subjectId: reportId, details },
          at,
        );
      });
    },

    updateDecisionIn,

    /** The request_notice job: the case's detections go to the notices feature, the outcome is recorded. */
    async carryOutNoticeRequest(decisionId: string): Promise<void> {
      const decision = await selectDecision(db, decisionId);
      if (!decision || decision.kind !== 'request_notice' || decision.state !== 'queued') return;
      const ids = await selectNotifiableDetections(db, await selectReportUrls(db, decision.reportId));
      if (ids.length === 0) {
        await db
          .transaction()
          .execute((trx) =>
            updateDecisionIn(trx, decisionId, 'nothing_to_do', { reason: 'no_detection' }, systemActor),
          );
        return;
      }
      // Recipients are resolved by the notices feature outside any transaction; a crash between
      // its notices and this record sends them again (at least once, as the outbox).
      const sent = await d.notices.send(
        { detectionIds: ids, ...(decision.note ? { note: decision.note } : {}) },
        { type: 'user', id: decision.staffId, address: null },
      );
      await db
        .transaction()
        .execute((trx) =>
          updateDecisionIn(
            trx,
            decisionId,
            sent.notices.length > 0 ? 'done' : 'failed',
            { notices: sent.notices.map((n) => n.id), unresolved: sent.unresolved.length },
            systemActor,
          ),
        );
    },

    /** Outbox hooks of educational replies: the decision is done once the reporter's server took it. */
    replyHooks() {
      return {
        onSent: async (trx: Db, message: { subjectId: string }) => {
          await updateDecisionIn(trx, message.subjectId, 'done', {}, systemActor);
        },
        onGaveUp: async (trx: Db, message: { subjectId: string; lastError: string | null }) => {
          await updateDecisionIn(trx, message.subjectId, 'failed', { error: message.lastError }, systemActor);
        },
      };
    },
  };
}

export type Decisions = ReturnType<typeof createDecisions>;
