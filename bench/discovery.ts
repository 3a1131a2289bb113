// npm run bench -- discovery [--seconds 5] [--kb 50]: link discovery on a generated gallery page
// (thumbnails with srcset and lazy data-src, pagination, a style element, an inline JSON gallery,
// prose), fed in 16 KiB byte chunks as a response body arrives. Prints pages/s and MB/s, and the
// same page through htmlparser2's Parser with empty callbacks, as the parsing-only ceiling.
import { Parser } from 'htmlparser2';
import { createLinkExtractor } from '../packages/core/src/crawler/discovery/index.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const seconds = option('seconds', 5);
const targetBytes = option('kb', 50) * 1024;

function galleryPage(): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gallery 12 - Site</title>' +
    '<meta property="og:image" content="https://cdn.gallery.test/og/12.jpg"><link rel="stylesheet" href="/s.css">' +
    '<link rel="icon" href="/favicon.ico"><link rel="next" href="/gallery/12?page=2">' +
    '<style>.hero{background:url(/img/hero.jpg)} .card{border:1px solid #ddd;padding:4px} ' +
    '@font-face{font-family:x;src:url(/f.woff2)}</style></head><body><header><nav>' +
    Array.from({ length: 20 }, (_, i) => `<a href="/category/${i}" class="nav">Category ${i}</a>`).join('') +
    '</nav></header><main>';
  const json: string[] = [];
  let body = '';
  for (let i = 0; head.length + body.length < targetBytes * 0.8; i += 1) {
    json.push(`{"id":${i},"full":"https:\\/\\/cdn.gallery.test\\/full\\/${i}.jpg"}`);
    body +=
      `<div class="card" data-id="${i}"><a href="/photo/${i}?ref=gallery&amp;p=12">` +
      `<img src="/blank.gif" data-src="https://cdn.gallery.test/t/${i}.jpg" ` +
      `srcset="https://cdn.gallery.test/t/${i}-320.jpg 320w, https://cdn.gallery.test/t/${i}-640.jpg 640w" ` +
      `alt="Photo ${i} of the set" loading="lazy" width="320" height="240"></a>` +
      `<p class="caption">Photo ${i}: taken on a walk, see https://blog.gallery.test/post/${i} for more.</p></div>\n`;
  }
  let page = `${head}${body}</main><script>window.__GALLERY__ = {"items":[${json.join(',')}]};</script>`;
  while (page.length < targetBytes) page += '<p>Footer text about the site, its rules and its contact page.</p>';
  return `${page}</body></html>`;
}

const html = galleryPage();
const bytes = new TextEncoder().encode(html);
const chunks: Uint8Array[] = [];
for (let i = 0; i < bytes.length; i += 16 * 1024) chunks.push(bytes.subarray(i, i + 16 * 1024));

function run(label: string, once: () => number): void {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) once();
  let pages = 0;
  let links = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    links += once();
    pages += 1;
  }
  const elapsed = (performance.now() - started) / 1000;
  const perSecond = pages / elapsed;
  console.log(
    `${label.padEnd(34)} ${perSecond.toFixed(0).padStart(6)} pages/s  ${((perSecond * bytes.length) / 1e6).toFixed(1).padStart(6)} MB/s` +
      (links ? `  ${(links / pages).toFixed(0)} links/page` : ''),
  );
}

console.log(`page: ${(bytes.length / 1024).toFixed(1)} KiB, ${chunks.length} chunks, ${seconds} s per run, one core`);
run('createLinkExtractor', () => {
  const x = createLinkExtractor('https://www.gallery.test/gallery/12', { maxLinks: 5000, maxHtmlBytes: 8 << 20 });
  for (const chunk of chunks) x.write(chunk);
  return x.end().links.length;
});
const decoder = new TextDecoder();
run('htmlparser2 Parser, no callbacks', () => {
  const parser = new Parser({});
  for (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.end();
  return 0;
});
