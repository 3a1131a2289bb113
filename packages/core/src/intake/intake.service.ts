import { createHmac, randomUUID } from 'node:crypto';
import { IntakeError } from './intake.errors.ts';
import type { PublishAlertInput, ReportSource, SubmitReportResult } from '@vigie/contract';
import { appendAuditEvent, appendAuditEvents, type Actor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { Db } from '../database.ts';
import { AppError, PlatformError } from '../platform/errors.ts';
import { createRateLimiter } from '../platform/http/rate-limiter.ts';
import { decryptJson, encryptJson, loadIntakeKey } from './contact-cipher.ts';
import { createGroupCommit } from './group-commit.ts';
import { exportReports, type ExportOptions } from './intake.export.ts';
import {
  erasePersonalDataBefore,
  findReportByFollowUpHash,
  insertAlert,
  insertFollowUp,
  insertReports,
  insertTriageEntries,
  linkUrls,
  listAlerts,
  markCapturePending,
  nextUrlPosition,
  type PreparedReport,
} from './intake.repository.ts';
import { checkFollowUp, checkReport, regionOf } from './intake.validation.ts';
import { cleanStrings, cleanText } from './text.ts';
import { followUpCodeHash, newFollowUpCode, newReportNumber } from './report-codes.ts';
import { triageReport } from './triage.ts';

/** Where a report came from. `address` is used for throttling and kept only if configured. */
export type SubmitOrigin = {
  source: ReportSource;
  language: string;
  actor: Actor;
  address: string;
  organisationId?: string | undefined;
};

type PublicAlertView = { id: string; title: string; body: string; language: string; publishedAt: string };
type Pending = { report: PreparedReport; actor: Actor; followUpCode: string };

export function createIntakeService(base: ServiceDeps) {
  const { config, db } = base;
  // One capture job per new URL, keyed by the URL's id so that it is captured once, all added in
  // one statement: per-job round trips cost more than the rest of a report's transaction.
  const enqueueCaptures = (trx: Db, urlIds: readonly string[]) =>
    base.enqueueMany(
      trx,
      'intake.capture-url',
      urlIds.map((urlId) => ({ payload: { urlId }, jobKey: `intake.capture-url:${urlId}` })),
    );
  const regions: ReadonlySet<string> = new Set(config.tiplineRegions.map((r) => r.code));
  let key: Buffer | undefined;
  const intakeKey = () => (key ??= loadIntakeKey(config.dataDir, config.intakeKey));
  // Anonymous submissions per address (the limiter keeps only an HMAC of it).
  const millis = () => base.now().getTime();
  const anonymousLimiter = createRateLimiter(config.intakeRatePerMinute, 60_000, millis);
  const followUpLimiter = createRateLimiter(Math.max(10, config.intakeRatePerMinute), 60_000, millis);
  const throttle = (limiter: typeof anonymousLimiter, address: string) => {
    const outcome = limiter.take(address);
    if (!outcome.allowed)
      throw new PlatformError('RATE_LIMITED', undefined, { retryAfterSeconds: outcome.retryAfterSeconds });
  };

  const committer = createGroupCommit<Pending, SubmitReportResult>(
    async (batch) => {
      const at = base.now();
      await db.transaction().execute(async (trx) => {
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
        await base.enqueue(trx, 'intake.triage-report', { reportIds: reports.map((r) => r.id) });
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
      });
      return batch.map((p) => ({ id: p.report.id, reportNumber: p.report.reportNumber, followUpCode: p.followUpCode }));
    },
    { maxBatch: 200, maxWaiting: 5000, inFlight: 2 },
  );

  function invalid(problems: Array<{ path: string; code: string }>): AppError {
    return new IntakeError('INTAKE_REPORT_INVALID', undefined, { fields: problems });
  }

  return {
    /** Resolves only once the report, its jobs and its audit event are committed. */
    async submitReport(input: unknown, origin: SubmitOrigin): Promise<SubmitReportResult> {
      if (origin.actor.type === 'anonymous') throttle(anonymousLimiter, origin.address);
      const { problems, report, urls } = checkReport(cleanStrings(input), regions);
      if (!report || problems.length > 0) throw invalid(problems);
      const contact = report.reporter?.contact;
      const hasContact = !!(contact?.email?.trim() || contact?.phone?.trim());
      const anonymous = report.anonymous ?? !hasContact;
      const triage = triageReport(report);
      const followUpCode = newFollowUpCode();
      const prepared: PreparedReport = {
        id: randomUUID(),
        reportNumber: newReportNumber(),
        followUpCodeHash: followUpCodeHash(followUpCode),
        type: report.type,
        source: origin.source,
        language: origin.language,
        description: (report.description ?? '').trim(),
        anonymous,
        incident: report.incident ?? {},
        suspect: report.suspect ?? {},
        victim: report.victim ?? {},
        region: regionOf(report),
        country: report.reporter?.country?.trim() || null,
        contactCiphertext: !anonymous && contact ? encryptJson(intakeKey(), contact) : null,
        address: config.intakeStoreAddress ? origin.address : null,
        organisationId: origin.organisationId ?? null,
        happeningNow: triage.happeningNow,
        hasPersonInfo: triage.hasPersonInfo,
        priority: triage.priority,
        urls,
      };
      return committer.submit({ report: prepared, actor: origin.actor, followUpCode });
    },

    /** Adds information to a report; the code grants no way to read it. */
    async addFollowUp(raw: unknown, origin: { actor: Actor; address: string }): Promise<{ reportNumber: string }> {
      throttle(followUpLimiter, origin.address);
      const { problems, followUp: input, urls } = checkFollowUp(cleanStrings(raw));
      if (!input || problems.length > 0) throw invalid(problems);
      const report = await findReportByFollowUpHash(db, followUpCodeHash(input.followUpCode));
      if (!report)
        throw new IntakeError('INTAKE_FOLLOW_UP_UNKNOWN', undefined, {
          fields: [{ path: 'followUpCode', code: 'follow_up_unknown' }],
        });
      const at = base.now();
      await db.transaction().execute(async (trx) => {
        const followUpId = await insertFollowUp(trx, report.id, input.information.trim(), at);
        const firstPosition = await nextUrlPosition(trx, report.id);
        await enqueueCaptures(trx, await linkUrls(trx, [{ reportId: report.id, urls, firstPosition }], at));
        await appendAuditEvent(
          trx,
          origin.actor,
          {
            action: 'report.follow-up-added',
            subjectType: 'report',
            subjectId: report.id,
            details: { followUpId, urls: urls.length },
          },
          at,
        );
      });
      return { reportNumber: report.report_number };
    },

    /** Job: the URL awaits the crawler. Nothing is fetched here: no crawler exists yet. */
    async requestCapture(urlId: string): Promise<void> {
      await markCapturePending(db, urlId, base.now());
    },

    /** Job: puts reports in the analyst queue with the priority computed at intake. Idempotent. */
    async queueReports(reportIds: readonly string[]): Promise<number> {
      return db.transaction().execute((trx) => insertTriageEntries(trx, reportIds));
    },

    /** Erases contact details and addresses older than the retention setting. */
    async erasePersonalData(): Promise<number> {
      if (config.intakeRetentionDays === 0) return 0;
      const now = base.now();
      const cutoff = new Date(now.getTime() - config.intakeRetentionDays * 86_400_000);
      return db.transaction().execute(async (trx) => {
        const erased = await erasePersonalDataBefore(trx, cutoff, now);
        if (erased > 0)
          await appendAuditEvent(
            trx,
            { type: 'system' },
            {
              action: 'report.personal-data-erased',
              details: { reports: erased, retentionDays: config.intakeRetentionDays },
            },
            now,
          );
        return erased;
      });
    },

    async publishAlert(input: PublishAlertInput, actor: Actor): Promise<PublicAlertView> {
      const at = base.now();
      const alert = {
        title: cleanText(input.title).trim(),
        body: cleanText(input.body).trim(),
        language: input.language,
        publishedAt: at,
      };
      return db.transaction().execute(async (trx) => {
        const publishedBy = actor.type === 'user' ? (actor.id ?? null) : null;
        const id = await insertAlert(trx, { ...alert, publishedBy });
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'alert.published',
            subjectType: 'public_alert',
            subjectId: id,
            details: { language: alert.language },
          },
          at,
        );
        return { id, ...alert, publishedAt: at.toISOString() };
      });
    },

    async listAlerts(language?: string): Promise<PublicAlertView[]> {
      return (await listAlerts(db, language, 50)).map((a) => ({ ...a, publishedAt: a.publishedAt.toISOString() }));
    },

    exportReports(options: Omit<ExportOptions, 'decrypt'> & { includeContact?: boolean }) {
      return exportReports(db, {
        ...options,
        decrypt: options.includeContact ? (sealed) => decryptJson(intakeKey(), sealed) : undefined,
      });
    },

    /** A key for `purpose` derived from the intake key (the tipline signs its forms with one). */
    deriveSecret(purpose: string): Buffer {
      return createHmac('sha256', intakeKey()).update(purpose).digest();
    },

    async close(): Promise<void> {
      await committer.idle();
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
