import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maxCrawlUrlLength, normaliseCrawlUrl } from './index.ts';

describe('normaliseCrawlUrl', () => {
  it('makes spellings of one URL one string, as intake does for reported URLs', () => {
    assert.equal(
      normaliseCrawlUrl(' HTTP://WWW.Example.TEST.:80/a/./b/../c?q=1#top '),
      'http://www.example.test/a/c?q=1',
    );
    assert.equal(normaliseCrawlUrl('https://example.test:443/'), 'https://example.test/');
    assert.equal(normaliseCrawlUrl('https://example.test:8443/x'), 'https://example.test:8443/x');
    assert.equal(normaliseCrawlUrl('https://bücher.example/ä'), 'https://xn--bcher-kva.example/%C3%A4');
    assert.equal(normaliseCrawlUrl('https://example.test/x?'), 'https://example.test/x');
    assert.equal(normaliseCrawlUrl('https://example.test/x?#frag'), 'https://example.test/x');
    assert.equal(normaliseCrawlUrl('https://example.test'), 'https://example.test/');
    assert.equal(normaliseCrawlUrl('https://example.test\\path\\x'), 'https://example.test/path/x');
  });
  it('keeps the path case, the query order and percent-encoding as written', () => {
    assert.equal(
      normaliseCrawlUrl('https://example.test/Gallery/IMG.jpg?b=2&a=1&a=0'),
      'https://example.test/Gallery/IMG.jpg?b=2&a=1&a=0',
    );
    assert.equal(normaliseCrawlUrl('https://example.test/%7euser/%2F'), 'https://example.test/%7euser/%2F');
  });
  it('resolves against a base', () => {
    assert.equal(normaliseCrawlUrl('../x#y', 'https://example.test/a/b/c'), 'https://example.test/a/x');
    assert.equal(
      normaliseCrawlUrl('//cdn.example.test/i.jpg', new URL('https://example.test/')),
      'https://cdn.example.test/i.jpg',
    );
  });
  it('refuses other schemes, credentials, single-label hosts and what does not parse', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'mailto:a@example.test',
      'ftp://example.test/x',
      'file:///etc/passwd',
      'blob:https://example.test/x',
      'http://user:pw@example.test/',
      'http://user@example.test/',
      'http://trusted.example.test@evil.example/',
      'http://localhost/',
      'http://intranet./',
      'http://.../',
      'not a url',
      '/relative/without/base',
      'http://exa mple.test/',
    ]) {
      assert.equal(normaliseCrawlUrl(url), undefined, url);
    }
  });
  it('keeps IP literals (the fetcher refuses private addresses, not the frontier)', () => {
    assert.equal(normaliseCrawlUrl('http://192.0.2.1:8080/x'), 'http://192.0.2.1:8080/x');
    assert.equal(normaliseCrawlUrl('http://0xC0.0.2.1/'), 'http://192.0.2.1/');
    assert.equal(normaliseCrawlUrl('http://[2001:DB8::1]/'), 'http://[2001:db8::1]/');
  });
  it(`refuses URLs longer than ${maxCrawlUrlLength} characters once normalised`, () => {
    const base = 'https://example.test/';
    assert.equal(normaliseCrawlUrl(base + 'a'.repeat(maxCrawlUrlLength - base.length)), base + 'a'.repeat(2027));
    assert.equal(normaliseCrawlUrl(base + 'a'.repeat(maxCrawlUrlLength - base.length + 1)), undefined);
    // Percent-encoding can make a short spelling long.
    assert.equal(normaliseCrawlUrl(base + ' '.repeat(1000)), base);
    assert.equal(normaliseCrawlUrl(base + '<'.repeat(700)), undefined);
    assert.equal(normaliseCrawlUrl(base + 'a'.repeat(1_000_000)), undefined);
  });
});
