// Pages built to hurt a crawler: link farms, deep nesting, giant attributes, broken markup,
// random bytes. Each must finish quickly, within the caps, without throwing. The time bounds
// are ten times what a shared 2-core machine needs, so they fail only on a real regression
// (a quadratic path takes minutes here, not seconds).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinkExtractor, normaliseCrawlUrl, type DiscoveryResult } from './index.ts';

const page = 'https://farm.test/index.html';
const mib = 1024 * 1024;

// Feeds `total` bytes produced by `unit(i)` in 64 KiB chunks, never holding the page whole.
function feed(unit: (i: number) => string, total: number, limits = { maxLinks: 5000, maxHtmlBytes: 16 * mib }) {
  const x = createLinkExtractor(page, limits);
  const started = performance.now();
  let written = 0;
  let chunk = '';
  for (let i = 0; written < total; i += 1) {
    chunk += unit(i);
    if (chunk.length >= 65536 || written + chunk.length >= total) {
      const piece = chunk.slice(0, total - written);
      x.write(piece);
      written += piece.length;
      chunk = '';
      if (x.stopped) break;
    }
  }
  const result = x.end();
  return { result, ms: performance.now() - started, written };
}

function assertWellFormed(result: DiscoveryResult): void {
  for (const link of result.links) assert.equal(normaliseCrawlUrl(link.url), link.url);
  assert.equal(new Set(result.links.map((l) => l.url)).size, result.links.length);
}

describe('hostile pages', () => {
  it('a 5 MB link farm stops at the link cap without reading the rest', () => {
    const { result, ms, written } = feed((i) => `<a href="/l/${i}"><img src="/i/${i}.jpg"></a>\n`, 5 * mib);
    assert.equal(result.links.length, 5000);
    assert.equal(result.limit, 'max-links');
    assert.ok(written < 1 * mib, `read ${written} bytes`);
    assert.ok(ms < 3000, `${ms} ms`);
    assertWellFormed(result);
  });
  it('a 5 MB page of one link repeated is read to the end and gives one link', () => {
    const { result, ms } = feed(() => '<a href="/same#x">x</a><img src=/same>', 5 * mib);
    assert.deepEqual(result.links, [{ url: 'https://farm.test/same', kind: 'unknown', source: 'a' }]);
    assert.equal(result.truncated, false);
    assert.ok(ms < 10_000, `${ms} ms`);
  });
  it('a 5 MB page is cut at maxHtmlBytes', () => {
    const { result } = feed((i) => `<p>${i}</p>`, 5 * mib, { maxLinks: 10, maxHtmlBytes: 1 * mib });
    assert.equal(result.bytes, 1 * mib);
    assert.equal(result.limit, 'max-html-bytes');
  });
  it('a million unclosed elements nested (5 MB) cost no more than flat ones', () => {
    const { result, ms } = feed((i) => (i % 100_000 === 0 ? `<div><a href="/d/${i}">` : '<div>'), 5 * mib);
    assert.equal(result.links.length, 11);
    assert.ok(ms < 10_000, `${ms} ms`);
    const svg = feed((i) => (i % 50_000 === 0 ? `<svg><image href="/s/${i}.png"/>` : '<svg><picture><video>'), 5 * mib);
    assert.equal(svg.result.links.length, 5);
    assert.ok(svg.ms < 10_000, `${svg.ms} ms`);
  });
  it('a 10 MB attribute is dropped, and the links after it are found', () => {
    const { result, ms } = feed(
      (i) =>
        i === 0
          ? '<a href="/before"><img src="'
          : i < 200_000
            ? 'A&amp;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
            : '"><a href="/after">',
      10 * mib + 100,
    );
    assert.deepEqual(
      result.links.map((l) => l.url),
      ['https://farm.test/before', 'https://farm.test/after'],
    );
    assert.ok(ms < 10_000, `${ms} ms`);
  });
  it('a 10 MB attribute name, tag name, comment, script and style do not stop the page', () => {
    for (const [open, filler, close] of [
      ['<img ', 'x', ' src="/after.jpg">'],
      ['<', 'x', '><a href="/after.jpg">'],
      ['<!--', 'x', '--><a href="/after.jpg">'],
      ['<script>var a="', 'x', '";</script><a href="/after.jpg">'],
      ['<style>.a{background:url(', 'x', ')}</style><a href="/after.jpg">'],
      ['<p>http://', 'x', ' <a href="/after.jpg">'],
    ] as const) {
      const unit = (i: number) => (i === 0 ? open : i < 10_000 ? filler.repeat(1000) : close);
      const { result, ms } = feed(unit, 10 * mib + 1000);
      assert.ok(
        result.links.some((l) => l.url === 'https://farm.test/after.jpg'),
        `${open}: ${JSON.stringify(result.links.slice(0, 3))}`,
      );
      assert.ok(ms < 10_000, `${open}: ${ms} ms`);
    }
  });
  it('text that is all URL prefixes or all url( is scanned in linear time', () => {
    for (const unit of ['http://', 'https:\\/\\/', 'url(url(', 'srcset=", , ,', '&amp;&#x', '<<<<>>>>', '\0\0\0\0']) {
      const { ms } = feed(() => unit.repeat(100), 5 * mib);
      assert.ok(ms < 10_000, `${unit}: ${ms} ms`);
    }
    const style = feed((i) => (i === 0 ? '<style>' : 'url(a'), 5 * mib);
    assert.ok(style.ms < 10_000, `style: ${style.ms} ms`);
  });
  it('100,000 attributes on one element, each wanted', () => {
    const { result, ms } = feed((i) => (i === 0 ? '<div ' : `data-x${i}="/m/${i}.jpg" `), 4 * mib, {
      maxLinks: 100,
      maxHtmlBytes: 16 * mib,
    });
    // The element never ends within the cap, so it never yields links: what matters is time.
    assert.ok(result.links.length <= 100);
    assert.ok(ms < 10_000, `${ms} ms`);
  });
  it('broken markup still yields its links', () => {
    const html =
      '<a href="/one"<a href=/two>x</a><img src="/three.jpg\0"><p <img src=/four.jpg>' +
      '<a href="/f\0ive">x<a href=\'/six\'>y</a></div></div></b><<a href="/seven">' +
      '<table><tr><td><a href="/eight"></table></i></u><a href="/nine" <a href="/ten">' +
      '<img src="/unclosed.jpg';
    const x = createLinkExtractor(page, { maxLinks: 100, maxHtmlBytes: mib });
    x.write(html);
    const result = x.end();
    assertWellFormed(result);
    const found = result.links.map((l) => l.url);
    for (const path of ['/one', '/three.jpg%EF%BF%BD', '/f%EF%BF%BDive', '/six', '/seven', '/eight', '/nine']) {
      assert.ok(found.includes(`https://farm.test${path}`), `${path} in ${found.join(' ')}`);
    }
    // `<a href="/one"<a href=/two>`: a browser reads a second href on the same element, and ignores it.
    assert.ok(!found.includes('https://farm.test/two'));
    // An attribute cut by the end of the document belongs to no element, as in browsers.
    assert.ok(!found.includes('https://farm.test/unclosed.jpg'));
  });
  it('random bytes never throw and give only well-formed links', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    const alphabet = ['<', '>', '"', "'", '=', ' ', '/', 'a', 'href', 'src', 'img', 'http://', '&amp;', '&#', ';', '\0',
      'url(', ')', ',', 'script', 'style', '-->', '<!--', 'srcset', 'base', 'x.jpg', '\n', 'svg', 'data-src', ':']; // prettier-ignore
    for (let round = 0; round < 20; round += 1) {
      const x = createLinkExtractor(page, { maxLinks: 1000, maxHtmlBytes: mib });
      const bytes: number[] = [];
      for (let i = 0; i < 20_000; i += 1) bytes.push(Math.floor(random() * 256));
      x.write(new Uint8Array(bytes));
      let text = '';
      for (let i = 0; i < 20_000; i += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      x.write(text);
      assertWellFormed(x.end());
    }
  });
});
