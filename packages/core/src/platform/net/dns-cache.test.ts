import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { cachingResolver, parseDnsServers, serversResolver, type Resolver } from './dns-cache.ts';
import { createOutbound } from './outbound.ts';
import { loopback, startDns, startWeb } from './net.test-helpers.ts';

let web: Awaited<ReturnType<typeof startWeb>>;
before(async () => {
  web = await startWeb((_request, response) => response.writeHead(200).end('named'));
});
after(() => web.close());

const limits = { maxBytes: 1024, timeoutMs: 5000, idleTimeoutMs: 2000, maxRedirects: 2, maxDecompressionRatio: 100 };

function counting(answer: () => Promise<readonly string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  return Object.assign(
    (host: string) => {
      calls.push(host);
      return answer();
    },
    { calls },
  );
}

test('repeated fetches within the TTL ask the resolver once per name', async () => {
  const resolve = counting(async () => ['127.0.0.1']);
  const outbound = createOutbound({ egress: { kind: 'direct' }, allowNetworks: loopback, resolve });
  try {
    for (let i = 0; i < 3; i++) await (await outbound.fetch(`http://site.test:${web.port}/${i}`, limits)).read();
    await (await outbound.fetch(`http://SITE.test:${web.port}/upper`, limits)).read();
    assert.deepEqual(resolve.calls, ['site.test']);
  } finally {
    await outbound.close();
  }
});

test('the cache: answers expire, failures are not kept, concurrent asks share one, size is bounded', async () => {
  let fail = false;
  const inner = counting(async () => {
    await sleep(5);
    if (fail) throw new Error('SERVFAIL');
    return ['192.0.2.1'];
  });
  const cached = cachingResolver(inner, 50, 2);
  await Promise.all([cached('a.test'), cached('a.test'), cached('a.test')]);
  assert.equal(inner.calls.length, 1, 'three concurrent asks, one question');
  await sleep(60);
  await cached('a.test');
  assert.equal(inner.calls.length, 2, 'asked again after the TTL');
  fail = true;
  await assert.rejects(cached('b.test'));
  await assert.rejects(cached('b.test'));
  assert.equal(inner.calls.filter((h) => h === 'b.test').length, 2, 'a failure is not remembered');
  fail = false;
  await cached('c.test');
  await cached('d.test');
  await cached('e.test');
  const before = inner.calls.length;
  await cached('c.test');
  assert.equal(inner.calls.length, before + 1, 'the oldest name was forgotten beyond two');
  assert.equal(cachingResolver(inner, 0), inner, 'a TTL of 0 caches nothing');
});

test('custom DNS servers are asked directly (a UDP responder on loopback), and fetches use them', async () => {
  const dns = await startDns({ 'site.test': ['127.0.0.1'], 'v6.test': ['::1'] });
  try {
    const resolve = serversResolver([`127.0.0.1:${dns.port}`]);
    assert.deepEqual(await resolve('site.test'), ['127.0.0.1']);
    assert.deepEqual(await resolve('v6.test'), ['::1']);
    await assert.rejects(resolve('unknown.test'));
    const outbound = createOutbound({
      egress: { kind: 'direct' },
      allowNetworks: loopback,
      dnsServers: [`127.0.0.1:${dns.port}`],
    });
    try {
      const response = await outbound.fetch(`http://site.test:${web.port}/`, limits);
      assert.equal(Buffer.from(await response.read()).toString(), 'named');
      assert.ok(dns.questions.filter((q) => q === 'site.test A').length >= 2);
      await assert.rejects(outbound.fetch(`http://unknown.test:${web.port}/`, limits), { code: 'NET_FETCH_FAILED' });
    } finally {
      await outbound.close();
    }
  } finally {
    dns.close();
  }
});

test('DNS server settings: addresses with optional ports only', () => {
  assert.deepEqual(parseDnsServers('9.9.9.9, 127.0.0.1:5353,[::1]:53, 2620:fe::fe'), {
    servers: ['9.9.9.9', '127.0.0.1:5353', '[::1]:53', '2620:fe::fe'],
    invalid: [],
  });
  assert.deepEqual(parseDnsServers('dns.example, 1.2.3.4:0, 1.2.3.4:99999, localhost:53, 300.1.1.1').invalid, [
    'dns.example',
    '1.2.3.4:0',
    '1.2.3.4:99999',
    'localhost:53',
    '300.1.1.1',
  ]);
});
