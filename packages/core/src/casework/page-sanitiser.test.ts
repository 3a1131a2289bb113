import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseCrawlUrl, parseSrcset } from '../crawler/index.ts';
import { sanitisePage, type PageMedia } from './page-sanitiser.ts';

// The captured page is rebuilt from an allow-list: whatever the page holds, the output runs
// nothing, loads nothing but same-origin previews, and shows known media as text.

const unknown = 'a'.repeat(64);
const known = 'b'.repeat(64);
const media = new Map<string, PageMedia>([
  ['http://site.example.test/img/u.jpg', { sha256: unknown, state: 'unknown', entryId: null, classification: null }],
  [
    'http://site.example.test/img/k.jpg',
    { sha256: known, state: 'known', entryId: '7', classification: 'prepubescent, sexual_activity' },
  ],
  ['http://cdn.example.test/v.mp4', { sha256: unknown, state: 'unknown', entryId: null, classification: null }],
]);
const render = (html: string) =>
  sanitisePage(html, {
    baseUrl: 'http://site.example.test/page/',
    mediaAt: (url) => media.get(url),
    normalise: (url, base) => normaliseCrawlUrl(url, base),
    srcset: parseSrcset,
  });
const body = (html: string): string => /<body>([\s\S]*)<\/body>/.exec(render(html))![1] ?? '';

test('scripts, handlers, styles, frames, objects and forms do not survive', () => {
  const out = render(`<html><head><title>t</title><script>alert(1)</script><link rel=stylesheet href=//evil.test/a.css>
    <base href="http://evil.test/"><meta http-equiv=refresh content="0;url=http://evil.test/"></head>
    <body onload="x()"><p onclick="steal()" style="background:url(http://evil.test/p.png)" class=c id=i title="ok">hello</p>
    <style>body{background:url(http://evil.test/b.png)}</style><iframe src="http://evil.test/f"></iframe>
    <object data="http://evil.test/o"><param name=a value=b>fallback</object><embed src="http://evil.test/e">
    <form action="http://evil.test/post"><input name=q value=v><button>go</button>label text</form>
    <svg><image href="http://evil.test/s.png"/><script>bad()</script></svg><math><mi>x</mi></math>
    <noscript><img src="http://evil.test/n.png"></noscript><template><img src="http://evil.test/t.png"></template>
    <div><scr<script>ipt>alert(2)</script></div><a href="javascript:alert(3)">js link</a></body></html>`);
  for (const bad of [
    '<script',
    'onload',
    'onclick',
    'style=',
    'evil.test/',
    '<iframe',
    '<object',
    '<embed',
    '<form',
    '<input',
    '<button',
    '<svg',
    '<math',
    '<base',
    '<meta http',
    '<link',
    'class="c"',
    'id="i"',
  ])
    assert.ok(!out.includes(bad), `${bad} in ${out}`);
  assert.match(out, /<p title="ok">hello<\/p>/);
  assert.match(out, /label text/, 'a form is unwrapped: its text stays');
  assert.match(out, /js link/);
  // The only src left anywhere is a same-origin preview.
  for (const m of out.matchAll(/\ssrc="([^"]*)"/g)) assert.match(m[1]!, /^\/api\/v1\/media\/[0-9a-f]{64}\/preview$/);
});

test('media become previews, known media a badge, links text', () => {
  const out = body(`<p>See <a href="../other.html">this page</a>.</p>
    <img src="/img/u.jpg" onerror="x()"><img src="../img/k.jpg" alt="k"><img srcset="/img/u.jpg 1x, /img/k.jpg 2x">
    <img src="http://elsewhere.example.test/never-captured.png">
    <picture><source srcset="/img/u.jpg"><img src="/img/u.jpg"></picture>
    <video src="http://cdn.example.test/v.mp4" autoplay><source src="http://cdn.example.test/v.mp4">no video</video>`);
  assert.match(
    out,
    /<span class="vigie-link">this page<\/span> <span class="vigie-href">\[http:\/\/site\.example\.test\/other\.html\]<\/span>/,
  );
  // The srcset holding known material says so rather than preview its unknown candidate.
  assert.equal(out.match(new RegExp(`/api/v1/media/${unknown}/preview`, 'g'))?.length, 3, out);
  assert.equal(out.match(/known media: prepubescent/g)?.length, 2, out);
  assert.ok(!out.includes(known), 'a known media is never linked, not even its preview');
  assert.match(out, /known media: prepubescent, sexual_activity/);
  assert.match(out, /media not captured/);
  assert.ok(!out.includes('autoplay') && !out.includes('<video'));
});

test('in a <picture>, the candidate the capture holds stands for the element', () => {
  const out = body(`<picture><source srcset="/img/big.webp 2x, /img/k.jpg 1x" type="image/webp">
    <img src="/img/never.jpg" alt=""></picture>
    <picture><source srcset="/img/missing.avif"><img src="/img/u.jpg"></picture>
    <picture><source srcset="/img/missing.avif"><img src="/img/gone.jpg"></picture>`);
  assert.equal(out.match(/known media: prepubescent/g)?.length, 1, out);
  assert.equal(out.match(new RegExp(`/api/v1/media/${unknown}/preview`, 'g'))?.length, 1, out);
  assert.equal(out.match(/media not captured/g)?.length, 1, out);
});

test('text is escaped, entities decoded once, a huge page is cut', () => {
  assert.match(
    body('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q"</p>'),
    /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;q&quot;/,
  );
  const cut = sanitisePage(`<p>${'x'.repeat(5000)}</p>`.repeat(10), {
    baseUrl: 'http://site.example.test/',
    mediaAt: () => undefined,
    normalise: (url, base) => normaliseCrawlUrl(url, base),
    srcset: parseSrcset,
    maxOutputChars: 20_000,
  });
  assert.ok(cut.length < 22_000);
  assert.match(cut, /page cut/);
});
