// What link discovery hands the crawler. A link's kind is only a scheduling hint: whatever is
// fetched is sniffed by content later, so a wrong guess costs a request, never evidence.

export const linkKinds = ['page', 'media', 'unknown'] as const;
/** page: crawl as HTML; media: fetch and sniff; unknown: either (an `<a>` to a .jpg). */
export type LinkKind = (typeof linkKinds)[number];

/** Where in the page a link was found, for the analyst and for scheduling. */
export const linkSources = [
  'a',
  'area',
  'img',
  'img-srcset',
  'picture-source',
  'video',
  'video-poster',
  'video-source',
  'audio',
  'audio-source',
  'input-image',
  'svg-image',
  'embed',
  'object',
  'iframe',
  'frame',
  'link-preload',
  'link-image',
  'link-icon',
  'link-page',
  'meta-image',
  'meta-refresh',
  'data-src',
  'data-srcset',
  'data-other',
  'background',
  'css-url',
  'text-url',
  'script-url',
] as const;
export type LinkSource = (typeof linkSources)[number];

export type DiscoveredLink = {
  /** Absolute and normalised (normaliseCrawlUrl). */
  url: string;
  kind: LinkKind;
  /** The first place it was found. */
  source: LinkSource;
};

export type DiscoveryLimits = {
  /** Distinct links kept per page; the rest is dropped and `truncated` is set. */
  maxLinks: number;
  /** Bytes of HTML parsed per page; anything after is ignored and `truncated` is set. */
  maxHtmlBytes: number;
  /** The page's character encoding (a WHATWG label such as 'windows-1252'); UTF-8 by default. */
  encoding?: string;
};

export const defaultDiscoveryLimits: DiscoveryLimits = Object.freeze({
  maxLinks: 5000,
  maxHtmlBytes: 8 * 1024 * 1024,
});

export type DiscoveryResult = {
  links: DiscoveredLink[];
  /** A cap was reached: the page has more than `links` says. */
  truncated: boolean;
  /** Which cap, when truncated. */
  limit?: 'max-links' | 'max-html-bytes';
  /** The URL relative links were resolved against (the first `<base href>`, else the page). */
  baseUrl: string;
  /** The first `<title>`, whitespace collapsed, at most 1,000 characters. */
  title?: string;
  /** Bytes parsed (at most maxHtmlBytes). */
  bytes: number;
};

export type LinkExtractor = {
  /** Feed the next chunk of the body as it arrives; nothing is kept but what links need. */
  write(chunk: Uint8Array | string): void;
  /** The body has ended (or the caller gave up): the links found. Further writes are ignored. */
  end(): DiscoveryResult;
  /** A cap was reached: further writes are ignored, so the rest of the body need not be read. */
  readonly stopped: boolean;
};
