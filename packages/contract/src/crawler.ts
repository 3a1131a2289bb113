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

/** How a detection's removal stands: notice_pending until the takedown feature sends one; not_applicable when its bank does not allow notice and takedown. */
export const noticeStates = ['notice_pending', 'not_applicable'] as const;
export type NoticeState = (typeof noticeStates)[number];

/** Where a sighting came from: a capture of a reported URL, or the crawler. */
export const sightingSources = ['capture', 'crawl'] as const;
export type SightingSource = (typeof sightingSources)[number];

/** queued: waits for an analyst; grouped: a near-duplicate of another queued media; awaiting_entry: close to an entry awaiting confirmation; decided: classified. */
export const classificationStates = ['queued', 'grouped', 'awaiting_entry', 'decided'] as const;
export type ClassificationState = (typeof classificationStates)[number];
