import type { ReportSource, ReportType } from '@vigie/contract';
import type { Db } from '../database.ts';
import { newReportNumber } from './report-codes.ts';
import type { NormalisedUrl } from './url-normaliser.ts';

/** A validated report ready to insert: ids and codes are made before the transaction. */
export type PreparedReport = {
  id: string;
  reportNumber: string;
  followUpCodeHash: string;
  type: ReportType;
  source: ReportSource;
  language: string;
  description: string;
  anonymous: boolean;
  incident: Record<string, unknown>;
  suspect: Record<string, unknown>;
  victim: Record<string, unknown>;
  region: string | null;
  country: string | null;
  contactCiphertext: Buffer | null;
  address: string | null;
  organisationId: string | null;
  happeningNow: boolean;
  hasPersonInfo: boolean;
  priority: number;
  urls: NormalisedUrl[];
  submissionKeyHash: string | null;
};

/** Inserts the reports; a (rare) report number clash gets a fresh number. */
export async function insertReports(trx: Db, reports: PreparedReport[], receivedAt: Date): Promise<void> {
  let pending = reports;
  while (pending.length > 0) {
    const inserted = await trx
      .insertInto('report')
      .values(
        pending.map((r) => ({
          id: r.id,
          report_number: r.reportNumber,
          follow_up_code_hash: r.followUpCodeHash,
          type: r.type,
          source: r.source,
          language: r.language,
          description: r.description,
          anonymous: r.anonymous,
          incident: JSON.stringify(r.incident),
          suspect: JSON.stringify(r.suspect),
          victim: JSON.stringify(r.victim),
          reporter_region: r.region,
          reporter_country: r.country,
          contact_ciphertext: r.contactCiphertext,
          reporter_address: r.address,
          partner_organisation_id: r.organisationId,
          happening_now: r.happeningNow,
          has_person_info: r.hasPersonInfo,
          priority: r.priority,
          received_at: receivedAt,
          submission_key_hash: r.submissionKeyHash,
        })),
      )
      .onConflict((oc) => oc.column('report_number').doNothing())
      .returning('id')
      .execute();
    const done = new Set(inserted.map((row) => row.id));
    pending = pending.filter((r) => !done.has(r.id));
    for (const r of pending) r.reportNumber = newReportNumber();
  }
}

/**
 * Links reports to their URLs, creating each URL once however many reports name it; returns
 * the ids of URLs seen for the first time (they need a capture).
 */
export async function linkUrls(
  trx: Db,
  links: Array<{ reportId: string; urls: NormalisedUrl[]; firstPosition: number }>,
  at: Date,
): Promise<string[]> {
  const distinct = new Map<string, NormalisedUrl>();
  for (const link of links) for (const u of link.urls) distinct.set(u.url, u);
  if (distinct.size === 0) return [];
  // DO NOTHING, then look up the URLs that already existed: a URL reported by many people at once
  // is never row-locked, so concurrent commits do not queue behind each other on it.
  const values = [...distinct.values()]
    .sort((a, b) => (a.url < b.url ? -1 : 1))
    .map((u) => ({ url: u.url, host: u.host, first_reported_at: at }));
  const created = await trx
    .insertInto('reported_url')
    .values(values)
    .onConflict((oc) => oc.column('url').doNothing())
    .returning(['id', 'url'])
    .execute();
  const createdUrls = new Set(created.map((r) => r.url));
  const existing =
    values.length === created.length
      ? []
      : await trx
          .selectFrom('reported_url')
          .select(['id', 'url'])
          .where(
            'url',
            'in',
            values.filter((v) => !createdUrls.has(v.url)).map((v) => v.url),
          )
          .execute();
  const rows = [...created.map((r) => ({ ...r, inserted: true })), ...existing.map((r) => ({ ...r, inserted: false }))];
  const idOf = new Map(rows.map((r) => [r.url, r.id]));
  const reportUrls = links.flatMap((link) =>
    link.urls.map((u, i) => ({
      report_id: link.reportId,
      url_id: idOf.get(u.url) as string,
      position: link.firstPosition + i,
    })),
  );
  await trx
    .insertInto('report_url')
    .values(reportUrls)
    .onConflict((oc) => oc.columns(['report_id', 'url_id']).doNothing())
    .execute();
  return rows.filter((r) => r.inserted).map((r) => r.id);
}

export async function findReportByFollowUpHash(db: Db, followUpCodeHash: string) {
  return db
    .selectFrom('report')
    .select(['id', 'report_number'])
    .where('follow_up_code_hash', '=', followUpCodeHash)
    .executeTakeFirst();
}

export async function insertFollowUp(
  trx: Db,
  followUp: { reportId: string; information: string; submissionKeyHash: string | null },
  at: Date,
): Promise<string> {
  const row = await trx
    .insertInto('report_follow_up')
    .values({
      report_id: followUp.reportId,
      information: followUp.information,
      received_at: at,
      submission_key_hash: followUp.submissionKeyHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** The position after the report's last URL: URLs added later keep their order after the first ones. */
export async function nextUrlPosition(trx: Db, reportId: string): Promise<number> {
  const last = await trx
    .selectFrom('report_url')
    .select((e) => e.fn.max('position').as('max'))
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return Number(last?.max ?? -1) + 1;
}

export async function markCapturePending(db: Db, urlId: string, at: Date): Promise<void> {
  await db
    .updateTable('reported_url')
    .set({ capture_state: 'capture_pending', capture_requested_at: at })
    .where('id', '=', urlId)
    .where('capture_state', '=', 'new')
    .execute();
}

/** Puts reports in the analyst queue with their stored priority; returns how many were new there. */
export async function insertTriageEntries(trx: Db, reportIds: readonly string[]): Promise<number> {
  const rows = await trx
    .insertInto('triage_entry')
    .columns(['report_id', 'priority', 'received_at'])
    .expression((eb) =>
      eb
        .selectFrom('report')
        .select(['id', 'priority', 'received_at'])
        .where('id', 'in', [...reportIds]),
    )
    .onConflict((oc) => oc.column('report_id').doNothing())
    .returning('report_id')
    .execute();
  await trx
    .updateTable('report')
    .set({ status: 'queued' })
    .where('id', 'in', [...reportIds])
    .where('status', '=', 'received')
    .execute();
  return rows.length;
}

/** Forgets contact details and addresses of reports received before `cutoff`; returns how many. */
export async function erasePersonalDataBefore(trx: Db, cutoff: Date, at: Date): Promise<number> {
  const rows = await trx
    .updateTable('report')
    .set({ contact_ciphertext: null, reporter_address: null, personal_data_erased_at: at })
    .where('received_at', '<', cutoff)
    .where((eb) => eb.or([eb('contact_ciphertext', 'is not', null), eb('reporter_address', 'is not', null)]))
    .returning('id')
    .execute();
  return rows.length;
}

export type AlertRow = { id: string; title: string; body: string; language: string; publishedAt: Date };

export async function insertAlert(trx: Db, alert: Omit<AlertRow, 'id'> & { publishedBy: string | null }) {
  const row = await trx
    .insertInto('public_alert')
    .values({
      title: alert.title,
      body: alert.body,
      language: alert.language,
      published_by: alert.publishedBy,
      published_at: alert.publishedAt,
      created_at: alert.publishedAt,
      created_by: alert.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The newest alerts first, of one language if given. */
export async function listAlerts(db: Db, language: string | undefined, limit: number): Promise<AlertRow[]> {
  let query = db
    .selectFrom('public_alert')
    .select(['id', 'title', 'body', 'language', 'published_at'])
    .where('state', '=', 'published')
    .orderBy('published_at', 'desc')
    .limit(limit);
  if (language) query = query.where('language', '=', language);
  return (await query.execute()).map((a) => ({
    id: a.id,
    title: a.title,
    body: a.body,
    language: a.language,
    // Published alerts always have it (public_alert_published_check).
    publishedAt: a.published_at as Date,
  }));
}

/** One keyset page of reports in the order received, after `after` if given. */
export async function selectReportPage(
  db: Db,
  page: { since?: Date | undefined; after?: { at: Date; id: string } | undefined; limit: number },
) {
  let query = db.selectFrom('report').selectAll().orderBy('received_at').orderBy('id').limit(page.limit);
  if (page.since) query = query.where('received_at', '>=', page.since);
  const cursor = page.after;
  if (cursor) query = query.where((eb) => eb(eb.refTuple('received_at', 'id'), '>', eb.tuple(cursor.at, cursor.id)));
  return query.execute();
}

/** The URLs of these reports, each report's in the order given. */
export async function selectReportUrls(db: Db, reportIds: readonly string[]) {
  return db
    .selectFrom('report_url')
    .innerJoin('reported_url', 'reported_url.id', 'report_url.url_id')
    .select(['report_url.report_id', 'reported_url.url', 'reported_url.capture_state'])
    .where('report_url.report_id', 'in', [...reportIds])
    .orderBy('report_url.report_id')
    .orderBy('report_url.position')
    .execute();
}

export async function selectFollowUps(db: Db, reportIds: readonly string[]) {
  return db
    .selectFrom('report_follow_up')
    .select(['report_id', 'information', 'received_at'])
    .where('report_id', 'in', [...reportIds])
    .orderBy('id')
    .execute();
}

/** Withdraws a published alert; answers false when there is none to withdraw. */
export async function withdrawAlert(trx: Db, id: string, by: string | null, at: Date): Promise<boolean> {
  const result = await trx
    .updateTable('public_alert')
    .set({ state: 'withdrawn', withdrawn_at: at, withdrawn_by: by })
    .where('id', '=', id)
    .where('state', '=', 'published')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
