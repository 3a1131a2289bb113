import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinkExtractor, type DiscoveryResult, type LinkSource } from './index.ts';

const page = 'https://www.site.test/dir/page.html';
const limits = { maxLinks: 1000, maxHtmlBytes: 1_000_000 };

// Parses whole, then again in 1-byte and 7-byte pieces: streaming must not change the answer.
function extract(html: string, pageUrl = page, options = limits): DiscoveryResult {
  const whole = createLinkExtractor(pageUrl, options);
  whole.write(html);
  const result = whole.end();
  const bytes = new TextEncoder().encode(html);
  for (const size of [1, 7]) {
    const pieces = createLinkExtractor(pageUrl, options);
    for (let i = 0; i < bytes.length; i += size) pieces.write(bytes.subarray(i, i + size));
    const streamed = pieces.end();
    // Parsing stops within the chunk where a link was dropped: how much was read depends on chunks.
    if (result.limit === 'max-links') streamed.bytes = result.bytes;
    assert.deepEqual(streamed, result, `in ${size}-byte chunks`);
  }
  return result;
}
const urls = (html: string, pageUrl = page) => extract(html, pageUrl).links.map((l) => l.url);
const found = (html: string) => extract(html).links.map((l) => `${l.source} ${l.kind} ${l.url}`);

describe('createLinkExtractor: what a browser follows or fetches', () => {
  it('anchors and areas are pages; an anchor to a picture may be either', () => {
    assert.deepEqual(found('<a href="next.html">n</a><area href="/map"><a href="full.JPG">x</a>'), [
      'a page https://www.site.test/dir/next.html',
      'area page https://www.site.test/map',
      'a unknown https://www.site.test/dir/full.JPG',
    ]);
  });
  it('images: src and every srcset candidate', () => {
    assert.deepEqual(found('<img src="a.jpg" srcset="/img,w_100/b.jpg 100w, c.jpg 2x">'), [
      'img media https://www.site.test/dir/a.jpg',
      'img-srcset media https://www.site.test/img,w_100/b.jpg',
      'img-srcset media https://www.site.test/dir/c.jpg',
    ]);
    assert.deepEqual(urls('<image src="old.gif">'), ['https://www.site.test/dir/old.gif']);
    assert.deepEqual(found('<input type="IMAGE" src="btn.png"><input type=text src="no.png">'), [
      'input-image media https://www.site.test/dir/btn.png',
    ]);
  });
  it('picture, video and audio sources', () => {
    const html =
      '<picture><source srcset="p.avif 1x, p2.avif 2x" type="image/avif"><img src="p.jpg"></picture>' +
      '<video src="v.webm" poster="poster.jpg"><source src="v.mp4" type="video/mp4"><track src="subs.vtt"></video>' +
      '<audio src="a.mp3"><source src="a.ogg"></audio>';
    assert.deepEqual(found(html), [
      'picture-source media https://www.site.test/dir/p.avif',
      'picture-source media https://www.site.test/dir/p2.avif',
      'img media https://www.site.test/dir/p.jpg',
      'video media https://www.site.test/dir/v.webm',
      'video-poster media https://www.site.test/dir/poster.jpg',
      'video-source media https://www.site.test/dir/v.mp4',
      'audio media https://www.site.test/dir/a.mp3',
      'audio-source media https://www.site.test/dir/a.ogg',
    ]);
  });
  it('frames are pages; embed and object are media or either', () => {
    assert.deepEqual(
      found('<iframe src="/embed/1"></iframe><frame src="f.html"><embed src="m.swf"><object data="o">'),
      [
        'iframe page https://www.site.test/embed/1',
        'frame page https://www.site.test/dir/f.html',
        'embed media https://www.site.test/dir/m.swf',
        'object unknown https://www.site.test/dir/o',
      ],
    );
  });
  it('link and meta elements that name images, pages or a refresh', () => {
    const html =
      '<link rel="preload" as="image" href="hero.jpg" imagesrcset="hero-2x.jpg 2x"><link rel=preload as=style href=s.css>' +
      '<link rel="image_src" href="thumb.jpg"><link rel="shortcut icon" href="/favicon.ico"><link rel=next href="?page=2">' +
      '<link rel=stylesheet href=site.css><meta property="og:image" content="https://cdn.site.test/og.jpg">' +
      '<meta name="twitter:image" content="/tw.png"><meta http-equiv="Refresh" content="0; URL=\'/moved\'">';
    assert.deepEqual(found(html), [
      'link-preload media https://www.site.test/dir/hero.jpg',
      'link-preload media https://www.site.test/dir/hero-2x.jpg',
      'link-image media https://www.site.test/dir/thumb.jpg',
      'link-icon media https://www.site.test/favicon.ico',
      'link-page page https://www.site.test/dir/page.html?page=2',
      'meta-image media https://cdn.site.test/og.jpg',
      'meta-image media https://www.site.test/tw.png',
      'meta-refresh page https://www.site.test/moved',
    ]);
  });
  it('lazy-loading attributes and data-* values that are media URLs', () => {
    const html =
      '<img src="blank.gif" data-src="real.jpg" data-srcset="r1.jpg 1x, r2.jpg 2x" data-original="orig.jpg">' +
      '<div data-bg="url(\'bg.jpg\')" data-hi-res="hi.png" data-caption="not a link.jpg" data-id="42"></div>' +
      '<a data-whatever="/media/clip.mp4" data-page="/about"></a>' +
      '<div data-gallery=\'[{"src":"https://cdn.test/g/1.jpg"},{"href":"https://cdn.test/page"}]\'></div>';
    assert.deepEqual(found(html), [
      'img media https://www.site.test/dir/blank.gif',
      'data-src media https://www.site.test/dir/real.jpg',
      'data-srcset media https://www.site.test/dir/r1.jpg',
      'data-srcset media https://www.site.test/dir/r2.jpg',
      'data-src media https://www.site.test/dir/orig.jpg',
      'data-src media https://www.site.test/dir/bg.jpg',
      'data-src media https://www.site.test/dir/hi.png',
      'data-other media https://www.site.test/media/clip.mp4',
      'data-other media https://cdn.test/g/1.jpg',
    ]);
  });
  it('CSS in style attributes and style elements, background attributes', () => {
    const html =
      '<style>@import url(theme.css); .hero { background: url( "/h.jpg" ) } /* url(c.jpg) */\n' +
      '@font-face { src: url(f.woff2) } .x{background:url(x\\2e png)}</style>' +
      '<div style="background-image: URL(d.webp), url(\'e.webp\')"></div><body background="old-bg.gif">';
    assert.deepEqual(found(html), [
      'css-url media https://www.site.test/h.jpg',
      'css-url media https://www.site.test/dir/x.png',
      'css-url media https://www.site.test/dir/d.webp',
      'css-url media https://www.site.test/dir/e.webp',
      'background media https://www.site.test/dir/old-bg.gif',
    ]);
  });
  it('noscript content is read as markup, in head and body', () => {
    assert.deepEqual(
      urls(
        '<head><noscript><img src="h.jpg"></noscript></head><noscript><a href="x.html"><img src=n.jpg></a></noscript>',
      ),
      ['https://www.site.test/dir/h.jpg', 'https://www.site.test/dir/x.html', 'https://www.site.test/dir/n.jpg'],
    );
  });
  it('URLs written in text and inline scripts (JSON galleries), not code or fonts', () => {
    const html =
      '<p>Mirror: https://mirror.test/set/12 and https://mirror.test/p.png.</p>' +
      '<script>var gallery = {"items":[{"full":"https:\\/\\/cdn.test\\/full\\/1.jpg"}]};' +
      'load("https://cdn.test/app.js"); font("https://cdn.test/f.woff2");</script>' +
      '<script type="application/ld+json">{"image":"https://cdn.test/ld.jpg"}</script>' +
      '<!-- https://comment.test/hidden.jpg --><textarea>https://ta.test/t.jpg</textarea>';
    assert.deepEqual(found(html), [
      'text-url page https://mirror.test/set/12',
      'text-url media https://mirror.test/p.png',
      'script-url media https://cdn.test/full/1.jpg',
      'script-url media https://cdn.test/ld.jpg',
      'text-url media https://ta.test/t.jpg',
    ]);
  });
  it('comments, iframe fallback text and SVG titles are not links or titles', () => {
    const result = extract(
      '<svg><title>icon</title><image href="s.png"/><a xlink:href="/svg-link"></a></svg>' +
        '<iframe src="f.html"><img src="fallback.jpg"></iframe><!-- <img src="c.jpg"> --><title>Real</title>',
    );
    assert.deepEqual(
      result.links.map((l) => `${l.source} ${l.url}`),
      [
        'svg-image https://www.site.test/dir/s.png',
        'a https://www.site.test/svg-link',
        'iframe https://www.site.test/dir/f.html',
      ],
    );
    assert.equal(result.title, 'Real');
  });
});

describe('createLinkExtractor: URLs as the URL parser reads them', () => {
  it('decodes entities, trims whitespace and controls, drops tabs and newlines inside', () => {
    assert.deepEqual(
      urls('<a href=" \n/a?x=1&amp;y=2&lt;3 \t">a</a><a href="/b&#x2F;c">b</a><a href="/l\ni\tne">c</a>'),
      ['https://www.site.test/a?x=1&y=2%3C3', 'https://www.site.test/b/c', 'https://www.site.test/line'],
    );
  });
  it('resolves relative, protocol-relative and dot segments; removes fragments and duplicates', () => {
    assert.deepEqual(
      urls(
        '<a href="../up">1</a><a href="//CDN.Other.TEST:443/x">2</a><a href="./up2/../up3#f">3</a><a href="/up#x">4</a>',
      ),
      ['https://www.site.test/up', 'https://cdn.other.test/x', 'https://www.site.test/dir/up3'],
    );
  });
  it('reads "/\\host" and "/<tab>/host" as naming a host, as the URL parser does', () => {
    assert.deepEqual(urls('<a href="/\\other.test/x">1</a><a href="/\t/third.test/y">2</a><a href="/:8080/z">3</a>'), [
      'https://other.test/x',
      'https://third.test/y',
      'https://www.site.test/:8080/z',
    ]);
    assert.deepEqual(urls('<a href="/p">1</a>', 'http://www.site.test:8080/dir/'), ['http://www.site.test:8080/p']);
  });
  it('drops javascript:, mailto:, data:, tel:, self-links, credentials and single-label hosts', () => {
    const html =
      '<a href="javascript:go()">j</a><a href=" JavaScript:x">J</a><a href="mailto:a@b.test">m</a><a href="tel:+1">t</a>' +
      '<img src="data:image/png;base64,AAAA"><a href="#top">self</a><a href="">empty</a><a href="page.html">self</a>' +
      '<a href="http://user:pw@evil.test/">cred</a><a href="http://intranet/">local</a><a href="ftp://f.test/x">ftp</a>' +
      '<a href="https://ok.test/">ok</a>';
    assert.deepEqual(urls(html), ['https://ok.test/']);
  });
  it('merges a URL seen as page and as media into "either", keeping the first source', () => {
    assert.deepEqual(extract('<a href="/v/1">x</a><img src="/v/1">').links, [
      { url: 'https://www.site.test/v/1', kind: 'unknown', source: 'a' },
    ]);
  });
  it('reads a page in another encoding when told', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<title>caf'),
      0xe9,
      ...new TextEncoder().encode('</title>'),
    ]);
    const x = createLinkExtractor(page, { ...limits, encoding: 'windows-1252' });
    x.write(bytes);
    assert.equal(x.end().title, 'café');
  });
});

describe('createLinkExtractor: base URL', () => {
  it('the first <base href> applies to the whole page, links before it included', () => {
    const result = extract(
      '<head><link rel=icon href="fav.ico"><base href="https://static.site.test/root/"><base href="https://ignored.test/">' +
        '</head><a href="a.html">a</a><a href="https://abs.test/x">abs</a>',
    );
    assert.deepEqual(
      result.links.map((l) => l.url),
      ['https://static.site.test/root/fav.ico', 'https://static.site.test/root/a.html', 'https://abs.test/x'],
    );
    assert.equal(result.baseUrl, 'https://static.site.test/root/');
  });
  it('a base without href does not count; a relative base resolves against the page', () => {
    assert.deepEqual(urls('<base target="_blank"><base href="/other/"><a href="x">x</a>'), [
      'https://www.site.test/other/x',
    ]);
  });
  it('a first base that is not http(s) leaves the page URL in force, and later ones are ignored', () => {
    const result = extract('<base href="javascript:alert(1)"><base href="https://late.test/"><a href="x">x</a>');
    assert.deepEqual(
      result.links.map((l) => l.url),
      ['https://www.site.test/dir/x'],
    );
    assert.equal(result.baseUrl, page);
  });
});

describe('createLinkExtractor: result', () => {
  it('gives the first title, whitespace collapsed, and the bytes read', () => {
    const html = '<title>\n  A   &amp; B\n</title><title>second</title><p>é</p>';
    const result = extract(html);
    assert.equal(result.title, 'A & B');
    assert.equal(result.bytes, html.length + 1);
    assert.equal(result.truncated, false);
    assert.equal(extract('<p>no title</p>').title, undefined);
  });
  it('caps links per page and says so', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<a href="/p/${i}">${i}</a><a href="/p/${i}">again</a>`).join('');
    const result = extract(html, page, { maxLinks: 10, maxHtmlBytes: 1_000_000 });
    assert.equal(result.links.length, 10);
    assert.equal(result.links[9]?.url, 'https://www.site.test/p/9');
    assert.equal(result.truncated, true);
    assert.equal(result.limit, 'max-links');
    const x = createLinkExtractor(page, { maxLinks: 10, maxHtmlBytes: 1_000_000 });
    x.write(html.slice(0, 100));
    assert.equal(x.stopped, false);
    x.write(html.slice(100));
    assert.equal(x.stopped, true);
    const exact = extract(html, page, { maxLinks: 50, maxHtmlBytes: 1_000_000 });
    assert.equal(exact.links.length, 50);
    assert.equal(exact.truncated, false);
  });
  it('stops parsing at maxHtmlBytes', () => {
    const html = `<a href="/early">e</a>${' '.repeat(1000)}<a href="/late">l</a>`;
    const result = extract(html, page, { maxLinks: 100, maxHtmlBytes: 500 });
    assert.deepEqual(
      result.links.map((l) => l.url),
      ['https://www.site.test/early'],
    );
    assert.equal(result.bytes, 500);
    assert.equal(result.limit, 'max-html-bytes');
  });
  it('ignores writes after end and answers end twice the same', () => {
    const x = createLinkExtractor(page, limits);
    x.write('<a href="/one">');
    const first = x.end();
    x.write('<a href="/two">');
    assert.deepEqual(x.end(), first);
    assert.deepEqual(
      first.links.map((l) => l.url),
      ['https://www.site.test/one'],
    );
  });
  it('throws on a page URL that is not a URL', () => {
    assert.throws(() => createLinkExtractor('not a url', limits), TypeError);
  });
  it('names only known sources', () => {
    const sources = new Set<LinkSource>(extract('<a href="/a"><img src="/b">').links.map((l) => l.source));
    assert.deepEqual([...sources], ['a', 'img']);
  });
});
