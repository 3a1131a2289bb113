import type {
  CaseCloseReason,
  CaseDecision,
  CaseQueueQuery,
  CaseQueuePage,
  CaseReplyLanguage,
  CaseReplyTemplate,
  CaseSummary,
  ReportType,
  StaffReportBody,
  SubmitReportResult,
} from '@vigie/contract';
import { appendAuditEvent } from '../audit/index.ts';
import type { CrawlerService } from '../crawler/index.ts';
import type { IntakeService } from '../intake/index.ts';
import type { NoticesService } from '../notices/index.ts';
import type { OutboxService } from '../outbox/index.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createCasePage } from './case-page.ts';
import { CaseworkError } from './casework.errors.ts';
import type { AddressFacts, CaseActionSinks, CaseActor } from './casework.types.ts';
import { auditActor, createClaims, isLive, isSupervisor, toSummary } from './claims.ts';
import { selectContactOf, type DecisionRow } from './decision.repository.ts';
import { createDecisions } from './decisions.ts';
import { decodeCursor, encodeCursor } from './queue-cursor.ts';
import {
  insertCaseEvent,
  lockCase,
  renewClaim,
  selectCase,
  selectQueuePage,
  selectStateCounts,
} from './queue.repository.ts';
import type { ReplyTemplates } from './reply-templates.ts';

// Casework: the triage queue over triaged reports, claims, staff intake, the case page, the
// audited view of contact details and the decisions (decisions.ts). Routes and jobs take this
// service, never the AppContext.

export type CaseworkOptions = Readonly<{
  intake: IntakeService;
  crawler: Pick<CrawlerService, 'capturesOfUrl'>;
  outbox: OutboxService;
  notices: Pick<NoticesService, 'send'>;
  store: Pick<MediaStore, 'get'>;
  addressFacts: AddressFacts;
  /** The reply templates as they are now (files, or what an administrator saved over them). */
  templates: () => Promise<ReplyTemplates>;
  /** Where forwards and blocklist nominations go (queuedActionSinks until those features land). */
  sinks: CaseActionSinks;
}>;

const toDecision = (d: DecisionRow): CaseDecision => ({
  id: d.id,
  kind: d.kind,
  state: d.state,
  staffId: d.staffId,
  details: d.details,
  note: d.note,
  decidedAt: d.decidedAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
});

export function createCaseworkService(deps: ServiceDeps, options: CaseworkOptions) {
  const { db, now } = deps;
  const claims = createClaims(deps);
  const decisions = createDecisions(deps, { claims, ...options });
  const page = createCasePage({ db, ...options });

  async function summary(reportId: string, viewer: string): Promise<CaseSummary> {
    const row = await selectCase(db, reportId);
    if (!row) throw new CaseworkError('CASE_NOT_FOUND');
    return toSummary(row, viewer, now());
  }

  const decided = async (decision: Promise<DecisionRow>, actor: CaseActor) => {
    const d = await decision;
    return { case: await summary(d.reportId, actor.staffId), decision: toDecision(d) };
  };

  return {
    async queue(query: CaseQueueQuery, viewer: string): Promise<CaseQueuePage> {
      const at = now();
      const limit = query.limit ?? 50;
      const assignee = query.assignee === 'me' ? viewer : query.assignee === 'none' ? null : query.assignee;
      const rows = await selectQueuePage(
        db,
        { state: query.state, type: query.type, region: query.region, source: query.source, assignee },
        query.after ? decodeCursor(query.after) : undefined,
        limit + 1,
        at,
      );
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        cases: pageRows.map((r) => toSummary(r, viewer, at)),
        next:
          rows.length > limit && last
            ? encodeCursor({ rank: -last.priority, receivedAt: last.receivedAt, reportId: last.reportId })
            : null,
        counts: await selectStateCounts(db),
      };
    },

    counts: () => selectStateCounts(db),

    async claim(reportId: string, actor: CaseActor): Promise<CaseSummary> {
      await db.transaction().execute((trx) => claims.claim(trx, reportId, actor));
      return summary(reportId, actor.staffId);
    },

    async release(reportId: string, actor: CaseActor, note: string | null): Promise<CaseSummary> {
      await db.transaction().execute((trx) => claims.release(trx, reportId, actor, note));
      return summary(reportId, actor.staffId);
    },

    /** A report taken by phone or e-mail, through the public intake (same checks, same triage). */
    submitStaffReport(body: StaffReportBody, actor: CaseActor): Promise<SubmitReportResult> {
      return options.intake.submitReport(body.report, {
        source: body.source,
        language: body.language,
        actor: auditActor(actor),
        address: actor.address ?? '',
      });
    },

    /** The case page; reading it is activity on the case (the viewer's claim is renewed). */
    async page(reportId: string, actor: CaseActor) {
      const at = now();
      await renewClaim(db, reportId, actor.staffId, claims.expiry(at), at);
      return page.read(reportId, await summary(reportId, actor.staffId));
    },

    renderCapture: (reportId: string, captureId: string) => page.renderCapture(reportId, captureId),

    /**
     * The reporter's contact details, for a supervisor, or the analyst holding the case's claim;
     * the view is audited (and in the case's history) before the details are returned.
     */
    async viewContact(reportId: string, actor: CaseActor) {
      const at = now();
      const sealed = await db.transaction().execute(async (trx) => {
        const locked = isSupervisor(actor)
          ? await lockCase(trx, reportId)
          : await claims.lockForWork(trx, reportId, actor, at);
        if (!locked) throw new CaseworkError('CASE_NOT_FOUND');
        const report = await selectContactOf(trx, reportId);
        const details = {
          hasContact: !!report?.sealed,
          claimHeld: isLive(locked, at) && locked.claimedBy === actor.staffId,
        };
        await insertCaseEvent(trx, { reportId, kind: 'contact_viewed', staffId: actor.staffId, details }, at);
        await appendAuditEvent(
          trx,
          auditActor(actor),
          { action: 'case.contact-viewed', subjectType: 'report', subjectId: reportId, details },
          at,
        );
        return report;
      });
      return {
        contact: sealed?.sealed ? (options.intake.openContact(sealed.sealed) as Record<string, string>) : null,
        erased: sealed?.erasedAt !== null && sealed?.erasedAt !== undefined,
      };
    },

    classify: (reportId: string, actor: CaseActor, type: ReportType, note: string | null) =>
      decided(decisions.classify(reportId, actor, type, note), actor),
    forward: (reportId: string, actor: CaseActor, recipientId: string | null, note: string | null) =>
      decided(decisions.forward(reportId, actor, recipientId, note), actor),
    requestNotice: (reportId: string, actor: CaseActor, note: string | null) =>
      decided(decisions.requestNotice(reportId, actor, note), actor),
    nominateForBlocklist: (reportId: string, actor: CaseActor, urls: readonly string[], note: string | null) =>
      decided(decisions.nominateForBlocklist(reportId, actor, urls, note), actor),
    reply: (
      reportId: string,
      actor: CaseActor,
      input: { template: CaseReplyTemplate; language?: CaseReplyLanguage | undefined },
      note: string | null,
    ) => decided(decisions.reply(reportId, actor, input, note), actor),
    close: (reportId: string, actor: CaseActor, reason: CaseCloseReason, note: string | null) =>
      decided(decisions.close(reportId, actor, reason, note), actor),
    async reopen(reportId: string, actor: CaseActor, note: string | null): Promise<CaseSummary> {
      await decisions.reopen(reportId, actor, note);
      return summary(reportId, actor.staffId);
    },

    /**
     * For the features that carry out forwards and nominations: a decision's outcome, in the
     * caller's transaction (with a case event and an audit event). False when nothing changed.
     */
    updateDecision: decisions.updateDecisionIn,
    carryOutNoticeRequest: decisions.carryOutNoticeRequest,
    replyHooks: decisions.replyHooks,
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
