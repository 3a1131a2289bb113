import type { ReferralPackage } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { MediaStore } from '../platform/storage/index.ts';
import {
  selectCaptureMedia,
  selectCaptures,
  selectDetections,
  selectReport,
  selectReportUrls,
  selectAutoMark,
} from './evidence.repository.ts';
import { ReferralError } from './referrals.errors.ts';
import type { CountryOfAddress, PackageFile, Referral, ReferralRecipient } from './referrals.types.ts';
import { renderCybertipXml } from './render-cybertip.ts';
import { renderHtmlSummary } from './render-html.ts';
import { renderPdfSummary } from './render-pdf.ts';

// A referral's package: `referral.json` (the contract's ReferralPackage), and what the recipient
// asked for of `summary.html`, `summary.pdf` and `cybertip.xml`; with `media/<sha256>.<format>`
// only when the recipient may receive media. The reporter's contact details are never in it
// (the recipient asks the hotline, which asks the reporter).

export type Sender = Readonly<{ organisation: string; domain: string; contact: string }>;

type MediaEntry = ReferralPackage['media'][number];

export async function buildPackage(
  db: Db,
  input: Readonly<{
    referral: Referral;
    recipient: ReferralRecipient;
    sender: Sender;
    countryOf: CountryOfAddress;
    store: MediaStore;
    maxMediaBytes: number;
  }>,
): Promise<{ pkg: ReferralPackage; files: PackageFile[] }> {
  const { referral, recipient } = input;
  const report = await selectReport(db, referral.reportId);
  if (!report) throw new ReferralError('REFERRAL_REPORT_NOT_FOUND');
  const urls = await selectReportUrls(db, report.id);
  const captures = await selectCaptures(
    db,
    urls.map((u) => u.id),
  );
  const captureMedia = await selectCaptureMedia(
    db,
    captures.map((c) => c.id),
  );
  const mark = await selectAutoMark(db, report.id);
  const detections = await selectDetections(db, mark?.detection_ids ?? []);
  const countries = new Map<string, string | null>();
  const country = async (address: string | null) => {
    if (!address) return null;
    if (!countries.has(address)) countries.set(address, await input.countryOf(address).catch(() => null));
    return countries.get(address) ?? null;
  };
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };

  const packageCaptures: ReferralPackage['captures'] = [];
  for (const c of captures)
    packageCaptures.push({
      id: c.id,
      requestedUrl: c.requested_url,
      finalUrl: c.final_url,
      status: c.status,
      address: c.address,
      country: await country(c.address),
      host: hostOf(c.final_url ?? c.requested_url),
      fetchedAt: c.fetched_at.toISOString(),
      contentType: c.content_type,
      bodySha256: c.body_sha256,
      error: c.error_code,
      hops: c.hops.map((h) => ({ url: h.url, status: h.status, address: h.address, at: h.at })),
    });

  const media = new Map<string, MediaEntry & { stored: boolean }>();
  const add = async (
    m: {
      sha256: string;
      sha1: string | null;
      md5: string | null;
      pdq: string | null;
      kind: string | null;
      format: string | null;
      size: number | null;
      age_band: string | null;
      activity: string | null;
      origin: string | null;
      stored: boolean | null;
    },
    known: boolean,
    sighting: MediaEntry['sightings'][number],
  ) => {
    const entry = media.get(m.sha256) ?? {
      sha256: m.sha256,
      sha1: m.sha1,
      md5: m.md5,
      pdq: m.pdq,
      kind: m.kind,
      format: m.format,
      size: m.size,
      known,
      ageBand: m.age_band,
      activity: m.activity,
      origin: m.origin,
      sightings: [],
      file: null,
      stored: m.stored === true,
    };
    entry.known ||= known;
    if (!entry.sightings.some((s) => s.url === sighting.url && s.pageUrl === sighting.pageUrl))
      entry.sightings.push(sighting);
    media.set(m.sha256, entry);
  };
  for (const d of detections)
    await add(d, true, {
      url: d.url,
      pageUrl: d.page_url,
      address: d.address,
      country: await country(d.address),
      at: d.first_seen_at.toISOString(),
    });
  const captureById = new Map(captures.map((c) => [c.id, c]));
  for (const m of captureMedia) {
    if (!m.sha256) continue;
    const capture = captureById.get(m.capture_id);
    await add({ ...m, sha256: m.sha256 }, m.state === 'known', {
      url: m.url,
      pageUrl: capture?.final_url ?? capture?.requested_url ?? null,
      address: null,
      country: null,
      at: capture?.fetched_at.toISOString() ?? null,
    });
  }

  const files: PackageFile[] = [];
  let mediaBytes = 0;
  if (recipient.mayReceiveMedia)
    for (const entry of media.values()) {
      if (!entry.stored || (entry.size ?? 0) + mediaBytes > input.maxMediaBytes) continue;
      const bytes = Buffer.from(await input.store.get(entry.sha256));
      mediaBytes += bytes.length;
      entry.file = `media/${entry.sha256}.${(entry.format ?? 'bin').replace(/[^a-z0-9]/gi, '')}`;
      files.push({ name: entry.file, contentType: 'application/octet-stream', bytes });
    }

  const pkg: ReferralPackage = {
    format: 'vigie.referral.v1',
    reference: referral.reference,
    referralId: referral.id,
    createdAt: referral.createdAt.toISOString(),
    origin: referral.origin,
    sender: { ...input.sender },
    recipient: { name: recipient.name, kind: recipient.kind, country: recipient.country, region: recipient.region },
    report: {
      number: report.report_number,
      type: report.type,
      receivedAt: report.received_at.toISOString(),
      language: report.language,
      description: report.description,
      anonymous: report.anonymous,
      happeningNow: report.happening_now,
      reporterRegion: report.reporter_region,
      reporterCountry: report.reporter_country,
      incident: report.incident,
      suspect: report.suspect,
      victim: report.victim,
      urls: urls.map((u) => u.url),
    },
    assessment: {
      classification: referral.classification,
      note: referral.note,
      automatic: referral.origin === 'automatic',
    },
    captures: packageCaptures,
    media: [...media.values()].map(({ stored: _stored, ...m }) => m),
  };
  const rendered: PackageFile[] = [
    { name: 'referral.json', contentType: 'application/json', bytes: Buffer.from(JSON.stringify(pkg, null, 2)) },
  ];
  if (recipient.formats.includes('html'))
    rendered.push({
      name: 'summary.html',
      contentType: 'text/html; charset=utf-8',
      bytes: Buffer.from(renderHtmlSummary(pkg)),
    });
  if (recipient.formats.includes('pdf'))
    rendered.push({ name: 'summary.pdf', contentType: 'application/pdf', bytes: await renderPdfSummary(pkg) });
  if (recipient.formats.includes('cybertip_xml'))
    rendered.push({
      name: 'cybertip.xml',
      contentType: 'application/xml; charset=utf-8',
      bytes: Buffer.from(renderCybertipXml(pkg)),
    });
  return { pkg, files: [...rendered, ...files] };
}
