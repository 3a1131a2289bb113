import { sql } from 'kysely';
import type { NoticeState, SightingSource } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { AnalysedMedia } from './media-analysis.ts';

// Where media were seen, in one transaction per page or capture: the media (once per SHA-256),
// each sighting (once per media URL and media), a detection for each known media at a URL
// (unique per media and URL: the same URL seen again only moves last seen), and unknown media in
// the analysts' classification queue with its priority.

export type Sighting = Readonly<{
  url: string;
  pageUrl: string | null;
  site: string;
  address: string | null;
  source: SightingSource;
  media: AnalysedMedia;
  stored: boolean;
  /** A queued media this one is a near-duplicate of (one decision will cover both). */
  groupOf: string | null;
  /** The page it was seen on: when, and what that page or site held. */
  context: SightingContext;
}>;

export type SightingContext = Readonly<{
  at: Date;
  /** The page (or a media beside it) holds confirmed material. */
  pageHoldsConfirmed: boolean;
  /** The page's site held confirmed material before. */
  siteHoldsConfirmed: boolean;
}>;

export type RecordedDetection = Readonly<{
  id: string;
  sha256: string;
  url: string;
  created: boolean;
  noticeState: NoticeState;
}>;

export type RecordedSightings = Readonly<{
  detections: RecordedDetection[];
  /** SHA-256 of media never seen anywhere before. */
  newMedia: string[];
  queued: string[];
  alerts: string[];
}>;

// Priority of unknown media for analysts (higher first).
const PRIORITY = { base: 10, confirmedPage: 50, confirmedSite: 30, perExtraSite: 10, maxSites: 50, alert: 100 };

/** The sightings of any number of pages, each with its own context, in the caller's transaction. */
export async function recordSightings(trx: Db, sightings: readonly Sighting[]): Promise<RecordedSightings> {
  if (sightings.length === 0) return { detections: [], newMedia: [], queued: [], alerts: [] };
  const media = [...new Map(sightings.map((s) => [s.media.sha256, s])).values()];
  const inserted = await trx
    .insertInto('media')
    .values(
      media.map(({ media: m, stored, context }) => ({
        sha256: m.sha256,
        sha1: m.sha1,
        md5: m.md5,
        kind: m.kind,
        format: m.format,
        size: m.size,
        pdq: m.pdq,
        pdq_quality: m.pdqQuality,
        vpdq: m.vpdq ? JSON.stringify(m.vpdq) : null,
        state: m.state,
        entry_id: m.known?.entryId ?? null,
        bank_id: m.known?.bankId ?? null,
        age_band: m.known?.ageBand ?? null,
        activity: m.known?.activity ?? null,
        origin: m.known?.origin ?? null,
        victim_identified: m.known?.victimIdentified ?? null,
        uses: m.known?.uses ?? [],
        stored,
        first_seen_at: context.at,
        last_seen_at: context.at,
      })),
    )
    .onConflict((oc) =>
      oc.column('sha256').doUpdateSet({
        last_seen_at: sql`greatest(media.last_seen_at, excluded.last_seen_at)`,
        stored: sql`media.stored or excluded.stored`,
        // A media the bank has come to know since (a new confirmed entry) takes its classification.
        state: sql`case when excluded.state = 'known' then 'known' else media.state end`,
        entry_id: sql`coalesce(excluded.entry_id, media.entry_id)`,
        bank_id: sql`coalesce(excluded.bank_id, media.bank_id)`,
        age_band: sql`coalesce(excluded.age_band, media.age_band)`,
        activity: sql`coalesce(excluded.activity, media.activity)`,
        origin: sql`coalesce(excluded.origin, media.origin)`,
        victim_identified: sql`coalesce(excluded.victim_identified, media.victim_identified)`,
        uses: sql`case when excluded.state = 'known' then excluded.uses else media.uses end`,
      }),
    )
    .returning(['sha256', sql<boolean>`xmax = 0`.as('inserted')])
    .execute();
  const newMedia = inserted.filter((r) => r.inserted).map((r) => r.sha256);

  const places = [...new Map(sightings.map((s) => [`${s.url} ${s.media.sha256}`, s])).values()];
  await trx
    .insertInto('media_sighting')
    .values(
      places.map((s) => ({
        url: s.url,
        sha256: s.media.sha256,
        page_url: s.pageUrl,
        site: s.site,
        address: s.address,
        source: s.source,
        first_seen_at: s.context.at,
        last_seen_at: s.context.at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['url', 'sha256']).doUpdateSet({
        last_seen_at: sql`greatest(media_sighting.last_seen_at, excluded.last_seen_at)`,
        address: sql`coalesce(excluded.address, media_sighting.address)`,
      }),
    )
    .execute();

  const detections = await recordDetections(
    trx,
    places.filter((s) => s.media.known),
  );
  const { queued, alerts } = await queueUnknown(
    trx,
    media.filter((s) => s.media.state === 'unknown'),
    new Set(newMedia),
  );
  return { detections, newMedia, queued, alerts };
}

async function recordDetections(trx: Db, known: readonly Sighting[]): Promise<RecordedDetection[]> {
  if (known.length === 0) return [];
  const rows = await trx
    .insertInto('detection')
    .values(
      known.map((s) => ({
        sha256: s.media.sha256,
        url: s.url,
        page_url: s.pageUrl,
        address: s.address,
        entry_id: s.media.known!.entryId,
        bank_id: s.media.known!.bankId,
        source: s.source,
        // The takedown feature sends notices for these; a bank not meant for it never gets one.
        notice_state: (s.media.known!.uses.includes('notice_and_takedown')
          ? 'notice_pending'
          : 'not_applicable') as NoticeState,
        first_seen_at: s.context.at,
        last_seen_at: s.context.at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['sha256', 'url']).doUpdateSet({
        last_seen_at: sql`greatest(detection.last_seen_at, excluded.last_seen_at)`,
        page_url: sql`coalesce(detection.page_url, excluded.page_url)`,
        address: sql`coalesce(excluded.address, detection.address)`,
      }),
    )
    .returning(['id', 'sha256', 'url', 'notice_state', sql<boolean>`xmax = 0`.as('created')])
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    sha256: r.sha256,
    url: r.url,
    created: r.created,
    noticeState: r.notice_state,
  }));
}

async function queueUnknown(
  trx: Db,
  unknown: readonly Sighting[],
  firstSeen: ReadonlySet<string>,
): Promise<{ queued: string[]; alerts: string[] }> {
  if (unknown.length === 0) return { queued: [], alerts: [] };
  // Media seen for the first time are on one site so far: no need to count.
  const hashes = unknown.map((s) => s.media.sha256).filter((h) => !firstSeen.has(h));
  const sites =
    hashes.length === 0
      ? []
      : await trx
          .selectFrom('media_sighting')
          .select(['sha256', sql<string>`count(distinct site)`.as('sites')])
          .where('sha256', 'in', hashes)
          .groupBy('sha256')
          .execute();
  const siteCount = new Map(sites.map((r) => [r.sha256, Number(r.sites)]));
  const alerts: string[] = [];
  const values = unknown.map((s) => {
    const { context } = s;
    const sha256 = s.media.sha256;
    const reasons: string[] = [];
    let priority = PRIORITY.base;
    if (context.pageHoldsConfirmed) {
      priority += PRIORITY.confirmedPage;
      reasons.push('page_holds_confirmed');
    } else if (context.siteHoldsConfirmed) {
      priority += PRIORITY.confirmedSite;
      reasons.push('site_held_confirmed');
    }
    const extraSites = (siteCount.get(sha256) ?? 1) - 1;
    if (extraSites > 0) {
      priority += Math.min(PRIORITY.maxSites, extraSites * PRIORITY.perExtraSite);
      reasons.push('several_sites');
    }
    // Never seen anywhere, beside confirmed material: possibly a new, unidentified victim.
    const alert = firstSeen.has(sha256) && context.pageHoldsConfirmed;
    if (alert) {
      priority += PRIORITY.alert;
      reasons.push('never_seen_beside_confirmed');
      alerts.push(sha256);
    }
    if (s.groupOf) reasons.push('near_duplicate');
    if (s.media.awaitingEntryId) reasons.push('close_to_pending_entry');
    const state = s.media.awaitingEntryId ? 'awaiting_entry' : s.groupOf ? 'grouped' : 'queued';
    return {
      sha256,
      state: state as 'queued' | 'grouped' | 'awaiting_entry',
      priority,
      group_sha256: s.groupOf,
      entry_id: s.media.awaitingEntryId,
      reasons,
      early_alert: alert,
      queued_at: context.at,
      updated_at: context.at,
    };
  });
  await trx
    .insertInto('classification_item')
    .values(values)
    .onConflict((oc) =>
      oc.column('sha256').doUpdateSet({
        priority: sql`greatest(classification_item.priority, excluded.priority)`,
        reasons: sql`array(select distinct unnest(classification_item.reasons || excluded.reasons) order by 1)`,
        early_alert: sql`classification_item.early_alert or excluded.early_alert`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
  // A group's representative rises with its members: one decision covers a series.
  const groups = [...new Set(values.map((v) => v.group_sha256).filter((g): g is string => g !== null))];
  if (groups.length > 0)
    await trx
      .updateTable('classification_item')
      .set({ priority: sql`priority + 5`, updated_at: unknown[0]!.context.at })
      .where('sha256', 'in', groups)
      .execute();
  if (alerts.length > 0) {
    const seen = new Map(unknown.map((s) => [s.media.sha256, s]));
    await trx
      .insertInto('victim_alert')
      .values(
        alerts.map((sha256) => {
          const s = seen.get(sha256)!;
          return { sha256, page_url: s.pageUrl ?? s.url, raised_at: s.context.at };
        }),
      )
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }
  return { queued: values.map((v) => v.sha256), alerts };
}
