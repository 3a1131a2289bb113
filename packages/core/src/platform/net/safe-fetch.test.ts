import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Resolver } from './dns-cache.ts';
import { parseNetworks, type Network } from './networks.ts';
import { createOutbound } from './outbound.ts';
import { fetchPublic as fetchThrough } from './safe-fetch.ts';

// Loopback servers only; host names are answered by an injected resolver, never by real DNS.
let server: Server;
let port: number;
const seen: IncomingHttpHeaders[] = [];
const body = Buffer.from('just bytes from a loopback server');

before(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/moved')
      return void response
        .writeHead(302, { location: url.searchParams.get('to') ?? '/body', 'set-cookie': 'session=secret' })
        .end();
    if (url.pathname === '/loop') return void response.writeHead(301, { location: '/loop' }).end();
    if (url.pathname === '/big') return void response.writeHead(200).end(Buffer.alloc(4096));
    if (url.pathname === '/stream') {
      // no content-length: the cap must hold while reading, not only on the header
      response.writeHead(200);
      for (let i = 0; i < 8; i++) response.write(Buffer.alloc(1024));
      return void response.end();
    }
    if (url.pathname === '/hang') return void response.flushHeaders(); // headers, then nothing
    if (url.pathname === '/missing') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/png' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

// A client per call with the test's policy; names nobody listed do not resolve (no real DNS).
type Policy = { allowNetworks?: readonly Network[]; resolve?: Resolver; maxBytes: number; timeoutMs?: number };
async function fetchPublic(url: string, { allowNetworks = [], resolve = names({}), ...options }: Policy) {
  const outbound = createOutbound({ egress: { kind: 'direct' }, allowNetworks, resolve, dnsCacheMs: 0 });
  try {
    return await fetchThrough(outbound, url, options);
  } finally {
    await outbound.close();
  }
}

const loopback = parseNetworks('127.0.0.0/8,::1/128').networks;
const allow = { allowNetworks: loopback, maxBytes: 1024 };
const names = (table: Record<string, string[]>): Resolver & { asked: string[] } => {
  const asked: string[] = [];
  return Object.assign(
    async (host: string) => {
      asked.push(host);
      return table[host] ?? [];
    },
    { asked },
  );
};

test('a name is resolved once per hop and the connection goes to that address, Host keeping the name', async () => {
  // A rebinding resolver: the first answer is the loopback server, any later one a dead address.
  let calls = 0;
  const rebinding: Resolver = async () => (calls++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']);
  seen.length = 0;
  const bytes = await fetchPublic(`http://site.test:${port}/body`, { ...allow, resolve: rebinding });
  assert.deepEqual(Buffer.from(bytes), body);
  assert.equal(calls, 1);
  assert.equal(seen[0]!.host, `site.test:${port}`);
});

test('redirects: each hop is resolved and checked again; cookies are never sent back', async () => {
  const resolve = names({ 'a.test': ['127.0.0.1'], 'b.test': ['127.0.0.1'] });
  seen.length = 0;
  const target = encodeURIComponent(`http://b.test:${port}/body`);
  const bytes = await fetchPublic(`http://a.test:${port}/moved?to=${target}`, { ...allow, resolve });
  assert.deepEqual(Buffer.from(bytes), body);
  assert.deepEqual(resolve.asked, ['a.test', 'b.test']);
  assert.equal(seen.length, 2);
  assert.equal(seen[1]!.host, `b.test:${port}`);
  assert.ok(seen.every((h) => h.cookie === undefined));
});

test('without an allowed network, a name resolving to a private address is refused before connecting', async () => {
  for (const answer of [
    ['10.0.0.1'],
    ['127.0.0.1'],
    ['93.184.215.14', '192.168.1.1'],
    ['::ffff:10.0.0.1'],
    ['fe80::1'],
  ]) {
    seen.length = 0;
    const resolve = names({ 'rebind.test': answer });
    await assert.rejects(
      fetchPublic(`http://rebind.test:${port}/body`, { maxBytes: 1024, resolve }),
      { code: 'NET_URL_REFUSED' },
      answer.join(),
    );
    assert.equal(seen.length, 0);
  }
});

test('without an allowed network, a redirect from a public name to a private one is refused at that hop', async () => {
  // The policy allows exactly the loopback server (standing in for a public host); the second
  // hop's private address must be refused, and a bare loopback literal too once the override goes.
  const resolve = names({ 'pub.test': ['127.0.0.1'], 'internal.test': ['10.1.2.3'] });
  const policy = { maxBytes: 1024, resolve, allowNetworks: parseNetworks('127.0.0.1/32').networks };
  seen.length = 0;
  const target = encodeURIComponent(`http://internal.test:${port}/body`);
  await assert.rejects(fetchPublic(`http://pub.test:${port}/moved?to=${target}`, policy), {
    code: 'NET_URL_REFUSED',
  });
  assert.deepEqual(resolve.asked, ['pub.test', 'internal.test']);
  assert.equal(seen.length, 1, 'only the public hop was connected to');
  const strict = { maxBytes: 1024, resolve };
  await assert.rejects(fetchPublic('http://127.0.0.1/x', strict), { code: 'NET_URL_REFUSED' });
  await assert.rejects(fetchPublic('http://[::1]/x', strict), { code: 'NET_URL_REFUSED' });
  await assert.rejects(fetchPublic('http://[::ffff:7f00:1]/x', strict), { code: 'NET_URL_REFUSED' });
  for (const embedded of ['::ffff:0:127.0.0.1', '::127.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::1'])
    await assert.rejects(fetchPublic(`http://[${embedded}]/x`, strict), { code: 'NET_URL_REFUSED' }, embedded);
  const loopbackOnly = { maxBytes: 1024, resolve, allowNetworks: loopback };
  await assert.rejects(
    fetchPublic('http://10.0.0.1/x', loopbackOnly),
    { code: 'NET_URL_REFUSED' },
    'only the listed networks',
  );
});

test('size cap on the declared length and while streaming; a time limit; other schemes and failures', async () => {
  const resolve = names({});
  await assert.rejects(fetchPublic(`http://127.0.0.1:${port}/big`, { ...allow, resolve }), {
    code: 'NET_TOO_LARGE',
  });
  await assert.rejects(fetchPublic(`http://127.0.0.1:${port}/stream`, { ...allow, resolve }), {
    code: 'NET_TOO_LARGE',
  });
  await assert.rejects(fetchPublic(`http://127.0.0.1:${port}/hang`, { ...allow, timeoutMs: 200 }), {
    code: 'NET_TIMEOUT',
  });
  await assert.rejects(fetchPublic(`http://127.0.0.1:${port}/missing`, allow), { code: 'NET_FETCH_FAILED' });
  await assert.rejects(fetchPublic(`http://127.0.0.1:${port}/loop`, allow), {
    code: 'NET_REDIRECT_LOOP',
  });
  await assert.rejects(fetchPublic(`http://nowhere.test:${port}/body`, { ...allow, resolve }), {
    code: 'NET_FETCH_FAILED',
  });
  await assert.rejects(fetchPublic('file:///etc/passwd', allow), { code: 'NET_URL_REFUSED' });
  await assert.rejects(fetchPublic(`http://user:pw@127.0.0.1:${port}/body`, allow), {
    code: 'NET_URL_REFUSED',
  });
  await assert.rejects(fetchPublic('not a url', allow), { code: 'NET_URL_REFUSED' });
});
