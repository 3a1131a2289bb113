// A link's kind from where it was found and how its path ends. Only a hint for the scheduler:
// media is always sniffed by content, so `page.php?id=1` serving a JPEG is still found.

import type { LinkKind, LinkSource } from './discovery.types.ts';

// prettier-ignore
const mediaExtensions = new Set([
  // images
  'jpg', 'jpeg', 'jpe', 'jfif', 'pjpeg', 'pjp', 'png', 'apng', 'gif', 'webp', 'avif', 'bmp', 'dib',
  'tif', 'tiff', 'heic', 'heif', 'jxl', 'ico', 'svg',
  // video and streaming manifests
  'mp4', 'm4v', 'mov', 'qt', 'webm', 'mkv', 'avi', 'wmv', 'asf', 'flv', 'f4v', 'mpg', 'mpeg', 'mpe',
  'm2ts', 'mts', 'ts', '3gp', '3g2', 'ogv', 'm3u8', 'mpd',
  // audio
  'mp3', 'm4a', 'oga', 'ogg', 'opus', 'wav', 'flac', 'aac',
]);

// Found in scripts and stylesheets, these are the site's code and fonts, not pages or media.
const assetExtensions = new Set(['css', 'js', 'mjs', 'cjs', 'map', 'woff', 'woff2', 'ttf', 'otf', 'eot']);

const pageSources: ReadonlySet<LinkSource> = new Set(['a', 'area', 'iframe', 'frame', 'meta-refresh', 'link-page']);
// Sources that are scanned out of text or guessed from attribute values: their code and fonts are dropped.
const guessedSources: ReadonlySet<LinkSource> = new Set(['css-url', 'text-url', 'script-url', 'data-other']);

/** The lower-cased extension of a URL path's last segment, or ''. */
export function pathExtension(pathname: string): string {
  const slash = pathname.lastIndexOf('/');
  const dot = pathname.lastIndexOf('.');
  if (dot <= slash + 1 || pathname.length - dot > 6) return '';
  return pathname.slice(dot + 1).toLowerCase();
}

export function hasMediaExtension(pathname: string): boolean {
  return mediaExtensions.has(pathExtension(pathname));
}

/** The kind of a link found at `source`, or undefined for a link not worth queueing. */
export function kindOf(source: LinkSource, pathname: string): LinkKind | undefined {
  const ext = pathExtension(pathname);
  if (pageSources.has(source)) return mediaExtensions.has(ext) ? 'unknown' : 'page';
  if (guessedSources.has(source) && assetExtensions.has(ext)) return undefined;
  if (source === 'object') return 'unknown';
  if (source === 'text-url' || source === 'script-url') return mediaExtensions.has(ext) ? 'media' : 'page';
  return 'media';
}

/** Two sightings of one URL: kinds that disagree mean "either". */
export function mergeKinds(a: LinkKind, b: LinkKind): LinkKind {
  return a === b ? a : 'unknown';
}
