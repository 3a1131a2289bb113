import type { Db } from '../database.ts';
import { newReportNumber } from './report-codes.ts';
import type { NormalisedUrl } from './url-normaliser.ts';

/** A validated report ready to insert: ids and codes are made before the transaction. */
export type PreparedReport = {
  id: string;
  reportNumber: string;
  followUpCodeHash: string;
  type: string;
  source: 'tipline' | 'api';
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
