// Which elements and attributes make a browser (or a page's lazy-loading script) fetch or
// navigate to a URL, and under which source name. One table for the whole extractor.

import type { LinkSource } from './discovery.types.ts';
import { cssUrls } from './css-urls.ts';
import { hasMediaExtension } from './link-kind.ts';
import { metaRefreshUrl } from './meta-refresh.ts';
import { parseSrcset } from './srcset.ts';
import { textUrls } from './text-urls.ts';

export type Emit = (raw: string, source: LinkSource) => void;
export type TagContext = {
  /** The open `<picture>`, `<video>` or `<audio>`, for its `<source>` children. */
  mediaParent: string | undefined;
  /** Inside `<svg>` or `<math>`. */
  foreign: boolean;
  base(href: string): void;
};

/** Longest attribute value kept: a URL, or a list (srcset, style, JSON in data-*). Longer: dropped. */
export const maxUrlAttribute = 8 * 1024;
export const maxListAttribute = 64 * 1024;

const urlAttributes = new Set(['href', 'src', 'poster', 'data', 'background', 'xlink:href', 'content']);
const plainAttributes = new Set(['rel', 'as', 'http-equiv', 'property', 'name', 'itemprop', 'type']);
const listAttributes = new Set(['srcset', 'imagesrcset', 'style']);

/** How much of an attribute's value to keep (0: none). Decided by name alone, so it is cheap. */
export function attributeCap(name: string): number {
  if (urlAttributes.has(name)) return maxUrlAttribute;
  if (plainAttributes.has(name)) return 256;
  if (listAttributes.has(name) || name.startsWith('data-')) return maxListAttribute;
  return 0;
}

// Lazy-loading libraries (lazysizes, lozad, WordPress, jQuery plugins, galleries) keep the real
// image in these until a script copies it to src.
const lazyUrlAttributes = new Set([
  'data-src', 'data-lazy-src', 'data-lazy', 'data-original', 'data-original-src', 'data-lazyload', 'data-echo',
  'data-bg', 'data-bg-src', 'data-background', 'data-background-image', 'data-bgset', 'data-full', 'data-full-src',
  'data-fullsrc', 'data-hi-res', 'data-hires', 'data-highres', 'data-large', 'data-large-src', 'data-large-file',
  'data-medium-file', 'data-orig-file', 'data-zoom', 'data-zoom-image', 'data-zoom-src', 'data-image', 'data-img',
  'data-img-src', 'data-poster', 'data-thumb', 'data-video', 'data-video-src', 'data-mp4', 'data-webm',
]); // prettier-ignore
const lazySrcsetAttributes = new Set(['data-srcset', 'data-lazy-srcset', 'data-original-srcset']);

const metaImageProperties = new Set([
  'og:image', 'og:image:url', 'og:image:secure_url', 'og:video', 'og:video:url', 'og:video:secure_url',
  'twitter:image', 'twitter:image:src', 'twitter:player:stream', 'image', 'contenturl', 'thumbnailurl',
]); // prettier-ignore
const preloadKinds = new Set(['image', 'video', 'audio', 'track', 'fetch', '']);

function emitSrcset(value: string | undefined, source: LinkSource, emit: Emit): void {
  if (value) for (const url of parseSrcset(value)) emit(url, source);
}

function emitCss(value: string | undefined, source: LinkSource, emit: Emit): void {
  // Most style attributes hold no URL: look before tokenising.
  if (value && value.length > 4 && /url\(|image-set/i.test(value)) for (const url of cssUrls(value)) emit(url, source);
}

function emitDataAttribute(name: string, value: string, emit: Emit): void {
  if (lazySrcsetAttributes.has(name)) return emitSrcset(value, 'data-srcset', emit);
  if (lazyUrlAttributes.has(name)) {
    if (/^\s*url\(/i.test(value)) return emitCss(value, 'data-src', emit);
    // data-bgset holds a srcset; the others a URL, which a script will copy into src.
    return name === 'data-bgset' ? emitSrcset(value, 'data-src', emit) : emit(value, 'data-src');
  }
  // Any other data-*: a lone URL to media, or URLs to media written in it (JSON galleries).
  const trimmed = value.trim();
  if (trimmed.length > 0 && trimmed.length <= maxUrlAttribute && !/\s/.test(trimmed)) {
    const path = trimmed.split(/[?#]/, 1)[0] as string;
    if (hasMediaExtension(path) && !trimmed.startsWith('{') && !trimmed.startsWith('[')) {
      return emit(trimmed, 'data-other');
    }
  }
  if (value.includes('http')) {
    for (const url of textUrls(value)) if (hasMediaExtension(URL.parse(url)?.pathname ?? '')) emit(url, 'data-other');
  }
}

function emitImg(attrs: ReadonlyMap<string, string>, emit: Emit): void {
  if (attrs.has('src')) emit(attrs.get('src') as string, 'img');
  emitSrcset(attrs.get('srcset'), 'img-srcset', emit);
}

function relTokens(attrs: ReadonlyMap<string, string>): string[] {
  return (attrs.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
}

/** Emits the links of one start tag (name lower-cased, attributes already capped). */
export function tagLinks(tag: string, attrs: ReadonlyMap<string, string>, ctx: TagContext, emit: Emit): void {
  if (attrs.size === 0) return;
  const href = attrs.get('href');
  switch (tag) {
    case 'a':
      if (href !== undefined) emit(href, 'a');
      else if (ctx.foreign && attrs.has('xlink:href')) emit(attrs.get('xlink:href') as string, 'a');
      break;
    case 'area':
      if (href !== undefined) emit(href, 'area');
      break;
    case 'image':
      if (ctx.foreign) {
        const target = href ?? attrs.get('xlink:href');
        if (target !== undefined) emit(target, 'svg-image');
        break;
      }
      emitImg(attrs, emit); // outside SVG, the HTML parser reads <image> as <img>
      break;
    case 'img':
      emitImg(attrs, emit);
      break;
    case 'source':
      if (ctx.mediaParent === 'picture' || (ctx.mediaParent === undefined && attrs.has('srcset'))) {
        emitSrcset(attrs.get('srcset'), 'picture-source', emit);
      } else if (attrs.has('src')) {
        emit(attrs.get('src') as string, ctx.mediaParent === 'audio' ? 'audio-source' : 'video-source');
      }
      break;
    case 'video':
      if (attrs.has('src')) emit(attrs.get('src') as string, 'video');
      if (attrs.has('poster')) emit(attrs.get('poster') as string, 'video-poster');
      break;
    case 'audio':
      if (attrs.has('src')) emit(attrs.get('src') as string, 'audio');
      break;
    case 'input':
      if ((attrs.get('type') ?? '').toLowerCase() === 'image' && attrs.has('src')) {
        emit(attrs.get('src') as string, 'input-image');
      }
      break;
    case 'iframe':
    case 'frame':
      if (attrs.has('src')) emit(attrs.get('src') as string, tag);
      break;
    case 'embed':
      if (attrs.has('src')) emit(attrs.get('src') as string, 'embed');
      break;
    case 'object':
      if (attrs.has('data')) emit(attrs.get('data') as string, 'object');
      break;
    case 'base':
      if (href !== undefined && !ctx.foreign) ctx.base(href);
      break;
    case 'link':
      linkElement(attrs, emit);
      break;
    case 'meta':
      metaElement(attrs, emit);
      break;
  }
  for (const [name, value] of attrs) {
    if (name === 'style') emitCss(value, 'css-url', emit);
    else if (name === 'background') emit(value, 'background');
    else if (name.startsWith('data-')) emitDataAttribute(name, value, emit);
  }
}

function linkElement(attrs: ReadonlyMap<string, string>, emit: Emit): void {
  const href = attrs.get('href');
  for (const rel of relTokens(attrs)) {
    if (rel === 'preload' || rel === 'prefetch') {
      if (!preloadKinds.has((attrs.get('as') ?? '').toLowerCase())) continue;
      if (href !== undefined) emit(href, 'link-preload');
      emitSrcset(attrs.get('imagesrcset'), 'link-preload', emit);
    } else if (rel === 'image_src') {
      if (href !== undefined) emit(href, 'link-image');
    } else if (rel === 'icon' || rel === 'apple-touch-icon' || rel === 'apple-touch-icon-precomposed') {
      if (href !== undefined) emit(href, 'link-icon');
    } else if (rel === 'next' || rel === 'prev' || rel === 'previous') {
      if (href !== undefined) emit(href, 'link-page');
    }
  }
}

function metaElement(attrs: ReadonlyMap<string, string>, emit: Emit): void {
  const content = attrs.get('content');
  if (content === undefined) return;
  if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
    const url = metaRefreshUrl(content);
    if (url !== undefined) emit(url, 'meta-refresh');
    return;
  }
  const property = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
  if (metaImageProperties.has(property)) emit(content, 'meta-image');
}
