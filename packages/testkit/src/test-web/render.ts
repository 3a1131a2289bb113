// Pages rendered on the fly from the model: every markup form a crawler has to discover, between
// paragraphs of filler text (5-15 KB a page). Rendering a page is string concatenation only.
import { EXTENSIONS } from './images.ts';
import {
  basePath,
  linkPath,
  mediaPath,
  pageLinks,
  pagePath,
  redirectPath,
  slotContent,
  slotForm,
  slotStyle,
  writeUrl,
} from './links.ts';
import { disallowsPrivate, isBasePage, type Model } from './model.ts';
import { PURPOSE, chance, lcg, pick } from './random.ts';

const WORDS = (
  'harbour lantern meadow copper violet orchard signal thistle granite willow beacon ember ' +
  'quarry saffron tundra marble juniper cobalt harvest pebble falcon river summit canvas ' +
  'lattice parcel timber velvet compass glacier prairie anchor'
).split(' ');

// Forty paragraphs of 500-900 bytes, made once; a page picks some of them by its hash.
const PARAGRAPHS: string[] = (() => {
  const next = lcg(20240611);
  return Array.from({ length: 40 }, () => {
    const words: string[] = [];
    const target = 500 + ((next() >>> 16) % 400);
    let length = 0;
    while (length < target) {
      const word = WORDS[(next() >>> 16) % WORDS.length] as string;
      words.push(word);
      length += word.length + 1;
    }
    return `<p>${words.join(' ')}.</p>`;
  });
})();

const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

type Rendered = { body: string[]; style: string[]; gallery: string[] };

function mediaMarkup(model: Model, port: number, site: number, path: string, g: number, out: Rendered): void {
  const form = slotForm(model, g);
  const content = slotContent(model, g);
  let url: string;
  if (form === 'base-href') url = `${g}.${EXTENSIONS[content.format]}`;
  else if (form === 'redirect-media')
    url = writeUrl(model, port, slotStyle(model, g), site, path, site, redirectPath(model.slotRedirects[g]!, 'm', g));
  else url = writeUrl(model, port, slotStyle(model, g), site, path, model.slotHost[g]!, mediaPath(model, g));
  const width = 64 + (g % 4) * 32;
  switch (form) {
    case 'img-src':
    case 'redirect-media':
    case 'base-href':
      return void out.body.push(`<figure><img src="${url}" alt="picture ${g}" width="${width}"></figure>`);
    case 'img-srcset': {
      const descriptor = g % 2 === 0 ? `${width * 2}w` : '2x';
      return void out.body.push(`<img src="${PLACEHOLDER}" srcset="${url} ${descriptor}" sizes="50vw" alt="">`);
    }
    case 'picture-source-srcset':
      return void out.body.push(
        `<picture><source srcset="${url} 1x" media="(min-width: 40em)"><img src="${PLACEHOLDER}" alt=""></picture>`,
      );
    case 'a-href-media':
      return void out.body.push(`<p><a href="${url}">Full size picture ${g}</a></p>`);
    case 'video-src':
      return void out.body.push(`<video src="${url}" controls muted preload="none"></video>`);
    case 'video-poster':
      return void out.body.push(`<video poster="${url}" controls preload="none"></video>`);
    case 'video-source':
      return void out.body.push(`<video controls preload="none"><source src="${url}" type="video/mp4"></video>`);
    case 'audio-source':
      return void out.body.push(`<audio controls preload="none"><source src="${url}" type="audio/mp4"></audio>`);
    case 'data-src':
      return void out.body.push(`<img class="lazy" src="${PLACEHOLDER}" data-src="${url}" alt="">`);
    case 'data-srcset':
      return void out.body.push(`<img class="lazy" src="${PLACEHOLDER}" data-srcset="${url} 1x" alt="">`);
    case 'data-original':
      return void out.body.push(`<img class="lazy" data-original="${url}" alt="">`);
    case 'data-lazy-src':
      return void out.body.push(`<img class="lazy" data-lazy-src="${url}" alt="">`);
    case 'data-bg':
      return void out.body.push(`<div class="hero" data-bg="${url}"></div>`);
    case 'css-style-attr':
      return void out.body.push(`<div class="tile" style="background-image: url('${url}'); height: 64px"></div>`);
    case 'css-style-element':
      out.style.push(`.bg-${g} { background: url("${url}") no-repeat; }`);
      return void out.body.push(`<div class="bg-${g}"></div>`);
    case 'noscript-img':
      return void out.body.push(`<noscript><img src="${url}" alt=""></noscript>`);
    case 'text-url':
      return void out.body.push(`<p>A mirror of the picture is at ${url} for those without images.</p>`);
    case 'script-json':
      return void out.gallery.push(`{"id":${g},"src":"${url}"}`);
  }
}

export function renderPage(model: Model, port: number, site: number, page: number): string {
  const { seed, mediaPerPage, pagesPerSite } = model.options;
  const path = pagePath(model, site, page);
  const base = isBasePage(seed, site, page, pagesPerSite);
  const out: Rendered = { body: [], style: [], gallery: [] };
  const nav: string[] = [];
  for (const link of pageLinks(model, site, page)) {
    const url = writeUrl(model, port, link.style, site, path, link.site, linkPath(model, link));
    const label = `Site ${link.site}, page ${link.page}`;
    if (link.form === 'iframe-src') out.body.push(`<iframe src="${url}" title="${label}" loading="lazy"></iframe>`);
    else nav.push(`<li><a href="${url}">${label}</a></li>`);
  }
  const first = (site * pagesPerSite + page) * mediaPerPage;
  const paragraphs = 8 + pick(12, seed, PURPOSE.filler, site, page);
  const slots = Array.from({ length: mediaPerPage }, (_, k) => first + k);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(PARAGRAPHS[pick(PARAGRAPHS.length, seed, PURPOSE.filler, site, page, i)] as string);
    const here = slots.splice(0, Math.ceil(mediaPerPage / paragraphs));
    for (const g of here) mediaMarkup(model, port, site, path, g, out);
    parts.push(...out.body.splice(0));
  }
  for (const g of slots) mediaMarkup(model, port, site, path, g, out);
  parts.push(...out.body.splice(0));
  const baseTag = base
    ? `<base href="${chance(seed, PURPOSE.base, site, page, 1) < 0.5 ? basePath(page) : writeUrl(model, port, 'absolute', site, path, site, basePath(page))}">`
    : '';
  const gallery =
    out.gallery.length > 0 ? `<script>window.gallery = {"items":[${out.gallery.join(',')}]};</script>` : '';
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Site ${site}, page ${page}</title>${baseTag}` +
    `<style>body { font-family: sans-serif; max-width: 50em; } ${out.style.join(' ')}</style></head><body>` +
    `<header><h1>Site ${site}, page ${page}</h1><nav><ul>${nav.join('')}</ul></nav></header>` +
    `<main>${parts.join('\n')}</main><footer><p>Synthetic page of the Vigie test web.</p></footer>${gallery}</body></html>`
  );
}

/** The /go/PAGE stub: an empty page that sends the browser on by meta refresh. */
export function renderRefreshStub(model: Model, port: number, site: number, page: number): string {
  const target = pagePath(model, site, page);
  const url = page % 2 === 0 ? target : writeUrl(model, port, 'absolute', site, '/go/', site, target);
  return `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=${url}"><title>Moved</title></head><body><p>This page has moved.</p></body></html>`;
}

/** robots.txt of a site: /private/ disallowed on some, absent (404) on others, open on the rest. */
export function robotsTxt(model: Model, host: number): string | undefined {
  if (host >= model.siteCount) return 'User-agent: *\nDisallow:\n';
  if (disallowsPrivate(model, host)) return 'User-agent: *\nDisallow: /private/\n';
  if (host % 7 === 3) return undefined;
  return 'User-agent: *\nDisallow:\n';
}
