import { createHmac, randomUUID } from 'node:crypto';
import { IntakeError } from './intake.errors.ts';
import type { PublishAlertInput, ReportSource, SubmitReportResult } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Region } from '../platform/config.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { Db } from '../database.ts';
import { isUniqueViolation } from '../platform/db/database.ts';
import { AppError, PlatformError } from '../platform/errors.ts';
import type { RateLimiter } from '../platform/http/shared-rate-limiter.ts';
import { decryptJson, encryptJson, loadIntakeKey } from './contact-cipher.ts';
import { createGroupCommit } from '../platform/db/group-commit.ts';
import { createReportCommitter, type CommitOutcome, type PendingReport } from './intake.commit.ts';
import { exportReports, type ExportOptions } from './intake.export.ts';
import {
  erasePersonalDataBefore,
  findReportByFollowUpHash,
  insertAlert,
  insertFollowUp,
  insertTriageEntries,
  linkUrls,
  listAlerts,
  withdrawAlert,
  markCapturePending,
  nextUrlPosition,
  type PreparedReport,
} from './intake.repository.ts';
import { checkFollowUp, checkReport, regionOf } from './intake.validation.ts';
import { deleteExpiredReceipts, insertReceipts, isFollowUpSubmitted, takeReceipt } from './receipt.repository.ts';
import {
  openReceipt as openSealedReceipt,
  receiptIdHash,
  receiptLifetimeMs,
  relayedReceiptLifetimeMs,
  sealReceipt,
  submissionKeyHash,
  type ReceiptContent,
  type ReceiptRequest,
} from './receipts.ts';
import { cleanStrings, cleanText } from './text.ts';
import { createAlertDrafts } from './alert-drafts.service.ts';
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

/** `regions`: the regions a report may name, now (installation settings can change them); answered without waiting. */
export type IntakeOptions = Readonly<{
  regions: () => readonly Region[];
  /** Days personal data is kept, now (installation settings can change it); 0 keeps it. */
  retentionDays: () => Promise<number>;
}>;

export function createIntakeService(base: ServiceDeps, options: IntakeOptions) {
  const { config, db } = base;
  // One capture job per new URL, keyed by the URL's id so that it is captured once, all added in
  // one statement: per-job round trips cost more than the rest of a report's transaction.
  const enqueueCaptures = (trx: Db, urlIds: readonly string[]) =>
    base.enqueueMany(
      trx,
      'intake.capture-url',
      urlIds.map((urlId) => ({ payload: { urlId }, jobKey: `intake.capture-url:${urlId}` })),
    );
  let key: Buffer | undefined;
  const intakeKey = () => (key ??= loadIntakeKey(config.dataDir, config.intakeKey));
  // Anonymous submissions per address, one limit across every process (kept only as an HMAC).
  const anonymousLimiter = base.rateLimit('intake-report', config.intakeRatePerMinute, 60_000);
  const followUpLimiter = base.rateLimit('intake-follow-up', Math.max(10, config.intakeRatePerMinute), 60_000);
  const throttle = async (limiter: RateLimiter, address: string) => {
    const outcome = await limiter.take(address);
    if (!outcome.allowed)
      throw new PlatformError('RATE_LIMITED', undefined, { retryAfterSeconds: outcome.retryAfterSeconds });
  };

  const committer = createGroupCommit<PendingReport, CommitOutcome>(createReportCommitter(base, enqueueCaptures), {
    maxBatch: 200,
    maxWaiting: 5000,
    inFlight: 2,
    busy: () => new IntakeError('INTAKE_BUSY'),
  });

  function invalid(problems: Array<{ path: string; code: string }>): AppError {
    return new IntakeError('INTAKE_REPORT_INVALID', undefined, { fields: problems });
  }

  return {
    /**
     * Resolves only once the report, its jobs and its audit event are committed. With a receipt
     * (the public site's forms), the form's key files once: a second copy is INTAKE_ALREADY_SUBMITTED,
     * and the confirmation waits under the receipt id for `openReceipt`.
     */
    async submitReport(input: unknown, origin: SubmitOrigin, receipt?: ReceiptRequest): Promise<SubmitReportResult> {
      if (origin.actor.type === 'anonymous') await throttle(anonymousLimiter, origin.address);
      const regions = new Set(options.regions().map((r) => r.code));
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
        submissionKeyHash: receipt ? submissionKeyHash(receipt.submissionKey) : null,
      };
      const outcome = await committer.submit({
        report: prepared,
        actor: origin.actor,
        followUpCode,
        selfReport: report.victim?.reporterIsVictim === true,
        receiptId: receipt?.receiptId,
      });
      if (outcome === 'duplicate') throw new IntakeError('INTAKE_ALREADY_SUBMITTED');
      return outcome;
    },

    /** Adds information to a report; the code grants no way to read it. A receipt works as in submitReport. */
    async addFollowUp(
      raw: unknown,
      origin: { actor: Actor; address: string },
      receipt?: ReceiptRequest,
    ): Promise<{ reportNumber: string }> {
      await throttle(followUpLimiter, origin.address);
      const { problems, followUp: input, urls } = checkFollowUp(cleanStrings(raw));
      if (!input || problems.length > 0) throw invalid(problems);
      const report = await findReportByFollowUpHash(db, followUpCodeHash(input.followUpCode));
      if (!report)
        throw new IntakeError('INTAKE_FOLLOW_UP_UNKNOWN', undefined, {
          fields: [{ path: 'followUpCode', code: 'follow_up_unknown' }],
        });
      const at = base.now();
      const keyHash = receipt ? submissionKeyHash(receipt.submissionKey) : null;
      if (keyHash && (await isFollowUpSubmitted(db, keyHash))) throw new IntakeError('INTAKE_ALREADY_SUBMITTED');
      const information = input.information.trim();
      await db.transaction().execute(async (trx) => {
        const followUpId = await insertFollowUp(
          trx,
          { reportId: report.id, information, submissionKeyHash: keyHash },
          at,
        ).catch((error: unknown) => {
          // The same form sent twice at once: the other copy is being stored.
          throw isUniqueViolation(error) ? new IntakeError('INTAKE_ALREADY_SUBMITTED') : error;
        });
        const firstPosition = await nextUrlPosition(trx, report.id);
        await enqueueCaptures(trx, await linkUrls(trx, [{ reportId: report.id, urls, firstPosition }], at));
        if (receipt)
          await insertReceipts(trx, [
            {
              idHash: receiptIdHash(receipt.receiptId),
              reportId: report.id,
              sealed: sealReceipt(receipt.receiptId, { kind: 'follow-up', reportNumber: report.report_number }),
              expiresAt: new Date(at.getTime() + receiptLifetimeMs),
            },
          ]);
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

    /**
     * The confirmation waiting under `receiptId`, deleted as it is read: it is shown once. With
     * `relayId`, the same confirmation waits again under that id (the page's language switch).
     */
    async openReceipt(receiptId: string, relayId?: string): Promise<ReceiptContent | undefined> {
      const at = base.now();
      return db.transaction().execute(async (trx) => {
        const row = await takeReceipt(trx, receiptIdHash(receiptId), at);
        const content = row && openSealedReceipt(receiptId, row.sealed);
        if (!row || !content) return undefined;
        if (relayId)
          await insertReceipts(trx, [
            {
              idHash: receiptIdHash(relayId),
              reportId: row.report_id,
              sealed: sealReceipt(relayId, content),
              expiresAt: new Date(at.getTime() + relayedReceiptLifetimeMs),
            },
          ]);
        return content;
      });
    },

    /** Job: forgets confirmations nobody came to see. */
    async purgeReceipts(): Promise<number> {
      return deleteExpiredReceipts(db, base.now());
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
      const retentionDays = await options.retentionDays();
      if (retentionDays === 0) return 0;
      const now = base.now();
      const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
      return db.transaction().execute(async (trx) => {
        const erased = await erasePersonalDataBefore(trx, cutoff, now);
        if (erased > 0)
          await appendAuditEvent(
            trx,
            { type: 'system' },
            {
              action: 'report.personal-data-erased',
              details: { reports: erased, retentionDays },
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

    /** Takes a published alert off the tipline; the row and its audit event stay for the record. */
    async withdrawAlert(id: string, reason: string | undefined, actor: Actor): Promise<void> {
      const at = base.now();
      await db.transaction().execute(async (trx) => {
        const by = actor.type === 'user' ? (actor.id ?? null) : null;
        if (!(await withdrawAlert(trx, id, by, at))) throw new IntakeError('INTAKE_ALERT_NOT_PUBLISHED');
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'alert.withdrawn',
            subjectType: 'public_alert',
            subjectId: id,
            details: reason ? { reason: cleanText(reason).trim() } : {},
          },
          at,
        );
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

    /** A report's contact details, decrypted (casework shows them to allowed roles, each view audited). */
    openContact(sealed: Buffer): unknown {
      return decryptJson(intakeKey(), sealed);
    },

    /** A key for `purpose` derived from the intake key (the tipline signs its forms with one). */
    deriveSecret(purpose: string): Buffer {
      return createHmac('sha256', intakeKey()).update(purpose).digest();
    },

    ...createAlertDrafts(base),

    async close(): Promise<void> {
      await committer.idle();
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
