import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import { after, before, describe, it } from 'node:test';
import { sniffMedia } from '@vigie/hashing';
import { follow, get, sha256 } from './http-get.test-helpers.ts';
import { MEDIA_FORMS, type MediaForm } from './model.ts';
import { LINK_FORMS } from './links.ts';
import { startTestWeb, type TestWeb } from './test-web.ts';

const OPTIONS = {
  seed: 42,
  sites: 4,
  pagesPerSite: 30,
  mediaPerPage: 3,
  linksPerPage: 4,
  videoShare: 0.05,
  knownShare: 0.1,
  nearDuplicateShare: 0.05,
  disallowShare: 0.6,
};

// What each form's markup looks like; group 1 is the URL as written.
const MARKUP: Record<MediaForm, RegExp> = {
  'img-src': /<img src="([^"]+)"/g,
  'redirect-media': /<img src="([^"]+)"/g,
  'base-href': /<img src="([^"]+)"/g,
  'img-srcset': /<img [^>]*srcset="([^" ]+) \d+[wx]"/g,
  'picture-source-srcset': /<picture><source srcset="([^" ]+) 1x"/g,
  'a-href-media': /<a href="([^"]+)">Full size/g,
  'video-src': /<video src="([^"]+)"/g,
  'video-poster': /<video poster="([^"]+)"/g,
  'video-source': /<video [^>]*><source src="([^"]+)"/g,
  'audio-source': /<audio [^>]*><source src="([^"]+)"/g,
  'data-src': /data-src="([^"]+)"/g,
  'data-srcset': /data-srcset="([^" ]+) 1x"/g,
  'data-original': /data-original="([^"]+)"/g,
  'data-lazy-src': /data-lazy-src="([^"]+)"/g,
  'data-bg': /data-bg="([^"]+)"/g,
  'css-style-attr': /style="background-image: url\('([^']+)'\)/g,
  'css-style-element': /\{ background: url\("([^"]+)"\)/g,
  'noscript-img': /<noscript><img src="([^"]+)"/g,
  'text-url': /A mirror of the picture is at (\S+) for/g,
  'script-json': /"src":"([^"]+)"/g,
};

/** The absolute URLs a form's markup on a page points to (resolved against <base> if any). */
function urlsInMarkup(html: string, pageUrl: string, form: MediaForm): string[] {
  const base = /<base href="([^"]+)">/.exec(html)?.[1];
  const against = base ? new URL(base, pageUrl).href : pageUrl;
  return [...html.matchAll(MARKUP[form])].map((m) => new URL(m[1]!, against).href);
}

describe('test web', () => {
  let web: TestWeb;
  before(async () => {
    web = await startTestWeb(OPTIONS);
  });
  after(() => web.close());

  it('answers A records for its hosts over DNS, NXDOMAIN for other names', async () => {
    const resolver = new Resolver();
    resolver.setServers([`${web.dns.host}:${web.dns.port}`]);
    for (const site of web.sites) assert.deepEqual(await resolver.resolve4(site.host), [site.address]);
    await assert.rejects(resolver.resolve4('site-999.vigie.test'), { code: 'ENOTFOUND' });
    await assert.rejects(resolver.resolve4('example.com'), { code: 'ENOTFOUND' });
    assert.deepEqual(await web.resolve('SITE-1.vigie.test'), [web.sites[1]!.address]);
    await assert.rejects(web.resolve('elsewhere.test'), { code: 'ENOTFOUND' });
    assert.equal(new Set(web.sites.map((s) => s.address)).size, web.sites.length, 'one address per host');
  });

  it('serves each site on its own loopback address and the common port', async () => {
    for (const site of web.sites.slice(0, OPTIONS.sites)) {
      const direct = await get(web, `http://${site.address}:${web.port}/`);
      assert.equal(direct.status, 200);
      assert.match(direct.body.toString(), new RegExp(`<title>Site ${site.host.match(/\d+/)![0]}, page 0</title>`));
    }
  });

  it('puts every media form on its pages, each pointing at the URL the manifest gives', async () => {
    const byForm = new Map<MediaForm, { page: string; url: string; known: boolean }[]>();
    for (const media of web.manifest.media)
      for (const ref of media.references)
        byForm.set(ref.form, [...(byForm.get(ref.form) ?? []), { page: ref.page, url: ref.url, known: media.known }]);
    for (const form of MEDIA_FORMS) {
      const refs = byForm.get(form) ?? [];
      assert.ok(refs.length > 0, `no ${form} in the web`);
      assert.ok(
        refs.some((r) => r.known),
        `no known media behind ${form}`,
      );
      const { page, url } = refs[0]!;
      const html = (await get(web, page)).body.toString();
      assert.ok(urlsInMarkup(html, page, form).includes(url), `${form}: ${url} not in the markup of ${page}`);
    }
  });

  it('uses every URL style: absolute, root-relative, relative and protocol-relative', () => {
    const styles = new Set(web.manifest.media.flatMap((m) => m.references.map((r) => r.style)));
    assert.deepEqual([...styles].sort(), ['absolute', 'protocol-relative', 'relative', 'root-relative']);
  });

  it('serves every media reference with the bytes, type and redirects the manifest says', async () => {
    let lies = 0;
    for (const media of web.manifest.media) {
      for (const ref of media.references) {
        const got = await follow(web, ref.url);
        assert.equal(got.status, 200, ref.url);
        assert.equal(got.url, ref.servedAt);
        assert.equal(got.hops.length, ref.redirects);
        if (ref.redirects === 3) assert.deepEqual(got.hops, [301, 302, 307]);
        assert.equal(sha256(got.body), media.sha256, `${ref.servedAt} bytes`);
        assert.equal(got.headers['content-type'] ?? null, ref.contentType);
        const sniffed = sniffMedia(got.body);
        assert.equal(sniffed.kind, media.kind);
        assert.equal(sniffed.format, media.format);
        if (ref.contentType !== null && !ref.contentType.includes(media.format === 'jpeg' ? 'jpeg' : media.format))
          lies++;
      }
    }
    assert.ok(lies > 0, 'some Content-Type headers lie');
  });

  it('reaches every link form, refresh stubs and 301/302/307 chains included', async () => {
    assert.deepEqual(web.manifest.linkExamples.map((e) => e.form).sort(), [...LINK_FORMS].sort());
    for (const example of web.manifest.linkExamples) {
      const html = (await get(web, example.page)).body.toString();
      const written = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => new URL(m[1]!, example.page).href);
      assert.ok(written.includes(example.url), `${example.form}: ${example.url} not on ${example.page}`);
      const got = await follow(web, example.url);
      assert.equal(got.status, 200);
      if (example.form === 'meta-refresh') {
        const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(got.body.toString());
        assert.equal(new URL(refresh![1]!, example.url).href, example.target);
      } else assert.equal(got.url, example.target);
      if (example.form === 'redirect') assert.ok(got.hops.every((s) => [301, 302, 307].includes(s)));
    }
  });

  it('keeps /private/ pages out of expected where robots.txt disallows them', async () => {
    const disallowing = web.manifest.sites.filter((s) => s.robots === 'disallows /private/');
    assert.ok(disallowing.length > 0);
    for (const site of disallowing) {
      const robots = await get(web, `http://${site.host}:${web.port}/robots.txt`);
      assert.match(robots.body.toString(), /Disallow: \/private\//);
    }
    const privatePages = web.manifest.pages.filter((p) => p.disallowed);
    assert.ok(privatePages.length > 0);
    assert.ok(privatePages.every((p) => new URL(p.url).pathname.startsWith('/private/')));
    const polite = web.manifest.expected();
    const all = web.manifest.expected(undefined, { respectRobots: false });
    assert.equal(all.pages.size, web.manifest.pages.length, 'every page is reachable from its site root');
    for (const page of privatePages) assert.ok(!polite.pages.has(page.url));
    assert.ok(polite.media.size < all.media.size);
    const oneSite = web.manifest.expected([web.seedUrls[0]!]);
    assert.ok([...oneSite.pages].every((url) => url.startsWith(web.seedUrls[0]!)));
    assert.ok(oneSite.matchingIds.size > 0);
  });

  it('hands out the bytes of the known media, and marks near copies of them', () => {
    assert.ok(web.manifest.known.length > 0);
    for (const media of web.manifest.known) assert.equal(sha256(web.bytesOf(media.id)), media.sha256);
    const near = web.manifest.media.filter((m) => m.nearDuplicateOf !== undefined);
    assert.ok(near.length > 0);
    for (const copy of near) {
      const original = web.manifest.media.find((m) => m.id === copy.nearDuplicateOf)!;
      assert.ok(original.known);
      assert.notEqual(copy.sha256, original.sha256);
    }
  });

  it('counts requests per URL and per host', async () => {
    web.stats.reset();
    const url = web.seedUrls[1]!;
    await get(web, url);
    await get(web, url);
    await get(web, `${web.seedUrls[2]}robots.txt`);
    assert.equal(web.stats.count(url), 2);
    assert.equal(web.stats.total(), 3);
    assert.deepEqual([...web.stats.repeated()], [[url, 2]]);
    assert.equal(web.stats.byHost.get(new URL(url).hostname), 2);
    assert.equal(web.stats.maxInFlightByHost.get(new URL(url).hostname), 1);
  });

  it('records where redirects lead, and how many URLs lead through each', async () => {
    const ref = web.manifest.media.flatMap((m) => m.references).find((r) => r.redirects === 3)!;
    web.stats.reset();
    await follow(web, ref.url);
    assert.equal(web.stats.redirects.size, 3);
    assert.equal(web.stats.waysTo(ref.servedAt), 4, 'the target: itself and the three hops before it');
    assert.equal(web.stats.waysTo(ref.url), 1, 'the first URL: only itself');
  });

  it('renders the same web from the same seed', async () => {
    const twin = await startTestWeb(OPTIONS);
    try {
      assert.deepEqual(
        twin.manifest.media.map((m) => m.sha256),
        web.manifest.media.map((m) => m.sha256),
      );
      const page = web.manifest.pages[7]!.url.replace(`:${web.port}`, `:${twin.port}`);
      const a = (await get(web, web.manifest.pages[7]!.url)).body.toString();
      const b = (await get(twin, page)).body.toString();
      assert.equal(a.replaceAll(`:${web.port}`, ':PORT'), b.replaceAll(`:${twin.port}`, ':PORT'));
    } finally {
      await twin.close();
    }
  });
});
