import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inScope, sameSite, siteOf } from './index.ts';

describe('siteOf and sameSite', () => {
  it('is the registrable domain', () => {
    assert.equal(siteOf('https://www.gallery.example/x'), 'gallery.example');
    assert.equal(siteOf('https://a.b.c.gallery.example/'), 'gallery.example');
    assert.equal(siteOf('https://shop.example.co.uk/'), 'example.co.uk');
    assert.equal(siteOf('https://bücher.example/'), 'xn--bcher-kva.example');
    assert.equal(siteOf('https://WWW.Gallery.Example./'), 'gallery.example');
  });
  it('counts private suffixes: two users of one hosting service are two sites', () => {
    assert.equal(siteOf('https://alice.github.io/a'), 'alice.github.io');
    assert.equal(sameSite('https://alice.github.io/', 'https://bob.github.io/'), false);
    assert.equal(sameSite('https://www.alice.github.io/', 'https://alice.github.io/x'), true);
  });
  it('falls back to the host for IPs, single labels and bare suffixes', () => {
    assert.equal(siteOf('http://192.0.2.7:8080/x'), '192.0.2.7');
    assert.equal(siteOf('http://[2001:db8::1]/'), '[2001:db8::1]');
    assert.equal(siteOf('http://localhost/'), 'localhost');
    assert.equal(siteOf('https://github.io/'), 'github.io');
    assert.equal(sameSite('http://192.0.2.7/', 'http://192.0.2.8/'), false);
  });
  it('has no site for what is not an http(s) URL', () => {
    assert.equal(siteOf('mailto:a@gallery.example'), undefined);
    assert.equal(siteOf('nonsense'), undefined);
    assert.equal(sameSite('nonsense', 'nonsense'), false);
  });
});

describe('inScope', () => {
  const scope = {
    seedSite: 'gallery.example',
    mediaHosts: new Set(['img.cdn.test']),
    confirmedHosts: new Set(['dump.test', 'files.mirror.test']),
  };
  it('follows pages on the seed site, any subdomain', () => {
    assert.deepEqual(inScope({ url: 'https://www.gallery.example/p/2', kind: 'page' }, scope), {
      follow: true,
      as: 'page',
      reason: 'same-site',
    });
    assert.deepEqual(inScope({ url: 'https://img.gallery.example/x', kind: 'unknown' }, scope), {
      follow: true,
      as: 'unknown',
      reason: 'same-site',
    });
  });
  it('does not follow pages off the site', () => {
    assert.deepEqual(inScope({ url: 'https://news.test/story', kind: 'page' }, scope), {
      follow: false,
      reason: 'off-site',
    });
    assert.deepEqual(inScope({ url: 'https://mirror.test/', kind: 'page' }, scope), {
      follow: false,
      reason: 'off-site',
    });
  });
  it('fetches media, and links that may be media, from any host, but only as media', () => {
    assert.deepEqual(inScope({ url: 'https://elsewhere.test/a.jpg', kind: 'media' }, scope), {
      follow: true,
      as: 'media',
      reason: 'linked-media',
    });
    assert.deepEqual(inScope({ url: 'https://elsewhere.test/a.jpg', kind: 'unknown' }, scope), {
      follow: true,
      as: 'media',
      reason: 'linked-media',
    });
    // A page-looking link to a host known to serve this crawl's media.
    assert.deepEqual(inScope({ url: 'https://img.cdn.test/view/123', kind: 'page' }, scope), {
      follow: true,
      as: 'media',
      reason: 'linked-media',
    });
  });
  it('follows pages on hosts of confirmed material, by host or by site', () => {
    assert.deepEqual(inScope({ url: 'https://dump.test/list', kind: 'page' }, scope), {
      follow: true,
      as: 'page',
      reason: 'confirmed-host',
    });
    assert.deepEqual(inScope({ url: 'https://www.dump.test/list', kind: 'page' }, scope).reason, 'confirmed-host');
    assert.deepEqual(inScope({ url: 'https://files.mirror.test/d/1', kind: 'page' }, scope).reason, 'confirmed-host');
    assert.deepEqual(inScope({ url: 'https://other.mirror.test/d/1', kind: 'page' }, scope).reason, 'off-site');
  });
  it('refuses what is not http(s)', () => {
    assert.deepEqual(inScope({ url: 'ftp://gallery.example/x', kind: 'media' }, scope), {
      follow: false,
      reason: 'not-http',
    });
  });
  it('works without the optional sets', () => {
    assert.equal(inScope({ url: 'https://x.test/', kind: 'page' }, { seedSite: 'gallery.example' }).follow, false);
    assert.equal(
      inScope({ url: 'https://gallery.example/', kind: 'page' }, { seedSite: 'gallery.example' }).follow,
      true,
    );
  });
});
