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

type Contender = { label: string; once: () => number; pages: number; links: number; cpuMicros: number; wallMs: number };

// Contenders take turns in short slices, and speed is per second of CPU used (process.cpuUsage),
// so that other load on a shared machine skews neither the figures nor their ratio.
function race(contenders: Contender[]): void {
  for (const c of contenders) for (let i = 0; i < 50; i += 1) c.once();
  const until = performance.now() + seconds * 1000 * contenders.length;
  while (performance.now() < until) {
    for (const c of contenders) {
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const sliceEnd = wall + 200;
      while (performance.now() < sliceEnd) {
        c.links += c.once();
        c.pages += 1;
      }
      c.wallMs += performance.now() - wall;
      const used = process.cpuUsage(cpu);
      c.cpuMicros += used.user + used.system;
    }
  }
  for (const c of contenders) {
    const perCpuSecond = c.pages / (c.cpuMicros / 1e6);
    const perWallSecond = c.pages / (c.wallMs / 1000);
    console.log(
      `${c.label.padEnd(34)} ${perCpuSecond.toFixed(0).padStart(6)} pages/s  ` +
        `${((perCpuSecond * bytes.length) / 1e6).toFixed(1).padStart(6)} MB/s per CPU second` +
        `  (${perWallSecond.toFixed(0)} pages/s wall clock)` +
        (c.links ? `  ${(c.links / c.pages).toFixed(0)} links/page` : ''),
    );
  }
}

const decoder = new TextDecoder();
const contender = (label: string, once: () => number): Contender => ({
  label,
  once,
  pages: 0,
  links: 0,
  cpuMicros: 0,
  wallMs: 0,
});
console.log(`page: ${(bytes.length / 1024).toFixed(1)} KiB in ${chunks.length} chunks, ${seconds} s each, one core`);
race([
  contender('createLinkExtractor', () => {
    const x = createLinkExtractor('https://www.gallery.test/gallery/12', { maxLinks: 5000, maxHtmlBytes: 8 << 20 });
    for (const chunk of chunks) x.write(chunk);
    return x.end().links.length;
  }),
  contender('htmlparser2 Parser, no callbacks', () => {
    const parser = new Parser({});
    for (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
    parser.end();
    return 0;
  }),
]);
