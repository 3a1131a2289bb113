import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeConfig, parseConfig } from '../config.ts';
import { createOutboundFromConfig } from './outbound.ts';

test('outbound settings: defaults are direct, a neutral user agent, the system resolver and a minute of DNS cache', async () => {
  const config = parseConfig({});
  assert.equal(config.fetchEgress, 'direct');
  assert.equal(config.fetchUserAgent, 'Mozilla/5.0 (compatible)');
  assert.deepEqual(config.fetchDnsServers, []);
  assert.equal(config.fetchDnsCacheSeconds, 60);
  const outbound = createOutboundFromConfig(config);
  await assert.rejects(
    outbound.fetch('http://127.0.0.1:1/', {
      maxBytes: 1,
      timeoutMs: 1000,
      idleTimeoutMs: 1000,
      maxRedirects: 0,
      maxDecompressionRatio: 1,
    }),
    { code: 'NET_URL_REFUSED' },
    'no allowed network: loopback refused',
  );
  await outbound.close();
});

test('outbound settings are read and every bad one listed with the others', () => {
  const config = parseConfig({
    VIGIE_EGRESS: 'socks5://crawl:pw@10.0.0.5:1080',
    VIGIE_FETCH_USER_AGENT: 'Hotline crawler',
    VIGIE_FETCH_DNS_SERVERS: '127.0.0.1:5353, [::1]:53',
    VIGIE_FETCH_DNS_CACHE_SECONDS: '0',
  });
  assert.equal(config.fetchEgress, 'socks5://crawl:pw@10.0.0.5:1080');
  assert.equal(config.fetchUserAgent, 'Hotline crawler');
  assert.deepEqual(config.fetchDnsServers, ['127.0.0.1:5353', '[::1]:53']);
  assert.equal(config.fetchDnsCacheSeconds, 0);
  assert.equal(describeConfig(config).fetchEgress, 'socks5://crawl:[redacted]@10.0.0.5:1080', 'password hidden');

  assert.throws(
    () =>
      parseConfig({
        PORT: 'x',
        VIGIE_EGRESS: 'https://proxy:443',
        VIGIE_FETCH_USER_AGENT: 'bad\u0007agent',
        VIGIE_FETCH_DNS_SERVERS: 'dns.example',
        VIGIE_FETCH_DNS_CACHE_SECONDS: '-1',
      }),
    (error: { details: { problems: string[] } }) => {
      const names = error.details.problems.map((p) => p.split(/[:=]/)[0]);
      assert.deepEqual(names, [
        'PORT',
        'VIGIE_EGRESS',
        'VIGIE_FETCH_USER_AGENT',
        'VIGIE_FETCH_DNS_SERVERS',
        'VIGIE_FETCH_DNS_CACHE_SECONDS',
      ]);
      return true;
    },
  );
});
