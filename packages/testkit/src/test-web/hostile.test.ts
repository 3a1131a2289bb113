import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createGunzip } from 'node:zlib';
import sharp from 'sharp';
import { follow, get } from './http-get.test-helpers.ts';
import { HOSTILE_PATHS } from './hostile.ts';
import { startTestWeb, type TestWeb } from './test-web.ts';

type Raw = { head: string; body: Buffer; bodyBytes: number; closed: boolean; error?: string };

/** Sends a GET on a raw socket and watches for `ms` (or until closed); keeps at most `keep` body bytes. */
function rawGet(web: TestWeb, path: string, ms: number, keep = 1 << 20): Promise<Raw> {
  const hostile = web.sites.find((s) => s.role === 'hostile')!;
  return new Promise((resolve) => {
    const socket = net.connect(web.port, hostile.address);
    let received = Buffer.alloc(0);
    let head = '';
    let bodyBytes = 0;
    const body: Buffer[] = [];
    let kept = 0;
    let error: string | undefined;
    const finish = (closed: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      const raw: Raw = { head: head || received.toString('latin1'), body: Buffer.concat(body), bodyBytes, closed };
      resolve(error ? { ...raw, error } : raw);
    };
    const timer = setTimeout(() => finish(false), ms);
    socket.on('data', (chunk: Buffer) => {
      if (head) {
        bodyBytes += chunk.length;
        if (kept < keep) body.push(chunk.subarray(0, keep - kept));
        kept += chunk.length;
        return;
      }
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      head = received.subarray(0, end).toString('latin1');
      const rest = received.subarray(end + 4);
      bodyBytes += rest.length;
      body.push(rest.subarray(0, keep));
      kept += rest.length;
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => finish(true));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostile.host}\r\n\r\n`);
  });
}

describe('test web: hostile host', () => {
  let web: TestWeb;
  before(async () => {
    web = await startTestWeb({ seed: 3, sites: 1, pagesPerSite: 2, mediaPerPage: 1, linksPerPage: 1, hostile: true });
  });
  after(() => web.close());

  it('lists every behaviour in the manifest, linked from its index page', async () => {
    assert.deepEqual(
      web.manifest.hostile.map((h) => h.name),
      Object.keys(HOSTILE_PATHS),
    );
    const index = await get(web, web.hostileSeedUrl!);
    for (const [, [path]] of Object.entries(HOSTILE_PATHS)) assert.ok(index.body.toString().includes(`"${path}"`));
    assert.ok(!web.seedUrls.includes(web.hostileSeedUrl!), 'the hostile host is not among the ordinary seeds');
  });

  it('trickles headers, or the body, a byte a second (slowloris)', async () => {
    const [headers, body] = await Promise.all([rawGet(web, '/slow/headers', 2500), rawGet(web, '/slow/body', 2500)]);
    assert.ok(!headers.closed && headers.head.length <= 3 && 'HTTP/1.1'.startsWith(headers.head), headers.head);
    assert.match(body.head, /Content-Length: 100000/);
    assert.ok(!body.closed && body.bodyBytes <= 3, `${body.bodyBytes} body bytes`);
  });

  it('never ends a body, nor the headers of another', async () => {
    const [endless, headless] = await Promise.all([
      rawGet(web, '/endless', 1000, 0),
      rawGet(web, '/never-headers', 1500),
    ]);
    assert.ok(!endless.closed && endless.bodyBytes > 2_000_000, `${endless.bodyBytes} bytes in a second`);
    assert.doesNotMatch(endless.head, /Content-Length/);
    assert.ok(!headless.closed);
    assert.equal(headless.head, 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n');
  });

  it('inflates a gzip bomb to gigabytes from a few megabytes', async () => {
    const raw = await rawGet(web, '/gzip-bomb', 3000, 128 * 1024);
    assert.match(raw.head, /Content-Encoding: gzip/);
    let inflated = 0;
    await new Promise<void>((resolve) => {
      const gunzip = createGunzip();
      gunzip.on('data', (c: Buffer) => (inflated += c.length));
      gunzip.on('end', resolve);
      gunzip.on('error', () => resolve());
      gunzip.end(raw.body);
    });
    // Deflate's best ratio is about 1:1000; 640 such members of 16 MiB make the 10 GiB.
    assert.ok(inflated >= 100 * 1024 * 1024, `128 KiB inflates to ${inflated} bytes`);
  });

  it('serves a tiny PNG that declares 50000x50000 pixels', async () => {
    const got = await get(web, `${web.hostileSeedUrl}pixel-bomb.png`);
    assert.ok(got.body.length < 2000, `${got.body.length} bytes`);
    assert.equal(got.body.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.deepEqual([got.body.readUInt32BE(16), got.body.readUInt32BE(20)], [50_000, 50_000]);
    await assert.rejects(sharp(got.body).metadata(), /exceeds pixel limit/);
  });

  it('serves malformed HTML with NUL bytes and a 5 MB attribute', async () => {
    const got = await get(web, `${web.hostileSeedUrl}malformed`);
    assert.ok(got.body.includes(0));
    assert.ok(/data-huge="x{5000000,}"/.test(got.body.toString('latin1')));
    assert.ok(got.body.toString('latin1').endsWith('</'));
  });

  it('loops redirects, lies about its length and resets mid-body', async () => {
    await assert.rejects(follow(web, `${web.hostileSeedUrl}loop/a`), /more than 10 redirects/);
    const lying = await rawGet(web, '/lying-length', 2000);
    assert.match(lying.head, /Content-Length: 1000000/);
    assert.ok(lying.closed);
    assert.equal(lying.bodyBytes, 1000);
    const reset = await rawGet(web, '/reset', 2000);
    assert.equal(reset.error, 'ECONNRESET');
    assert.ok(reset.bodyBytes <= 4000);
  });

  it('serves a page of 100,000 links', async () => {
    const got = await get(web, `${web.hostileSeedUrl}link-farm`);
    assert.equal(got.body.toString().match(/<a href="\/farm\/\d+">/g)?.length, 100_000);
    assert.equal((await get(web, `${web.hostileSeedUrl}farm/99999`)).status, 200);
  });

  it('answers 429 and 503 with Retry-After, and 429 only once where it says so', async () => {
    const limited = await get(web, `${web.hostileSeedUrl}rate-limited`);
    assert.deepEqual([limited.status, limited.headers['retry-after']], [429, '120']);
    const down = await get(web, `${web.hostileSeedUrl}unavailable`);
    assert.deepEqual([down.status, down.headers['retry-after']], [503, '60']);
    const first = await get(web, `${web.hostileSeedUrl}rate-limited-once`);
    const second = await get(web, `${web.hostileSeedUrl}rate-limited-once`);
    assert.deepEqual([first.status, first.headers['retry-after'], second.status], [429, '1', 200]);
    assert.equal(web.stats.count(`${web.hostileSeedUrl}rate-limited-once`), 2);
  });
});
