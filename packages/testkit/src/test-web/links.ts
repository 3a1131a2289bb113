// Paths, written URLs and the link graph, all derived from the model and the seed on demand.
import { CONTENT_TYPES, EXTENSIONS } from './images.ts';
import { disallowsPrivate, isBasePage, slotForm, slotStyle, type Content, type Model, type UrlStyle } from './model.ts';
import { PURPOSE, chance, pick } from './random.ts';

export const LINK_FORMS = ['a-href', 'iframe-src', 'meta-refresh', 'redirect'] as const;
export type LinkForm = (typeof LINK_FORMS)[number];

export type PageLink = { site: number; page: number; form: LinkForm; style: UrlStyle; hops: number };

const WRONG_EXTENSION: Record<Content['format'], string> = {
  png: 'jpg',
  jpeg: 'png',
  webp: 'gif',
  gif: 'webp',
  mp4: 'gif',
};

export function isPrivatePage(model: Model, site: number, page: number): boolean {
  return page > 0 && disallowsPrivate(model, site) && chance(model.options.seed, PURPOSE.private, site, page) < 0.15;
}

export function pagePath(model: Model, site: number, page: number): string {
  if (page === 0) return '/';
  if (isPrivatePage(model, site, page)) return `/private/p${page}.html`;
  switch (pick(3, model.options.seed, PURPOSE.pagePath, site, page)) {
    case 0:
      return `/p${page}.html`;
    case 1:
      return `/pages/${page}`;
    default:
      return `/section/${page % 10}/${page}.html`;
  }
}

const PAGE_PATH = /^\/(?:p(\d+)\.html|pages\/(\d+)|section\/\d+\/(\d+)\.html|private\/p(\d+)\.html)?$/;

/** The page a path names on a site, or undefined (a path that is not exactly the page's). */
export function parsePagePath(model: Model, site: number, path: string): number | undefined {
  const m = PAGE_PATH.exec(path);
  if (!m) return undefined;
  const page = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? 0);
  if (page >= model.options.pagesPerSite || pagePath(model, site, page) !== path) return undefined;
  return page;
}

export function basePath(page: number): string {
  return `/assets/p${page}/`;
}

export function slotSite(model: Model, g: number): number {
  return Math.floor(g / (model.options.pagesPerSite * model.options.mediaPerPage));
}

export function slotPage(model: Model, g: number): number {
  return Math.floor(g / model.options.mediaPerPage) % model.options.pagesPerSite;
}

export function slotContent(model: Model, g: number): Content {
  return model.contents[model.slotContent[g] as number] as Content;
}

/** The path that answers a slot's bytes, on host model.slotHost[g]. */
export function mediaPath(model: Model, g: number): string {
  const format = slotContent(model, g).format;
  if (slotForm(model, g) === 'base-href') return `${basePath(slotPage(model, g))}${g}.${EXTENSIONS[format]}`;
  const onSite = (model.slotHost[g] as number) < model.siteCount;
  const mode = model.slotExtension[g];
  if (mode === 1) return onSite ? `/i/${g}` : `/m/${g}`;
  const ext = mode === 2 ? WRONG_EXTENSION[format] : EXTENSIONS[format];
  return `${onSite ? '/media' : '/m'}/${g}.${ext}`;
}

const MEDIA_PATH = /^\/(?:media|i|m|assets\/p\d+)\/(\d+)(?:\.[a-z0-9]+)?$/;

/** The slot a media path on a host answers, or undefined. */
export function parseMediaPath(model: Model, host: number, path: string): number | undefined {
  const m = MEDIA_PATH.exec(path);
  if (!m) return undefined;
  const g = Number(m[1]);
  if (g >= model.slotCount || model.slotHost[g] !== host || mediaPath(model, g) !== path) return undefined;
  return g;
}

/** The redirect chain's first path: /r/N/p/PAGE or /r/N/m/SLOT, N hops (301, then 302, then 307). */
export function redirectPath(hops: number, kind: 'p' | 'm', target: number): string {
  return `/r/${hops}/${kind}/${target}`;
}

function pathDepth(path: string): number {
  return path.split('/').length - 2;
}

export function origin(model: Model, host: number, port: number): string {
  return `http://${model.hosts[host]!.name}:${port}`;
}

/** A URL as it is written in a page at `fromPath` on `fromHost`. */
export function writeUrl(
  model: Model,
  port: number,
  style: UrlStyle,
  fromHost: number,
  fromPath: string,
  toHost: number,
  toPath: string,
): string {
  if (toHost !== fromHost && (style === 'root-relative' || style === 'relative')) style = 'absolute';
  switch (style) {
    case 'absolute':
      return `${origin(model, toHost, port)}${toPath}`;
    case 'protocol-relative':
      return `//${model.hosts[toHost]!.name}:${port}${toPath}`;
    case 'root-relative':
      return toPath;
    case 'relative':
      return '../'.repeat(pathDepth(fromPath)) + toPath.slice(1);
  }
}

/**
 * A page's links. The first ceil(L/2) are to its children in a tree over the site's pages
 * (page p's children are p*k+1..p*k+k), so every page is reachable from `/`; the rest go to
 * random pages of the site, or now and then to another site.
 */
export function pageLinks(model: Model, site: number, page: number): PageLink[] {
  const { seed, linksPerPage, pagesPerSite, sites, crossSiteShare } = model.options;
  const base = isBasePage(seed, site, page, pagesPerSite);
  const k = Math.max(1, Math.ceil(linksPerPage / 2));
  const links: PageLink[] = [];
  for (let j = 0; j < linksPerPage; j++) {
    const child = page * k + 1 + j;
    let target: { site: number; page: number };
    if (j < k && child < pagesPerSite) target = { site, page: child };
    else if (sites > 1 && chance(seed, PURPOSE.crossSite, site, page, j) < crossSiteShare)
      target = {
        site: (site + 1 + pick(sites - 1, seed, PURPOSE.linkTarget, site, page, j)) % sites,
        page: pick(pagesPerSite, seed, PURPOSE.linkTarget, site, page, j, 1),
      };
    else target = { site, page: pick(pagesPerSite, seed, PURPOSE.linkTarget, site, page, j) };
    const ordinal = page * linksPerPage + j;
    let form: LinkForm;
    if (target.site !== site) form = 'a-href';
    else if (site === 0 && ordinal < LINK_FORMS.length) form = LINK_FORMS[ordinal] as LinkForm;
    else {
      const r = chance(seed, PURPOSE.linkForm, site, page, j);
      form = r < 0.75 ? 'a-href' : r < 0.8 ? 'iframe-src' : r < 0.88 ? 'meta-refresh' : 'redirect';
    }
    const r = chance(seed, PURPOSE.style, site, page, j);
    let style: UrlStyle = r < 0.4 ? 'root-relative' : r < 0.7 ? 'relative' : r < 0.9 ? 'absolute' : 'protocol-relative';
    if (target.site !== site) style = 'absolute';
    else if (base && style === 'relative') style = 'root-relative';
    const hops = form === 'redirect' ? 1 + pick(3, seed, PURPOSE.linkForm, site, page, j, 1) : 0;
    links.push({ ...target, form, style, hops });
  }
  return links;
}

/** Where a page link is written to point: the page itself, its refresh stub or its redirect chain. */
export function linkPath(model: Model, link: PageLink): string {
  if (link.form === 'meta-refresh') return `/go/${link.page}`;
  if (link.form === 'redirect') return redirectPath(link.hops, 'p', link.page);
  return pagePath(model, link.site, link.page);
}

export { slotForm, slotStyle };

const WRONG_TYPE: Record<Content['format'], string> = {
  png: 'image/jpeg',
  jpeg: 'image/png',
  webp: 'image/jpeg',
  gif: 'image/png',
  mp4: 'text/plain',
};

/** The Content-Type a slot is answered with (null: none at all); lies are deliberate. */
export function mediaContentType(model: Model, g: number): string | null {
  const format = slotContent(model, g).format;
  switch (model.slotContentType[g]) {
    case 0:
      return CONTENT_TYPES[format];
    case 1:
      return WRONG_TYPE[format];
    case 2:
      return 'application/octet-stream';
    default:
      return null;
  }
}
