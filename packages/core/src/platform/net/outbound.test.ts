import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseNetworks } from './networks.ts';
import { createOutbound, type FetchLimits } from './outbound.ts';
import { loopback, names, startWeb } from './net.test-helpers.ts';

// Hops, redirects and what is sent: loopback servers, names from a table.
let web: Awaited<ReturnType<typeof startWeb>>;
before(async () => {
  web = await startWeb(
    (request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      if (url.pathname === '/moved' && to)
        return void response
          .writeHead(Number(url.searchParams.get('status') ?? 302), { location: to, 'set-cookie': 'session=secret' })
          .end('moved');
      if (url.pathname === '/loop') return void response.writeHead(301, { location: '/loop#again' }).end();
      if (url.pathname === '/ping') return void response.writeHead(302, { location: '/pong' }).end();
      if (url.pathname === '/pong') return void response.writeHead(302, { location: '/ping' }).end();
      const step = /^\/chain\/(\d+)$/.exec(url.pathname);
      if (step) return void response.writeHead(302, { location: `/chain/${Number(step[1]) + 1}` }).end();
      if (url.pathname === '/gone') return void response.writeHead(410, { 'x-why': 'removed' }).end('gone');
      if (url.pathname === '/missing') return void response.writeHead(404).end('not here');
      response.writeHead(200, { 'content-type': 'text/plain', 'x-multi': ['a', 'b'] }).end(`page ${url.pathname}`);
    },
    ['127.0.0.2', '127.0.0.3'],
  );
});
after(() => web.close());

const limits: FetchLimits = {
  maxBytes: 1024 * 1024,
  timeoutMs: 5000,
  idleTimeoutMs: 2000,
  maxRedirects: 5,
  maxDecompressionRatio: 100,
};
const client = (table: Record<string, string[]> = {}, allowNetworks = loopback) => {
  const resolve = names(table);
  return { resolve, outbound: createOutbound({ egress: { kind: 'direct' }, allowNetworks, resolve }) };
};

test('every hop is recorded with its status, headers and address; the final answer is the last hop', async () => {
  const { outbound } = client({ 'a.test': ['127.0.0.1'], 'b.test': ['127.0.0.2'] });
  try {
    const target = encodeURIComponent(`http://b.test:${web.port}/end`);
    const response = await outbound.fetch(`http://a.test:${web.port}/moved?status=301&to=${target}`, limits);
    assert.equal(response.status, 200);
    assert.equal(response.url, `http://b.test:${web.port}/end`);
    assert.equal(response.address, '127.0.0.2');
    assert.deepEqual(
      response.hops.map((h) => [h.url, h.status, h.address, h.headers.location]),
      [
        [`http://a.test:${web.port}/moved?status=301&to=${target}`, 301, '127.0.0.1', `http://b.test:${web.port}/end`],
        [`http://b.test:${web.port}/end`, 200, '127.0.0.2', undefined],
      ],
    );
    assert.ok(response.hops.every((h) => h.at instanceof Date));
    assert.equal(response.headers['x-multi'], 'a, b');
    assert.equal(response.headers['content-type'], 'text/plain');
    assert.equal(Buffer.from(await response.read()).toString(), 'page /end');
    // The second connection went to 127.0.0.2, not where a.test was: each hop is pinned to its own.
    assert.equal(web.seen.at(-1)!.socket.localAddress, '127.0.0.2');
  } finally {
    await outbound.close();
  }
});

test('a 404 or 410 is returned, not thrown, with its body', async () => {
  const { outbound } = client();
  try {
    const missing = await outbound.fetch(`http://127.0.0.1:${web.port}/missing`, limits);
    assert.equal(missing.status, 404);
    assert.equal(Buffer.from(await missing.read()).toString(), 'not here');
    const gone = await outbound.fetch(`http://127.0.0.1:${web.port}/gone`, limits);
    assert.equal(gone.status, 410);
    assert.equal(gone.headers['x-why'], 'removed');
    gone.cancel();
  } finally {
    await outbound.close();
  }
});

test('a redirect to a private address is refused at that hop, the earlier hops kept in the error', async () => {
  const { outbound, resolve } = client(
    { 'pub.test': ['127.0.0.1'], 'internal.test': ['10.1.2.3'] },
    parseNetworks('127.0.0.1/32').networks,
  );
  try {
    const before = web.seen.length;
    for (const to of [`http://internal.test:${web.port}/x`, 'http://192.168.1.1/x', 'http://[::1]/x']) {
      await assert.rejects(
        outbound.fetch(`http://pub.test:${web.port}/moved?to=${encodeURIComponent(to)}`, limits),
        (error: { code: string; details: { hops: { status: number }[]; url: string } }) => {
          assert.equal(error.code, 'NET_URL_REFUSED');
          assert.deepEqual(
            error.details.hops.map((h) => h.status),
            [302],
          );
          assert.equal(error.details.url, to);
          return true;
        },
        to,
      );
    }
    assert.equal(web.seen.length - before, 3, 'only the public hops were connected to');
    assert.ok(resolve.asked.includes('internal.test'));
    await assert.rejects(outbound.fetch('ftp://pub.test/x', limits), { code: 'NET_URL_REFUSED' });
    await assert.rejects(outbound.fetch(`http://u:p@pub.test:${web.port}/x`, limits), { code: 'NET_URL_REFUSED' });
    await assert.rejects(outbound.fetch('not a url', limits), { code: 'NET_URL_REFUSED' });
  } finally {
    await outbound.close();
  }
});

test('redirect loops and long chains end with their own codes', async () => {
  const { outbound } = client();
  try {
    const base = `http://127.0.0.1:${web.port}`;
    await assert.rejects(outbound.fetch(`${base}/loop`, limits), { code: 'NET_REDIRECT_LOOP' });
    await assert.rejects(outbound.fetch(`${base}/ping`, limits), (error: { code: string; details: { hops: [] } }) => {
      assert.equal(error.code, 'NET_REDIRECT_LOOP');
      assert.equal(error.details.hops.length, 2);
      return true;
    });
    await assert.rejects(outbound.fetch(`${base}/chain/0`, { ...limits, maxRedirects: 3 }), {
      code: 'NET_TOO_MANY_REDIRECTS',
    });
    // Exactly maxRedirects hops of redirection are fine.
    const twice = encodeURIComponent(`${base}/moved?to=${encodeURIComponent(`${base}/end`)}`);
    const response = await outbound.fetch(`${base}/moved?to=${twice}`, { ...limits, maxRedirects: 2 });
    assert.equal(response.status, 200);
    assert.equal(response.hops.length, 3);
    response.cancel();
  } finally {
    await outbound.close();
  }
});

test('no cookie, credential or identifying header is sent; compression is offered; HEAD has no body', async () => {
  const { outbound } = client({ 'a.test': ['127.0.0.1'] });
  try {
    const start = web.seen.length;
    const to = encodeURIComponent(`http://a.test:${web.port}/end`);
    const response = await outbound.fetch(`http://a.test:${web.port}/moved?to=${to}`, limits, {
      accept: 'text/html',
    });
    await response.read();
    const sent = web.seen.slice(start);
    assert.equal(sent.length, 2);
    for (const { headers } of sent) {
      assert.equal(headers.cookie, undefined, 'the set-cookie of the first hop is not sent back');
      assert.equal(headers.authorization, undefined);
      assert.equal(headers['user-agent'], 'Mozilla/5.0 (compatible)');
      assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
      assert.equal(headers.accept, 'text/html');
      assert.equal(headers.host, `a.test:${web.port}`);
    }
    const head = await outbound.fetch(`http://a.test:${web.port}/end`, limits, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal((await head.read()).byteLength, 0);
    const named = createOutbound({ egress: { kind: 'direct' }, allowNetworks: loopback, userAgent: 'Hotline/1' });
    await (await named.fetch(`http://127.0.0.1:${web.port}/end`, limits)).read();
    await named.close();
    assert.equal(web.seen.at(-1)!.headers['user-agent'], 'Hotline/1');
  } finally {
    await outbound.close();
  }
});

test('connections are kept alive per host and address, never reused for another address', async () => {
  const table: Record<string, string[]> = { 'keep.test': ['127.0.0.1'] };
  const outbound = createOutbound({
    egress: { kind: 'direct' },
    allowNetworks: loopback,
    resolve: names(table),
    connectionsPerHost: 1,
  });
  const outboundNoCache = createOutbound({
    egress: { kind: 'direct' },
    allowNetworks: loopback,
    resolve: async (host) => table[host] ?? [],
    dnsCacheMs: 0,
  });
  try {
    const start = web.seen.length;
    for (let i = 0; i < 4; i++) await (await outbound.fetch(`http://keep.test:${web.port}/k${i}`, limits)).read();
    const ports = new Set(web.seen.slice(start).map((s) => s.remotePort));
    assert.equal(ports.size, 1, 'one connection for four fetches');
    // The name now answers another address: the next fetch must connect there, not reuse.
    await (await outboundNoCache.fetch(`http://keep.test:${web.port}/first`, limits)).read();
    table['keep.test'] = ['127.0.0.3'];
    await (await outboundNoCache.fetch(`http://keep.test:${web.port}/second`, limits)).read();
    assert.equal(web.seen.at(-2)!.socket.localAddress, '127.0.0.1');
    assert.equal(web.seen.at(-1)!.socket.localAddress, '127.0.0.3');
  } finally {
    await outbound.close();
    await outboundNoCache.close();
  }
  await assert.rejects(outbound.fetch(`http://keep.test:${web.port}/`, limits), /closed/);
});

test('a connection refused is NET_FETCH_FAILED; a name that does not resolve too', async () => {
  const { outbound } = client({ 'a.test': ['127.0.0.1'] });
  try {
    const closed = await startWeb(() => undefined);
    await closed.close();
    await assert.rejects(outbound.fetch(`http://a.test:${closed.port}/`, limits), { code: 'NET_FETCH_FAILED' });
    await assert.rejects(outbound.fetch(`http://nowhere.test:${web.port}/`, limits), {
      code: 'NET_FETCH_FAILED',
      message: /does not resolve/,
    });
  } finally {
    await outbound.close();
  }
});

test("the caller's own abort is its own error, not a NetError", async () => {
  const { outbound } = client();
  try {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    controller.abort(reason);
    await assert.rejects(
      outbound.fetch(`http://127.0.0.1:${web.port}/end`, limits, { signal: controller.signal }),
      (error) => error === reason,
    );
  } finally {
    await outbound.close();
  }
});
