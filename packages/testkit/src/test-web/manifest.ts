// What a test asserts against: every media with its URLs, digest and the markup that references
// it, the known ones, and `expected(seeds)`, what a crawler limited to the seeds' sites (and the
// media their pages reference, wherever hosted) must find.
import type { GeneratedBytes } from './generate.ts';
import {
  linkPath,
  mediaContentType,
  mediaPath,
  origin,
  pageLinks,
  pagePath,
  parsePagePath,
  isPrivatePage,
  redirectPath,
  slotForm,
  slotStyle,
  type LinkForm,
} from './links.ts';
import {
  disallowsPrivate,
  isBasePage,
  type ContentSource,
  type MediaForm,
  type Model,
  type UrlStyle,
} from './model.ts';
import type { ImageFormat } from './images.ts';

export type MediaReference = {
  /** The page whose markup references the media. */
  page: string;
  form: MediaForm;
  style: UrlStyle;
  /** The URL the markup points to, made absolute (a redirect's first URL for redirect-media). */
  url: string;
  /** The URL that answers the bytes. */
  servedAt: string;
  redirects: number;
  /** The Content-Type header sent with the bytes (null: none), true or not. */
  contentType: string | null;
};

export type MediaEntry = {
  id: string;
  kind: 'image' | 'video';
  format: ImageFormat | 'mp4';
  source: ContentSource;
  sha256: string;
  size: number;
  /** The test puts these bytes in a bank. */
  known: boolean;
  /** A resized, re-encoded copy of this known media: PDQ matches it, SHA-256 does not. */
  nearDuplicateOf?: string;
  /** Every URL that answers these bytes. */
  urls: string[];
  references: MediaReference[];
};

export type PageEntry = { url: string; host: string; disallowed: boolean; hasBase: boolean };
export type SiteEntry = { host: string; address: string; robots: 'open' | 'disallows /private/' | 'absent' };
export type LinkExample = { form: LinkForm; page: string; url: string; target: string };
export type HostileEntry = { name: string; url: string; behaviour: string };

export type Expected = {
  pages: Set<string>;
  /** servedAt URLs of every media referenced from an expected page. */
  media: Set<string>;
  mediaIds: Set<string>;
  /** Ids among mediaIds that a bank of the known media matches: the known and their near copies. */
  matchingIds: Set<string>;
};

export type Manifest = {
  port: number;
  sites: SiteEntry[];
  mediaHosts: string[];
  pages: PageEntry[];
  media: MediaEntry[];
  known: MediaEntry[];
  linkExamples: LinkExample[];
  hostile: HostileEntry[];
  /** Seeds default to every site's `/`; robots.txt is respected unless told otherwise. */
  expected(seeds?: readonly string[], options?: { respectRobots?: boolean }): Expected;
};

export function buildManifest(
  model: Model,
  port: number,
  generated: GeneratedBytes,
  hostile: HostileEntry[],
): Manifest {
  const { pagesPerSite, mediaPerPage } = model.options;
  const pageUrl = (site: number, page: number): string => origin(model, site, port) + pagePath(model, site, page);
  const media: MediaEntry[] = model.contents.map((c) => ({
    id: c.id,
    kind: c.kind,
    format: c.format,
    source: c.source,
    sha256: generated.sha256[c.index]!,
    size: generated.bytes[c.index]!.length,
    known: c.known,
    ...(c.nearDuplicateOf === undefined ? {} : { nearDuplicateOf: model.contents[c.nearDuplicateOf]!.id }),
    urls: [],
    references: [],
  }));
  const slotUrl = (g: number): string => origin(model, model.slotHost[g]!, port) + mediaPath(model, g);
  const references: MediaReference[] = new Array<MediaReference>(model.slotCount);
  for (let g = 0; g < model.slotCount; g++) {
    const site = Math.floor(g / (pagesPerSite * mediaPerPage));
    const page = Math.floor(g / mediaPerPage) % pagesPerSite;
    const form = slotForm(model, g);
    const servedAt = slotUrl(g);
    const hops = model.slotRedirects[g]!;
    const ref: MediaReference = {
      page: pageUrl(site, page),
      form,
      style: slotStyle(model, g),
      url: form === 'redirect-media' ? origin(model, site, port) + redirectPath(hops, 'm', g) : servedAt,
      servedAt,
      redirects: hops,
      contentType: mediaContentType(model, g),
    };
    references[g] = ref;
    const entry = media[model.slotContent[g]!]!;
    entry.references.push(ref);
    entry.urls.push(servedAt);
  }
  const pages: PageEntry[] = [];
  for (let s = 0; s < model.siteCount; s++)
    for (let p = 0; p < pagesPerSite; p++)
      pages.push({
        url: pageUrl(s, p),
        host: model.hosts[s]!.name,
        disallowed: isPrivatePage(model, s, p),
        hasBase: isBasePage(model.options.seed, s, p, pagesPerSite),
      });
  const linkExamples: LinkExample[] = [];
  for (let p = 0; p < pagesPerSite && linkExamples.length < 4; p++)
    for (const link of pageLinks(model, 0, p))
      if (!linkExamples.some((e) => e.form === link.form))
        linkExamples.push({
          form: link.form,
          page: pageUrl(0, p),
          url: origin(model, 0, port) + linkPath(model, link),
          target: pageUrl(link.site, link.page),
        });

  const sites: SiteEntry[] = model.hosts
    .filter((h) => h.role === 'site')
    .map((h) => ({
      host: h.name,
      address: h.address,
      robots: disallowsPrivate(model, h.index) ? 'disallows /private/' : h.index % 7 === 3 ? 'absent' : 'open',
    }));
  const hostIndex = new Map(model.hosts.map((h) => [h.name, h.index]));
  const byId = new Map(media.map((m) => [m.id, m]));
  const isMatching = (e: MediaEntry): boolean =>
    e.known || (e.nearDuplicateOf !== undefined && byId.get(e.nearDuplicateOf)!.known);

  function expected(seeds?: readonly string[], options: { respectRobots?: boolean } = {}): Expected {
    const respectRobots = options.respectRobots ?? true;
    const queue: number[] = [];
    const seen = new Uint8Array(model.siteCount * pagesPerSite);
    const inScope = new Set<number>();
    const visit = (site: number, page: number): void => {
      const id = site * pagesPerSite + page;
      if (seen[id] || (respectRobots && isPrivatePage(model, site, page))) return;
      seen[id] = 1;
      queue.push(id);
    };
    for (const seed of seeds ?? model.hosts.filter((h) => h.role === 'site').map((h) => pageUrl(h.index, 0))) {
      const url = new URL(seed);
      const site = hostIndex.get(url.hostname);
      if (site === undefined || site >= model.siteCount) continue;
      const page = parsePagePath(model, site, url.pathname);
      inScope.add(site);
      if (page !== undefined) visit(site, page);
    }
    const result: Expected = { pages: new Set(), media: new Set(), mediaIds: new Set(), matchingIds: new Set() };
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      const site = Math.floor(id / pagesPerSite);
      const page = id % pagesPerSite;
      result.pages.add(pageUrl(site, page));
      for (let g = id * mediaPerPage; g < (id + 1) * mediaPerPage; g++) {
        const entry = media[model.slotContent[g]!]!;
        result.media.add(references[g]!.servedAt);
        result.mediaIds.add(entry.id);
        if (isMatching(entry)) result.matchingIds.add(entry.id);
      }
      for (const link of pageLinks(model, site, page)) if (inScope.has(link.site)) visit(link.site, link.page);
    }
    return result;
  }

  return {
    port,
    sites,
    mediaHosts: model.hosts.filter((h) => h.role === 'media').map((h) => h.name),
    pages,
    media,
    known: media.filter((m) => m.known),
    linkExamples,
    hostile,
    expected,
  };
}
