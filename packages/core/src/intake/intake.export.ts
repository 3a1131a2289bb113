import type { CaptureState, ReportSource, ReportStatus, ReportType } from '@vigie/contract';
import type { Db } from '../database.ts';
import { selectFollowUps, selectReportPage, selectReportUrls } from './intake.repository.ts';

export type ExportOptions = {
  since?: Date | undefined;
  batchSize?: number;
  decrypt?: ((sealed: Buffer) => unknown) | undefined;
};

export type ExportedReport = {
  id: string;
  reportNumber: string;
  type: ReportType;
  status: ReportStatus;
  source: ReportSource;
  language: string;
  receivedAt: string;
  priority: number;
  description: string;
  anonymous: boolean;
  incident: unknown;
  suspect: unknown;
  victim: unknown;
  reporter: { region: string | null; country: string | null; contact?: unknown };
  urls: Array<{ url: string; captureState: CaptureState }>;
  followUps: Array<{ information: string; receivedAt: string }>;
};

/**
 * Every report in the order received (keyset pages, so memory stays flat however many there are),
 * with its URLs and follow-ups. Contact details only when a decrypt function is given.
 */
export async function* exportReports(db: Db, options: ExportOptions = {}): AsyncGenerator<ExportedReport> {
  const batchSize = options.batchSize ?? 1000;
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const rows = await selectReportPage(db, { since: options.since, after, limit: batchSize });
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const urls = await selectReportUrls(db, ids);
    const followUps = await selectFollowUps(db, ids);
    const urlsOf = group(urls, (u) => u.report_id);
    const followUpsOf = group(followUps, (f) => f.report_id);
    for (const r of rows) {
      yield {
        id: r.id,
        reportNumber: r.report_number,
        type: r.type,
        status: r.status,
        source: r.source,
        language: r.language,
        receivedAt: r.received_at.toISOString(),
        priority: r.priority,
        description: r.description,
        anonymous: r.anonymous,
        incident: r.incident,
        suspect: r.suspect,
        victim: r.victim,
        reporter: {
          region: r.reporter_region,
          country: r.reporter_country,
          ...(options.decrypt && r.contact_ciphertext ? { contact: options.decrypt(r.contact_ciphertext) } : {}),
        },
        urls: (urlsOf.get(r.id) ?? []).map((u) => ({ url: u.url, captureState: u.capture_state })),
        followUps: (followUpsOf.get(r.id) ?? []).map((f) => ({
          information: f.information,
          receivedAt: f.received_at.toISOString(),
        })),
      };
    }
    const last = rows[rows.length - 1] as (typeof rows)[number];
    after = { at: last.received_at, id: last.id };
    if (rows.length < batchSize) return;
  }
}

function group<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
