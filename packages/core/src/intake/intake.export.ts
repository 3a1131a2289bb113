import type { Db } from '../database.ts';

export type ExportOptions = {
  since?: Date | undefined;
  batchSize?: number;
  decrypt?: ((sealed: Buffer) => unknown) | undefined;
};

export type ExportedReport = {
  id: string;
  reportNumber: string;
  type: string;
  status: string;
  source: string;
  language: string;
  receivedAt: string;
  priority: number;
  description: string;
  anonymous: boolean;
  incident: unknown;
  suspect: unknown;
  victim: unknown;
  reporter: { region: string | null; country: string | null; contact?: unknown };
  urls: Array<{ url: string; captureState: string }>;
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
    let query = db.selectFrom('report').selectAll().orderBy('received_at').orderBy('id').limit(batchSize);
    if (options.since) query = query.where('received_at', '>=', options.since);
    if (after) {
      const cursor = after;
      query = query.where((eb) => eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(cursor.at, cursor.id)));
    }
    const rows = await query.execute();
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const urls = await db
      .selectFrom('report_url')
      .innerJoin('reported_url', 'reported_url.id', 'report_url.url_id')
      .select(['report_url.report_id', 'reported_url.url', 'reported_url.capture_state'])
      .where('report_url.report_id', 'in', ids)
      .orderBy('report_url.report_id')
      .orderBy('report_url.position')
      .execute();
    const followUps = await db
      .selectFrom('report_follow_up')
      .select(['report_id', 'information', 'received_at'])
      .where('report_id', 'in', ids)
      .orderBy('id')
      .execute();
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
