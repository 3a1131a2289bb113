import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cssUrls } from './css-urls.ts';
import { metaRefreshUrl } from './meta-refresh.ts';
import { parseSrcset } from './srcset.ts';
import { createTextScanner, textUrls } from './text-urls.ts';

describe('parseSrcset (WHATWG splitting)', () => {
  it('returns every candidate without its descriptors', () => {
    assert.deepEqual(parseSrcset('a.jpg 1x, b.jpg 2x'), ['a.jpg', 'b.jpg']);
    assert.deepEqual(parseSrcset('  small.jpg 320w ,\n large.jpg   1280w  '), ['small.jpg', 'large.jpg']);
    assert.deepEqual(parseSrcset('only.jpg'), ['only.jpg']);
    assert.deepEqual(parseSrcset(''), []);
    assert.deepEqual(parseSrcset(' , ,, '), []);
  });
  it('keeps commas inside a URL and ends a candidate at trailing commas', () => {
    assert.deepEqual(parseSrcset('/img,w_300,h_200/a.jpg 300w, /img,w_600/a.jpg 600w'), [
      '/img,w_300,h_200/a.jpg',
      '/img,w_600/a.jpg',
    ]);
    // No whitespace: a browser reads one URL with a comma in it.
    assert.deepEqual(parseSrcset('a.jpg,b.jpg'), ['a.jpg,b.jpg']);
    // Trailing commas end the URL; the next candidate follows without descriptors.
    assert.deepEqual(parseSrcset('a.jpg,, b.jpg 2x'), ['a.jpg', 'b.jpg']);
  });
  it('skips commas inside descriptor parentheses', () => {
    assert.deepEqual(parseSrcset('a.jpg foo(1,2,3) 2x, b.jpg'), ['a.jpg', 'b.jpg']);
  });
  it('is linear on a huge attribute', () => {
    const value = Array.from({ length: 20000 }, (_, i) => `/i/${i}.jpg ${i}w`).join(', ');
    const started = performance.now();
    assert.equal(parseSrcset(value).length, 20000);
    assert.ok(performance.now() - started < 500);
  });
});

describe('cssUrls', () => {
  it('reads quoted and unquoted url() with spaces and any case', () => {
    assert.deepEqual(cssUrls('a{background:url(a.png)} b{background:URL( "b.png" )} c{x:url(\'c.png\')}'), [
      'a.png',
      'b.png',
      'c.png',
    ]);
  });
  it('decodes escapes', () => {
    assert.deepEqual(cssUrls('a{background:url(a\\28 1\\29.png)}'), ['a(1).png']);
    assert.deepEqual(cssUrls('a{background:url("q\\"uote.png")}'), ['q"uote.png']);
    assert.deepEqual(cssUrls('a{background:url(sp\\ ace.png)}'), ['sp ace.png']);
  });
  it('skips comments, plain strings and bad url tokens', () => {
    assert.deepEqual(cssUrls('/* url(no.png) */ a{content:"url(no2.png)"} b{background:url(yes.png)}'), ['yes.png']);
    assert.deepEqual(cssUrls('a{background:url(bad name.png)} b{background:url(ok.png)}'), ['ok.png']);
    assert.deepEqual(cssUrls('a{background:url(ba"d.png)} b{background:url(ok.png)}'), ['ok.png']);
    assert.deepEqual(cssUrls('a{background:myurl(no.png)}'), []);
  });
  it('reads image-set() strings and url()s, not other functions in it', () => {
    assert.deepEqual(
      cssUrls('a{background:-webkit-image-set("x1.png" 1x, url(x2.png) 2x, type("image/avif") "x3.avif" 3x)}'),
      ['x1.png', 'x2.png', 'x3.avif'],
    );
  });
  it('takes an unclosed url at the end of input', () => {
    assert.deepEqual(cssUrls('a{background:url(cut.png'), ['cut.png']);
  });
});

describe('metaRefreshUrl (shared declarative refresh steps)', () => {
  it('reads the URL in its usual spellings', () => {
    assert.equal(metaRefreshUrl('5; url=next.html'), 'next.html');
    assert.equal(metaRefreshUrl('0;URL=/x'), '/x');
    assert.equal(metaRefreshUrl('0; URL = "quoted.html"'), 'quoted.html');
    assert.equal(metaRefreshUrl("3, url='single.html' trailing"), 'single.html');
    assert.equal(metaRefreshUrl('1.5 ; next.html'), 'next.html');
    assert.equal(metaRefreshUrl('0; urlish.html'), 'urlish.html');
    assert.equal(metaRefreshUrl('  7 https://other.test/x'), 'https://other.test/x');
  });
  it('has no URL when the page only reloads or the time is malformed', () => {
    assert.equal(metaRefreshUrl('30'), undefined);
    assert.equal(metaRefreshUrl('30;'), undefined);
    assert.equal(metaRefreshUrl('url=x.html'), undefined);
    assert.equal(metaRefreshUrl('5x; url=x.html'), undefined);
    assert.equal(metaRefreshUrl('0; url='), undefined);
  });
});

describe('textUrls', () => {
  it('finds URLs in prose without trailing punctuation', () => {
    assert.deepEqual(textUrls('See https://a.test/x, then http://b.test/y.jpg. (Or https://c.test/z)'), [
      'https://a.test/x',
      'http://b.test/y.jpg',
      'https://c.test/z',
    ]);
    assert.deepEqual(textUrls('wiki https://w.test/A_(b) end'), ['https://w.test/A_(b)']);
  });
  it('reads JSON escapes in scripts', () => {
    assert.deepEqual(textUrls('{"a":"https:\\/\\/cdn.test\\/1.jpg","b":"https:\\u002F\\u002Fcdn.test\\u002F2.jpg"}'), [
      'https://cdn.test/1.jpg',
      'https://cdn.test/2.jpg',
    ]);
    assert.deepEqual(textUrls("x='HTTPS://cdn.test/a.jpg?x=1&y=2';"), ['https://cdn.test/a.jpg?x=1&y=2']);
  });
  it('ignores what is not a URL and URLs longer than the frontier keeps', () => {
    assert.deepEqual(textUrls('http:// nothing https:/single.test'), []);
    assert.deepEqual(textUrls(`https://long.test/${'a'.repeat(5000)} https://ok.test/`), ['https://ok.test/']);
  });
  it('a scanner finds a URL split across pieces, and only once', () => {
    const found: string[] = [];
    const scanner = createTextScanner((url) => found.push(url));
    const text = `${'word '.repeat(5000)}https://split.test/a/b/c.jpg ${'more '.repeat(5000)}`;
    for (let i = 0; i < text.length; i += 7) scanner.push(text.slice(i, i + 7));
    scanner.flush();
    assert.deepEqual(found, ['https://split.test/a/b/c.jpg']);
  });
});
