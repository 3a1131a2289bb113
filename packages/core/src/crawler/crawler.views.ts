import type { Static } from 'typebox';
import type { CaptureView, Detection, QueueItem, Seed, VictimAlert } from '@vigie/contract';
import type { SeedInfo } from './crawler.repository.ts';
import type { listDetections, listQueue, listVictimAlerts } from './crawler-views.repository.ts';
import type { readCapture } from './capture.repository.ts';

// Rows to the API's shapes (@vigie/contract).

export function toSeed(seed: SeedInfo): Static<typeof Seed> {
  const { id, url, origin, site, honourRobots, maxDepth, maxUrls, urlsQueued, reportId } = seed;
  return {
    id,
    url,
    origin,
    site,
    honourRobots,
    maxDepth,
    maxUrls,
    urlsQueued,
    reportId,
    createdAt: seed.createdAt.toISOString(),
  };
}

export function toDetection(row: Awaited<ReturnType<typeof listDetections>>[number]): Static<typeof Detection> {
  return {
    id: String(row.id),
    sha256: row.sha256,
    url: row.url,
    pageUrl: row.page_url,
    address: row.address,
    entryId: String(row.entry_id),
    bankId: row.bank_id,
    source: row.source,
    noticeState: row.notice_state,
    firstSeenAt: row.first_seen_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
  };
}

export function toQueueItem(row: Awaited<ReturnType<typeof listQueue>>[number]): Static<typeof QueueItem> {
  return {
    sha256: row.sha256,
    priority: row.priority,
    reasons: row.reasons,
    earlyAlert: row.early_alert,
    kind: row.kind,
    format: row.format,
    size: Number(row.size),
    groupSize: Number(row.group_size),
    sites: Number(row.sites),
    queuedAt: row.queued_at.toISOString(),
  };
}

export function toCaptureView(found: NonNullable<Awaited<ReturnType<typeof readCapture>>>): Static<typeof CaptureView> {
  const { capture, media } = found;
  return {
    id: capture.id,
    requestedUrl: capture.requested_url,
    finalUrl: capture.final_url,
    status: capture.status,
    address: capture.address,
    hops: capture.hops,
    headers: capture.headers,
    contentType: capture.content_type,
    bodySha256: capture.body_sha256,
    bodySize: capture.body_size === null ? null : Number(capture.body_size),
    errorCode: capture.error_code,
    startedAt: capture.started_at.toISOString(),
    fetchedAt: capture.fetched_at.toISOString(),
    media: media.map((m) => ({ url: m.url, source: m.source, sha256: m.sha256, errorCode: m.error_code })),
  };
}

export function toVictimAlert(row: Awaited<ReturnType<typeof listVictimAlerts>>[number]): Static<typeof VictimAlert> {
  return { id: String(row.id), sha256: row.sha256, pageUrl: row.page_url, raisedAt: row.raised_at.toISOString() };
}
