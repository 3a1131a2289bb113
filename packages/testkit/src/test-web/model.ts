// The shape of a test web, decided from the seed before anything is served: hosts and their
// addresses, and for every media slot (site, page, slot) its markup form, host, URL style and
// content. Slots are kept in typed arrays, so 20,000 of them cost a few hundred kilobytes;
// pages and links are not stored at all (links.ts derives them from the seed when asked).
import { IMAGE_FORMATS, type ImageFormat } from './images.ts';
import { PURPOSE, chance, pick } from './random.ts';

export const MEDIA_FORMS = [
  'img-src',
  'img-srcset',
  'picture-source-srcset',
  'a-href-media',
  'video-src',
  'video-poster',
  'video-source',
  'audio-source',
  'data-src',
  'data-srcset',
  'data-original',
  'data-lazy-src',
  'data-bg',
  'css-style-attr',
  'css-style-element',
  'noscript-img',
  'text-url',
  'script-json',
  'redirect-media',
  'base-href',
] as const;
export type MediaForm = (typeof MEDIA_FORMS)[number];

export const VIDEO_FORMS: readonly MediaForm[] = ['video-src', 'video-source', 'audio-source'];
const IMAGE_ONLY_FORMS = MEDIA_FORMS.filter((f) => !VIDEO_FORMS.includes(f) && f !== 'base-href');
// The forms given to the first slots of the web, so that every one is present (and known).
const COVER_FORMS = MEDIA_FORMS.filter((f) => f !== 'base-href');

export const URL_STYLES = ['absolute', 'root-relative', 'relative', 'protocol-relative'] as const;
export type UrlStyle = (typeof URL_STYLES)[number];

/** How a media URL is answered: its Content-Type and whether its path has the right extension. */
export const CONTENT_TYPE_MODES = ['correct', 'wrong', 'generic', 'absent'] as const;
export type ContentTypeMode = (typeof CONTENT_TYPE_MODES)[number];
export const EXTENSION_MODES = ['correct', 'none', 'wrong'] as const;
export type ExtensionMode = (typeof EXTENSION_MODES)[number];

export type TestWebOptions = {
  seed: number;
  sites: number;
  pagesPerSite: number;
  mediaPerPage: number;
  linksPerPage: number;
  /** Share of media slots that are videos (fixture videos); default 0.02. */
  videoShare?: number;
  /** Share of media whose bytes a test puts in a bank; default 0.05 (and one per form). */
  knownShare?: number;
  /** Adds hostile.vigie.test with the hostile behaviours (manifest.hostile). */
  hostile?: boolean;
  /** Number of media-N.cdn.vigie.test hosts; default 2. */
  mediaHosts?: number;
  /** Share of media slots on a media host (when there is one); default 0.35. */
  mediaHostShare?: number;
  /** Share of slots that serve a resized JPEG of an earlier known image; default 0.01. */
  nearDuplicateShare?: number;
  /** Share of slots that serve a fixture photo as it is; default 0.02. */
  photoShare?: number;
  /** Share of links that go to another site; default 0.05. */
  crossSiteShare?: number;
  /** Share of sites (never the first) whose robots.txt disallows /private/; default 0.25. */
  disallowShare?: number;
  /** Relative weights of generated image formats; PNG and GIF are fast, JPEG and WebP cost 1-2 ms each. */
  formats?: Partial<Record<ImageFormat, number>>;
  /** The common HTTP port; default a free one. */
  port?: number;
  /** The DNS server's UDP port on 127.0.0.1; default a free one. */
  dnsPort?: number;
};

export type Host = { index: number; name: string; address: string; role: 'site' | 'media' | 'hostile' };

export type ContentSource = 'generated' | 'fixture' | 'near-duplicate';
export type Content = {
  index: number;
  id: string;
  kind: 'image' | 'video';
  format: ImageFormat | 'mp4';
  source: ContentSource;
  known: boolean;
  /** For generated pictures and near copies: which picture (slot number) to draw. */
  picture?: number;
  nearDuplicateOf?: number;
  /** For fixtures: which one. */
  fixture?: number;
};

export type Model = {
  options: Required<Omit<TestWebOptions, 'formats' | 'port' | 'dnsPort'>> & { formats: Record<ImageFormat, number> };
  hosts: Host[];
  siteCount: number;
  slotCount: number;
  slotForm: Uint8Array;
  slotHost: Int32Array;
  slotStyle: Uint8Array;
  slotContent: Int32Array;
  slotContentType: Uint8Array;
  slotExtension: Uint8Array;
  slotRedirects: Uint8Array;
  contents: Content[];
  hostile: Host | undefined;
};

export const TEST_TLD = 'vigie.test';
export const PHOTO_COUNT = 3;
export const VIDEO_COUNT = 3;

/** 127.1.x.y, y in 1..254: distinct loopback addresses, which Linux routes to lo. */
export function hostAddress(index: number): string {
  return `127.1.${Math.floor(index / 254)}.${(index % 254) + 1}`;
}

export function isBasePage(seed: number, site: number, page: number, pages: number): boolean {
  if (site === 0 && page === Math.min(1, pages - 1)) return true;
  return page > 0 && chance(seed, PURPOSE.base, site, page) < 0.03;
}

export function disallowsPrivate(model: Model, site: number): boolean {
  return site > 0 && chance(model.options.seed, PURPOSE.private, site) < model.options.disallowShare;
}

function normalise(options: TestWebOptions): Model['options'] {
  const formats = { png: 0.75, gif: 0.15, jpeg: 0.06, webp: 0.04, ...options.formats };
  for (const n of ['sites', 'pagesPerSite'] as const)
    if (!Number.isInteger(options[n]) || options[n] < 1) throw new Error(`test web: ${n} must be a positive integer`);
  for (const n of ['mediaPerPage', 'linksPerPage'] as const)
    if (!Number.isInteger(options[n]) || options[n] < 0) throw new Error(`test web: ${n} must be an integer >= 0`);
  return {
    seed: options.seed >>> 0,
    sites: options.sites,
    pagesPerSite: options.pagesPerSite,
    mediaPerPage: options.mediaPerPage,
    linksPerPage: options.linksPerPage,
    videoShare: options.videoShare ?? 0.02,
    knownShare: options.knownShare ?? 0.05,
    hostile: options.hostile ?? false,
    mediaHosts: options.mediaHosts ?? 2,
    mediaHostShare: options.mediaHostShare ?? 0.35,
    nearDuplicateShare: options.nearDuplicateShare ?? 0.01,
    photoShare: options.photoShare ?? 0.02,
    crossSiteShare: options.crossSiteShare ?? 0.05,
    disallowShare: options.disallowShare ?? 0.25,
    formats,
  };
}

function weighted<T extends string>(weights: Record<T, number>, keys: readonly T[], r: number): T {
  const total = keys.reduce((sum, k) => sum + Math.max(0, weights[k]), 0);
  let at = r * total;
  for (const k of keys) {
    at -= Math.max(0, weights[k]);
    if (at < 0) return k;
  }
  return keys[0] as T;
}

function chooseStyle(seed: number, g: number, form: MediaForm, sameHost: boolean, onBasePage: boolean): UrlStyle {
  if (form === 'text-url' || form === 'script-json') return 'absolute';
  if (form === 'base-href') return 'relative';
  const r = chance(seed, PURPOSE.style, g);
  if (!sameHost) return r < 0.6 ? 'absolute' : 'protocol-relative';
  if (onBasePage) return r < 0.6 ? 'root-relative' : r < 0.8 ? 'absolute' : 'protocol-relative';
  return r < 0.45 ? 'root-relative' : r < 0.75 ? 'relative' : r < 0.9 ? 'absolute' : 'protocol-relative';
}

function fixtureContents(seed: number, knownShare: number): Content[] {
  const photos = Array.from({ length: PHOTO_COUNT }, (_, i): Content => ({
    index: i,
    id: `photo-${i}`,
    kind: 'image',
    format: 'jpeg',
    source: 'fixture',
    known: chance(seed, PURPOSE.known, 1_000_000 + i) < knownShare,
    fixture: i,
  }));
  // The first video is the known one (the smallest), so that the video forms are covered.
  const videos = Array.from({ length: VIDEO_COUNT }, (_, i): Content => ({
    index: PHOTO_COUNT + i,
    id: `video-${i}`,
    kind: 'video',
    format: 'mp4',
    source: 'fixture',
    known: i === 0,
    fixture: i,
  }));
  return [...photos, ...videos];
}

export function buildModel(input: TestWebOptions): Model {
  const options = normalise(input);
  const { seed, sites, pagesPerSite, mediaPerPage, mediaHosts } = options;
  const hosts: Host[] = [];
  for (let s = 0; s < sites; s++) hosts.push({ index: s, name: `site-${s}.${TEST_TLD}`, address: '', role: 'site' });
  for (let m = 0; m < mediaHosts; m++)
    hosts.push({ index: hosts.length, name: `media-${m}.cdn.${TEST_TLD}`, address: '', role: 'media' });
  if (options.hostile) hosts.push({ index: hosts.length, name: `hostile.${TEST_TLD}`, address: '', role: 'hostile' });
  for (const h of hosts) h.address = hostAddress(h.index);

  const slotCount = sites * pagesPerSite * mediaPerPage;
  const model: Model = {
    options,
    hosts,
    siteCount: sites,
    slotCount,
    slotForm: new Uint8Array(slotCount),
    slotHost: new Int32Array(slotCount),
    slotStyle: new Uint8Array(slotCount),
    slotContent: new Int32Array(slotCount),
    slotContentType: new Uint8Array(slotCount),
    slotExtension: new Uint8Array(slotCount),
    slotRedirects: new Uint8Array(slotCount),
    contents: fixtureContents(seed, options.knownShare),
    hostile: options.hostile ? hosts[hosts.length - 1] : undefined,
  };
  const seen = new Set<MediaForm>();
  let lastKnownPicture = -1;
  for (let g = 0; g < slotCount; g++) {
    const site = Math.floor(g / (pagesPerSite * mediaPerPage));
    const page = Math.floor(g / mediaPerPage) % pagesPerSite;
    const onBasePage = isBasePage(seed, site, page, pagesPerSite);
    let form: MediaForm;
    if (onBasePage && g % mediaPerPage === 0) form = 'base-href';
    else if (g < COVER_FORMS.length) form = COVER_FORMS[g] as MediaForm;
    else if (chance(seed, PURPOSE.kind, g) < options.videoShare) form = VIDEO_FORMS[pick(3, seed, PURPOSE.form, g)]!;
    else form = IMAGE_ONLY_FORMS[pick(IMAGE_ONLY_FORMS.length, seed, PURPOSE.form, g)]!;
    const isCover = !seen.has(form);
    seen.add(form);

    const canMove = form !== 'base-href' && mediaHosts > 0;
    const host =
      canMove && chance(seed, PURPOSE.host, g) < options.mediaHostShare
        ? sites + pick(mediaHosts, seed, PURPOSE.host, g, 1)
        : site;
    model.slotForm[g] = MEDIA_FORMS.indexOf(form);
    model.slotHost[g] = host;
    model.slotStyle[g] = URL_STYLES.indexOf(chooseStyle(seed, g, form, host === site, onBasePage));
    model.slotRedirects[g] = form === 'redirect-media' ? 1 + pick(3, seed, PURPOSE.linkForm, g) : 0;
    const ct = chance(seed, PURPOSE.contentType, g);
    model.slotContentType[g] = ct < 0.7 ? 0 : ct < 0.85 ? 1 : ct < 0.95 ? 2 : 3;
    const ext = chance(seed, PURPOSE.extension, g);
    model.slotExtension[g] = form === 'base-href' ? 0 : ext < 0.6 ? 0 : ext < 0.85 ? 1 : 2;

    if (VIDEO_FORMS.includes(form)) {
      const known = isCover || chance(seed, PURPOSE.known, g) < options.knownShare;
      model.slotContent[g] = PHOTO_COUNT + (known ? 0 : 1 + pick(VIDEO_COUNT - 1, seed, PURPOSE.fixture, g));
      continue;
    }
    const r = chance(seed, PURPOSE.nearDuplicate, g);
    if (!isCover && lastKnownPicture >= 0 && r < options.nearDuplicateShare) {
      const content: Content = {
        index: model.contents.length,
        id: `near-${g}`,
        kind: 'image',
        format: 'jpeg',
        source: 'near-duplicate',
        known: false,
        picture: model.contents[lastKnownPicture]!.picture as number,
        nearDuplicateOf: lastKnownPicture,
      };
      model.contents.push(content);
      model.slotContent[g] = content.index;
      continue;
    }
    if (!isCover && r < options.nearDuplicateShare + options.photoShare) {
      model.slotContent[g] = pick(PHOTO_COUNT, seed, PURPOSE.fixture, g);
      continue;
    }
    const known = isCover || chance(seed, PURPOSE.known, g) < options.knownShare;
    const format = weighted(options.formats, IMAGE_FORMATS, chance(seed, PURPOSE.format, g));
    const content: Content = {
      index: model.contents.length,
      id: `image-${g}`,
      kind: 'image',
      format,
      source: 'generated',
      known,
      picture: g,
    };
    model.contents.push(content);
    model.slotContent[g] = content.index;
    if (known) lastKnownPicture = content.index;
  }
  return model;
}

export function slotForm(model: Model, g: number): MediaForm {
  return MEDIA_FORMS[model.slotForm[g] as number] as MediaForm;
}

export function slotStyle(model: Model, g: number): UrlStyle {
  return URL_STYLES[model.slotStyle[g] as number] as UrlStyle;
}
