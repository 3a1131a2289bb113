import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { TLSSocket } from 'node:tls';
import { describeEgress, parseEgress, type Egress } from './egress.ts';
import { createOutbound, type FetchLimits } from './outbound.ts';
import { loopback, names, startConnectProxy, startSocksProxy, startWeb } from './net.test-helpers.ts';

// Every connection through the proxy, redirect hops included, and to the checked IP address;
// with the proxy down, no connection at all. Loopback servers and proxies only.
let web: Awaited<ReturnType<typeof startWeb>>;
before(async () => {
  web = await startWeb((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const to = url.searchParams.get('to');
    if (to) return void response.writeHead(302, { location: to }).end();
    response.writeHead(200).end(`page ${url.pathname}`);
  });
});
after(() => web.close());

const limits: FetchLimits = {
  maxBytes: 1024 * 1024,
  timeoutMs: 5000,
  idleTimeoutMs: 2000,
  maxRedirects: 5,
  maxDecompressionRatio: 100,
};
const table = { 'a.test': ['127.0.0.1'], 'b.test': ['127.0.0.1'] };
const through = (egress: Egress, extra: { ca?: string } = {}) =>
  createOutbound({ egress, allowNetworks: loopback, resolve: names(table), ...extra });
const must = (text: string) => {
  const egress = parseEgress(text);
  assert.ok(!('problem' in egress), text);
  return egress;
};

for (const kind of ['http', 'socks5'] as const) {
  test(`${kind} proxy: every hop goes through it, asked for the checked IP address, never the name`, async () => {
    const proxy = kind === 'http' ? await startConnectProxy() : await startSocksProxy();
    const outbound = through(must(`${kind}://127.0.0.1:${proxy.port}`));
    try {
      const start = web.seen.length;
      const to = encodeURIComponent(`http://b.test:${web.port}/end`);
      const response = await outbound.fetch(`http://a.test:${web.port}/moved?to=${to}`, limits);
      assert.equal(Buffer.from(await response.read()).toString(), 'page /end');
      assert.equal(response.hops.length, 2);
      const requests = web.seen.slice(start);
      assert.equal(requests.length, 2);
      const tunnelPorts = proxy.tunnels.map((t) => t.upstreamPort);
      for (const request of requests)
        assert.ok(tunnelPorts.includes(request.remotePort), 'the web server saw the proxy, not us');
      // Two hosts, two tunnels (a pool per host and address), both to the IP address.
      assert.deepEqual(
        proxy.tunnels.map((t) => t.asked),
        [`127.0.0.1:${web.port}`, `127.0.0.1:${web.port}`],
      );
      if (kind === 'socks5')
        assert.deepEqual(
          proxy.tunnels.map((t) => t.addressType),
          ['ipv4', 'ipv4'],
          'SOCKS5 asked for an IPv4 address, not a name',
        );
      assert.equal(requests[1]!.headers.host, `b.test:${web.port}`, 'the Host header keeps the name');
    } finally {
      await outbound.close();
      proxy.close();
    }
  });

  test(`${kind} proxy down: the fetch fails with NET_EGRESS_FAILED and nothing goes out directly`, async () => {
    const proxy = kind === 'http' ? await startConnectProxy() : await startSocksProxy();
    proxy.close();
    const outbound = through(must(`${kind}://127.0.0.1:${proxy.port}`));
    try {
      const start = web.seen.length;
      await assert.rejects(outbound.fetch(`http://a.test:${web.port}/x`, limits), { code: 'NET_EGRESS_FAILED' });
      assert.equal(web.seen.length, start);
    } finally {
      await outbound.close();
    }
  });

  test(`${kind} proxy: a target that refuses is the target's failure, not the proxy's`, async () => {
    const proxy = kind === 'http' ? await startConnectProxy() : await startSocksProxy();
    const closed = await startWeb(() => undefined);
    await closed.close();
    const outbound = through(must(`${kind}://127.0.0.1:${proxy.port}`));
    try {
      await assert.rejects(outbound.fetch(`http://a.test:${closed.port}/x`, limits), { code: 'NET_FETCH_FAILED' });
    } finally {
      await outbound.close();
      proxy.close();
    }
  });
}

test('CONNECT proxy credentials: sent when set; a 407 is an egress failure', async () => {
  const proxy = await startConnectProxy('hotline:s3cret');
  const good = through(must(`http://hotline:s3cret@127.0.0.1:${proxy.port}`));
  const bad = through(must(`http://hotline:wrong@127.0.0.1:${proxy.port}`));
  try {
    assert.equal((await good.fetch(`http://a.test:${web.port}/in`, limits)).status, 200);
    await assert.rejects(bad.fetch(`http://a.test:${web.port}/in`, limits), {
      code: 'NET_EGRESS_FAILED',
      message: /407/,
    });
  } finally {
    await good.close();
    await bad.close();
    proxy.close();
  }
});

test('egress settings: parsed, refused when unusable, shown without the password', () => {
  assert.deepEqual(parseEgress('direct'), { kind: 'direct' });
  assert.deepEqual(parseEgress('socks5://10.0.0.5:1080'), { kind: 'socks5', host: '10.0.0.5', port: 1080 });
  assert.deepEqual(parseEgress('http://u%40x:p%3Aw@[fd00::1]:3128'), {
    kind: 'http',
    host: 'fd00::1',
    port: 3128,
    username: 'u@x',
    password: 'p:w',
  });
  for (const bad of ['https://proxy:443', 'socks4://p:1080', 'http://proxy', 'http://proxy:3128/path', 'nonsense'])
    assert.ok('problem' in parseEgress(bad), bad);
  assert.equal(describeEgress(must('http://u:secret@proxy.lan:3128')), 'http://u:[redacted]@proxy.lan:3128');
});

// https through the tunnel: a self-signed certificate made with the system's openssl.
let tlsDir: string | undefined;
let secure: HttpsServer | undefined;
let cert = '';
const servernames: (string | false | null)[] = [];
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
before(async () => {
  if (!hasOpenssl) return;
  tlsDir = mkdtempSync(join(tmpdir(), 'vigie-tls-'));
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
      ...['-subj', '/CN=secure.test', '-addext', 'subjectAltName=DNS:secure.test'],
      ...['-keyout', join(tlsDir, 'key.pem'), '-out', join(tlsDir, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(join(tlsDir, 'cert.pem'), 'utf8');
  secure = createHttpsServer({ key: readFileSync(join(tlsDir, 'key.pem')), cert }, (request, response) => {
    servernames.push((request.socket as TLSSocket).servername);
    response.writeHead(200).end('secret garden');
  });
  secure.listen(0, '127.0.0.1');
  await new Promise((resolve) => secure!.once('listening', resolve));
});
after(() => {
  secure?.closeAllConnections();
  secure?.close();
  if (tlsDir) rmSync(tlsDir, { recursive: true, force: true });
});

for (const kind of ['http', 'socks5'] as const)
  test(
    `https through a ${kind} tunnel: SNI and certificate check use the name, the tunnel the IP`,
    { skip: !hasOpenssl && 'no openssl to make a certificate' },
    async () => {
      const port = (secure!.address() as AddressInfo).port;
      const proxy = kind === 'http' ? await startConnectProxy() : await startSocksProxy();
      const resolve = names({ 'secure.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] });
      const egress = must(`${kind}://127.0.0.1:${proxy.port}`);
      const trusting = createOutbound({ egress, allowNetworks: loopback, resolve, ca: cert });
      const strict = createOutbound({ egress, allowNetworks: loopback, resolve });
      servernames.length = 0;
      try {
        const response = await trusting.fetch(`https://secure.test:${port}/`, limits);
        assert.equal(Buffer.from(await response.read()).toString(), 'secret garden');
        assert.deepEqual(servernames, ['secure.test']);
        assert.deepEqual(
          proxy.tunnels.map((t) => t.asked),
          [`127.0.0.1:${port}`],
        );
        // The certificate is checked: not for another name at the same address, not without the CA.
        await assert.rejects(trusting.fetch(`https://other.test:${port}/`, limits), {
          code: 'NET_FETCH_FAILED',
          message: /altnames/,
        });
        await assert.rejects(strict.fetch(`https://secure.test:${port}/`, limits), {
          code: 'NET_FETCH_FAILED',
          message: /self.signed/i,
        });
        assert.equal(proxy.tunnels.length, 3, 'the refused ones went through the tunnel too');
      } finally {
        await trusting.close();
        await strict.close();
        proxy.close();
      }
    },
  );
