import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createOutbound } from '../platform/net/outbound.ts';
import { loopback, startWeb } from '../platform/net/net.test-helpers.ts';
import { fetchMedia } from './media-fetch.ts';

// The hash bank keeps its public codes whatever platform/net calls the failure.
let web: Awaited<ReturnType<typeof startWeb>>;
before(async () => {
  web = await startWeb((request, response) => {
    if (request.url === '/photo.png') return void response.writeHead(200).end('png bytes');
    if (request.url === '/big.png') return void response.writeHead(200).end(Buffer.alloc(4096));
    if (request.url === '/bomb.png')
      return void response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 << 20)));
    if (request.url === '/hang.png') return void response.flushHeaders();
    if (request.url === '/loop.png') return void response.writeHead(302, { location: '/loop.png' }).end();
    response.writeHead(404).end();
  });
});
after(() => web.close());

const allowed = createOutbound({ egress: { kind: 'direct' }, allowNetworks: loopback });
const strict = createOutbound({ egress: { kind: 'direct' } });
after(async () => {
  await allowed.close();
  await strict.close();
});

test('media fetch failures keep the hash bank codes', async () => {
  const at = (path: string) => `http://127.0.0.1:${web.port}${path}`;
  // Long enough for a loaded machine to inflate the bomb; the hanging server waits it out.
  const options = { maxBytes: 1024, timeoutMs: 5000 };
  assert.equal(Buffer.from(await fetchMedia(allowed, at('/photo.png'), options)).toString(), 'png bytes');
  assert.equal(web.seen.at(-1)!.headers.accept, 'image/*, video/*');
  const cases: [string, string, number][] = [
    ['/missing.png', 'HASHBANK_FETCH_FAILED', 1024],
    ['/hang.png', 'HASHBANK_FETCH_FAILED', 1024], // the server never answers: the timeout
    ['/loop.png', 'HASHBANK_FETCH_FAILED', 1024],
    ['/big.png', 'PAYLOAD_TOO_LARGE', 1024],
    ['/bomb.png', 'PAYLOAD_TOO_LARGE', 64 << 20], // under the size cap: stopped by its ratio
  ];
  for (const [path, code, maxBytes] of cases)
    await assert.rejects(fetchMedia(allowed, at(path), { ...options, maxBytes }), { code }, path);
  await assert.rejects(fetchMedia(strict, at('/photo.png'), options), { code: 'HASHBANK_URL_REFUSED' });
});
