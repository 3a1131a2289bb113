import Type, { type Static } from 'typebox';

// Closed sets of the capture and crawler feature (migrations mirror these lists in CHECKs).

/** Where a crawl seed came from: a reported URL, an analyst, a page that held confirmed material. */
export const seedOrigins = ['report', 'analyst', 'confirmed_page'] as const;
export type SeedOrigin = (typeof seedOrigins)[number];

/** A frontier URL is fetched as a page (HTML, links followed) or as media (sniffed, fingerprinted). */
export const crawlUrlKinds = ['page', 'media'] as const;
export type CrawlUrlKind = (typeof crawlUrlKinds)[number];

/** queued: due (or in process until its lease ends); done: fetched; failed: gave up. */
export const crawlUrlStates = ['queued', 'done', 'failed'] as const;
export type CrawlUrlState = (typeof crawlUrlStates)[number];

/** known: matches a confirmed bank entry (classification taken from it); unknown: for analysts; unhashable: not decodable. */
export const mediaStates = ['known', 'unknown', 'unhashable'] as const;
export type MediaState = (typeof mediaStates)[number];

export const capturedMediaKinds = ['image', 'video'] as const;
export type CapturedMediaKind = (typeof capturedMediaKinds)[number];

/** How a detection's removal stands: notice_pending until the notices feature puts it in a notice (in_notice); recipient_unknown when nobody to send it to was found (retried by the hourly sweep); not_applicable when its bank does not allow notice and takedown. */
export const noticeStates = ['notice_pending', 'not_applicable', 'in_notice', 'recipient_unknown'] as const;
export type NoticeState = (typeof noticeStates)[number];

/** Where a sighting came from: a capture of a reported URL, or the crawler. */
export const sightingSources = ['capture', 'crawl'] as const;
export type SightingSource = (typeof sightingSources)[number];

/** queued: waits for an analyst; grouped: a near-duplicate of another queued media; awaiting_entry: close to an entry awaiting confirmation; decided: classified. */
export const classificationStates = ['queued', 'grouped', 'awaiting_entry', 'decided'] as const;
export type ClassificationState = (typeof classificationStates)[number];

const Timestamp = Type.String({ format: 'date-time' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Id = Type.String({ pattern: '^[0-9]+$' });

export const AddSeedBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048 }),
    maxDepth: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    maxUrls: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000 })),
    honourRobots: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AddSeedBody = Static<typeof AddSeedBody>;

export const Seed = Type.Object({
  id: Id,
  url: Type.String(),
  origin: Type.Enum(seedOrigins),
  site: Type.String(),
  honourRobots: Type.Boolean(),
  maxDepth: Type.Integer(),
  maxUrls: Type.Integer(),
  urlsQueued: Type.Integer(),
  reportId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});
export const SeedList = Type.Object({ seeds: Type.Array(Seed) });
export const AddSeedResponse = Type.Object({ seed: Seed, created: Type.Boolean() });

export const Detection = Type.Object({
  id: Id,
  sha256: Sha256,
  url: Type.String(),
  pageUrl: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  entryId: Id,
  bankId: Type.Integer(),
  source: Type.Enum(sightingSources),
  noticeState: Type.Enum(noticeStates),
  firstSeenAt: Timestamp,
  lastSeenAt: Timestamp,
});
export const DetectionPage = Type.Object({ detections: Type.Array(Detection), next: Type.Union([Id, Type.Null()]) });
export const DetectionQuery = Type.Object({
  after: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

export const QueueItem = Type.Object({
  sha256: Sha256,
  priority: Type.Integer(),
  reasons: Type.Array(Type.String()),
  earlyAlert: Type.Boolean(),
  kind: Type.Enum(capturedMediaKinds),
  format: Type.String(),
  size: Type.Integer(),
  groupSize: Type.Integer({ description: 'Near-duplicates waiting with it: one decision covers them.' }),
  sites: Type.Integer(),
  queuedAt: Timestamp,
});
export const QueueList = Type.Object({ items: Type.Array(QueueItem) });

export const CaptureView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  requestedUrl: Type.String(),
  finalUrl: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Integer(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  hops: Type.Array(
    Type.Object({
      url: Type.String(),
      status: Type.Integer(),
      address: Type.String(),
      at: Timestamp,
      headers: Type.Record(Type.String(), Type.String()),
    }),
  ),
  headers: Type.Record(Type.String(), Type.String()),
  contentType: Type.Union([Type.String(), Type.Null()]),
  bodySha256: Type.Union([Sha256, Type.Null()]),
  bodySize: Type.Union([Type.Integer(), Type.Null()]),
  errorCode: Type.Union([Type.String(), Type.Null()]),
  startedAt: Timestamp,
  fetchedAt: Timestamp,
  media: Type.Array(
    Type.Object({
      url: Type.String(),
      source: Type.String(),
      sha256: Type.Union([Sha256, Type.Null()]),
      errorCode: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

/** Every capture of one reported URL, newest first. */
export const CaptureList = Type.Object({ captures: Type.Array(CaptureView) });

export const CrawlStats = Type.Object({
  media: Type.Integer(),
  detections: Type.Integer(),
  queued: Type.Integer(),
  alerts: Type.Integer(),
  frontier: Type.Object({
    size: Type.Integer(),
    inProcess: Type.Integer(),
    queues: Type.Integer(),
    activeQueues: Type.Integer(),
  }),
});

/** Media never seen anywhere before, found beside confirmed material: possibly a new victim. */
export const VictimAlert = Type.Object({ id: Id, sha256: Sha256, pageUrl: Type.String(), raisedAt: Timestamp });
export const VictimAlertList = Type.Object({ alerts: Type.Array(VictimAlert) });
