import type { SubmitReportResult } from '@vigie/contract';
import { appendAuditEvents, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { insertReports, linkUrls, type PreparedReport } from './intake.repository.ts';
import { insertReceipts, submittedReportKeys } from './receipt.repository.ts';
import { receiptIdHash, receiptLifetimeMs, sealReceipt } from './receipts.ts';

/** A report waiting for its group commit; `receiptId` names its confirmation on the public site. */
export type PendingReport = {
  report: PreparedReport;
  actor: Actor;
  followUpCode: string;
  selfReport: boolean;
  receiptId: string | undefined;
};

/** A report filed, or `duplicate`: its form had already filed one (a double click, a reload). */
export type CommitOutcome = SubmitReportResult | 'duplicate';

/**
 * One transaction for a batch: the reports, their URLs, one capture job per new URL, one triage
 * job, the confirmations the public site will show, and one audit event per report, last.
 */
export function createReportCommitter(
  deps: Pick<ServiceDeps, 'db' | 'now' | 'enqueue'>,
  enqueueCaptures: (trx: Db, urlIds: readonly string[]) => Promise<void>,
) {
  return async (batch: PendingReport[]): Promise<CommitOutcome[]> => {
    const at = deps.now();
    return deps.db.transaction().execute(async (trx) => {
      // A second copy of a form files nothing. Copies racing in two transactions meet at the
      // unique index: the batch fails, the group commit retries each alone, and this check sees it.
      const filed = await submittedReportKeys(
        trx,
        batch.flatMap((p) => (p.report.submissionKeyHash ? [p.report.submissionKeyHash] : [])),
      );
      const fresh = batch.filter((p) => {
        const key = p.report.submissionKeyHash;
        if (key === null) return true;
        if (filed.has(key)) return false;
        filed.add(key);
        return true;
      });
      if (fresh.length > 0) await commitFresh(trx, fresh, at);
      return batch.map((p) =>
        fresh.includes(p)
          ? { id: p.report.id, reportNumber: p.report.reportNumber, followUpCode: p.followUpCode }
          : 'duplicate',
      );
    });
  };

  async function commitFresh(trx: Db, batch: PendingReport[], at: Date): Promise<void> {
    const reports = batch.map((p) => p.report);
    await insertReports(trx, reports, at);
    await enqueueCaptures(
      trx,
      await linkUrls(
        trx,
        reports.map((r) => ({ reportId: r.id, urls: r.urls, firstPosition: 0 })),
        at,
      ),
    );
    await deps.enqueue(trx, 'intake.triage-report', { reportIds: reports.map((r) => r.id) });
    // Sealed only now: a report number clash may have given a report a new number.
    await insertReceipts(
      trx,
      batch.flatMap(({ report, followUpCode, selfReport, receiptId }) =>
        receiptId === undefined
          ? []
          : [
              {
                idHash: receiptIdHash(receiptId),
                reportId: report.id,
                sealed: sealReceipt(receiptId, {
                  kind: 'report',
                  reportNumber: report.reportNumber,
                  followUpCode,
                  happeningNow: report.happeningNow,
                  selfReport,
                }),
                expiresAt: new Date(at.getTime() + receiptLifetimeMs),
              },
            ],
      ),
    );
    // Audit last: it takes the chain lock, held until this commit.
    const events = batch.map(({ report, actor }) => ({
      actor,
      entry: {
        action: 'report.received',
        subjectType: 'report',
        subjectId: report.id,
        details: {
          reportNumber: report.reportNumber,
          type: report.type,
          source: report.source,
          urls: report.urls.length,
        },
      },
    }));
    await appendAuditEvents(trx, events, at);
  }
}
