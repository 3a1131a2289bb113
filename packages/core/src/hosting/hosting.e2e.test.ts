import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestContext, startRdapServer, type RdapTestServer, type TestContext } from '@vigie/testkit';
import { fixture, installTestIpData } from './hosting.test-helpers.ts';

// A lookup end to end: offline IP data, the bootstrap pointing at a loopback RDAP server, the
// cache in PostgreSQL, the provider directory, through the outbound client.

let rdap: RdapTestServer;
let t: TestContext;

before(async () => {
  rdap = await startRdapServer({
    answers: {
      'ip/127.0.0.10': await fixture('ip_abuse-without-email_follow-self-link.json'),
      'entity/ABUSE-FH': await fixture('entity_abuse-fh.json'),
      'autnum/64500': await fixture('autnum_64500_transit-abuse.json'),
      'domain/shady-shop.hosting-fixture': await fixture('domain_registrar-nested-abuse_rfc9537-registrant.json'),
      'ip/127.0.1.10': await fixture('ip_roles-combined_no-roles_duplicated.json'),
      'domain/masked.hosting-fixture': await fixture('domain_placeholders-only.json'),
      'domain/quiet.hosting-fixture': await fixture('domain_abuse-redacted-and-placeholders_registrar-fallback.json'),
      'ip/127.0.3.10': {
        status: 429,
        headers: { 'retry-after': '30' },
        body: { errorCode: 429, title: 'Too Many Requests' },
      },
      'domain/broken.hosting-fixture': {
        status: 400,
        body: ((await fixture('error_400_bad-request.json')) as { object: unknown }).object,
      },
      'domain/garbled.hosting-fixture': { status: 200, raw: '<html>not RDAP</html>' },
    },
  });
  t = await createTestContext({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_RDAP_BOOTSTRAP_DIR: rdap.bootstrapDir,
  });
  await installTestIpData(t.config.dataDir, [
    ['127.0.0.0', '127.0.0.255', 64500, 'Fixture Hosting Ltd', 'CA'],
    ['127.0.1.0', '127.0.1.255', 64501, 'Second Host', 'FR'],
    ['127.0.2.0', '127.0.2.255', 13335, 'Cloudflare, Inc.', 'US'],
    ['127.0.3.0', '127.0.3.255', 64502, 'Busy Registry Net', 'DE'],
  ]);
});
after(async () => {
  await t.close();
  await rdap.close();
});

test('the network abuse contact (its entity followed by link), with the ASN, registrar and RFC 2142 as fall-backs', async () => {
  const target = await t.ctx.hosting.lookup({
    url: 'http://files.shady-shop.hosting-fixture/a/b.jpg',
    addresses: ['127.0.0.10'],
  });
  assert.equal(target.host, 'files.shady-shop.hosting-fixture');
  assert.equal(target.registrableDomain, 'shady-shop.hosting-fixture');
  assert.deepEqual([target.asn, target.holder, target.country], [64500, 'Fixture Hosting Ltd', 'CA']);
  assert.equal(target.relationship, 'hosts');
  assert.equal(target.complete, true, target.problems.join('; '));
  assert.equal(target.recipient?.source, 'rdap_ip_abuse');
  assert.deepEqual(target.recipient?.emails, ['abuse-desk@fixture-hosting.hosting-fixture']);
  assert.equal(target.recipient?.language, 'fr');
  assert.equal(target.recipient?.rdapUrl, `${rdap.baseUrl}entity/ABUSE-FH`);
  assert.deepEqual(
    target.escalation.map((c) => [c.source, c.emails.join(',')]),
    [
      ['rdap_autnum_abuse', 'abuse@transit.hosting-fixture'],
      ['rdap_registrar_abuse', 'abuse@registrar-one.hosting-fixture'],
      ['rfc2142', 'abuse@shady-shop.hosting-fixture'],
    ],
  );
  const flat = JSON.stringify(target);
  assert.doesNotMatch(flat, /owner(-abuse)?@shady-shop/, 'the registrant is never a recipient');
  assert.deepEqual(rdap.requests.slice(0, 4), [
    'ip/127.0.0.10',
    'entity/ABUSE-FH',
    'autnum/64500',
    'domain/shady-shop.hosting-fixture',
  ]);

  // Asked again (by any process): the answers come from PostgreSQL.
  const asked = rdap.requests.length;
  const again = await t.ctx.hosting.lookup({
    url: 'https://shady-shop.hosting-fixture/other',
    addresses: ['127.0.0.10'],
  });
  assert.deepEqual(again.recipient?.emails, target.recipient?.emails);
  assert.equal(rdap.requests.length, asked, 'no RDAP request the second time');
  const cached = await t.ctx.db.selectFrom('rdap_cache').select(['url', 'status']).orderBy('url').execute();
  assert.ok(cached.some((row) => row.url === `${rdap.baseUrl}entity/ABUSE-FH` && row.status === 200));
});

test('the provider directory overrides RDAP: a domain entry before a network or ASN entry', async () => {
  const byAsn = await t.ctx.hosting.directory.add(
    {
      name: 'Fixture Hosting',
      contacts: ['takedown@fixture-hosting.hosting-fixture'],
      asns: [64500],
      channel: 'xarf_email',
      language: 'en',
      batching: 'daily',
    },
    cliActor,
  );
  const url = 'http://files.shady-shop.hosting-fixture/a/b.jpg';
  const first = await t.ctx.hosting.lookup({ url, addresses: ['127.0.0.10'] });
  assert.equal(first.recipient?.source, 'provider_directory');
  assert.equal(first.recipient?.providerId, byAsn.id);
  assert.equal(first.recipient?.channel, 'xarf_email');
  assert.deepEqual(first.recipient?.emails, ['takedown@fixture-hosting.hosting-fixture']);
  assert.equal(first.escalation[0]?.source, 'rdap_ip_abuse', 'RDAP stays as the fall-back');

  const byNetwork = await t.ctx.hosting.directory.add(
    { name: 'Loopback Reseller', contacts: ['desk@reseller.hosting-fixture'], networks: ['127.0.0.0/28'] },
    cliActor,
  );
  assert.equal((await t.ctx.hosting.lookup({ url, addresses: ['127.0.0.10'] })).recipient?.providerId, byNetwork.id);
  const byDomain = await t.ctx.hosting.directory.add(
    {
      name: 'Shady Shop Platform',
      contacts: ['trust@shady-shop.hosting-fixture'],
      domains: ['shady-shop.hosting-fixture'],
    },
    cliActor,
  );
  assert.equal((await t.ctx.hosting.lookup({ url, addresses: ['127.0.0.10'] })).recipient?.providerId, byDomain.id);
  for (const p of [byAsn, byNetwork, byDomain]) await t.ctx.hosting.directory.remove(p.id, cliActor);
});

test('a page on another host only links to the file: two targets, each with its own recipient', async () => {
  const targets = await t.ctx.hosting.describeDetection({
    url: 'http://files.shady-shop.hosting-fixture/a/b.jpg',
    addresses: ['127.0.0.10'],
    pageUrl: 'http://blog.masked.hosting-fixture/post/1',
    pageAddresses: ['127.0.1.10'],
  });
  assert.deepEqual(
    targets.map((x) => [x.host, x.relationship]),
    [
      ['files.shady-shop.hosting-fixture', 'hosts'],
      ['blog.masked.hosting-fixture', 'links'],
    ],
  );
  const page = targets[1]!;
  assert.deepEqual(page.recipient?.emails, ['abuse@second-host.hosting-fixture', 'ops@second-host.hosting-fixture']);
  assert.deepEqual(
    page.refused.map((r) => [r.email, r.reason]),
    [
      ['someone@second-host.hosting-fixture', 'no_role'],
      ['abuse@registrar-three.invalid', 'placeholder'],
      ['not an address', 'invalid'],
      ['noreply@registrar-three.hosting-fixture', 'placeholder'],
    ],
  );
  assert.deepEqual(
    page.escalation.map((c) => c.source),
    ['rfc2142'],
    'no registrar contact survives; RFC 2142 is the last resort',
  );
  const same = await t.ctx.hosting.describeDetection({
    url: 'http://a.shady-shop.hosting-fixture/x.jpg',
    addresses: ['127.0.0.10'],
    pageUrl: 'http://A.shady-shop.hosting-fixture/',
  });
  assert.equal(same.length, 1, 'a page on the same host is the same target');
});

test('a CDN proxies: by its network, or by its headers on any network; redacted abuse falls back to the registrar', async () => {
  const byNetwork = await t.ctx.hosting.lookup({
    url: 'http://cdn.quiet.hosting-fixture/x.jpg',
    addresses: ['127.0.2.10'],
  });
  assert.deepEqual([byNetwork.relationship, byNetwork.behindProxy, byNetwork.cdn], ['proxies', 'hosts', 'Cloudflare']);
  assert.match(byNetwork.problems.join('\n'), /the network of 127\.0\.2\.10: not found in RDAP/);
  assert.equal(byNetwork.complete, true, 'a 404 is an answer');
  assert.equal(byNetwork.recipient?.source, 'rdap_registrar');
  assert.deepEqual(byNetwork.recipient?.emails, ['desk@registrar-two.hosting-fixture']);
  assert.ok(byNetwork.refused.filter((r) => r.reason === 'redacted').length >= 4);

  const byHeaders = await t.ctx.hosting.describeDetection({
    url: 'http://files.shady-shop.hosting-fixture/a/b.jpg',
    addresses: ['127.0.0.10'],
    pageUrl: 'http://blog.masked.hosting-fixture/post/1',
    pageAddresses: ['127.0.1.10'],
    pageHeaders: { 'CF-RAY': '8a1b2c3d4e5f-YUL', server: 'cloudflare' },
  });
  assert.deepEqual(
    byHeaders.map((x) => [x.relationship, x.behindProxy, x.cdn]),
    [
      ['hosts', null, null],
      ['proxies', 'links', 'Cloudflare'],
    ],
  );
});

test('a rate-limited registry makes the lookup incomplete and is asked again later; errors are recorded', async () => {
  const first = await t.ctx.hosting.lookup({ url: 'http://127.0.3.10/x.jpg' });
  assert.equal(first.registrableDomain, null);
  assert.equal(first.complete, false);
  assert.match(first.problems.join('\n'), /rate limited by the RDAP server \(429\)/);
  assert.equal(first.recipient, null, 'an address without a domain and without RDAP has nobody yet');
  const asked = rdap.requests.filter((p) => p === 'ip/127.0.3.10').length;
  await t.ctx.hosting.lookup({ url: 'http://127.0.3.10/x.jpg' });
  assert.equal(rdap.requests.filter((p) => p === 'ip/127.0.3.10').length, asked + 1, 'a 429 is not cached');

  const broken = await t.ctx.hosting.lookup({ url: 'http://www.broken.hosting-fixture/', addresses: ['127.0.1.10'] });
  assert.match(broken.problems.join('\n'), /RDAP error 400: Bad Request/);
  assert.equal(broken.complete, true);
  const garbled = await t.ctx.hosting.lookup({ url: 'http://www.garbled.hosting-fixture/', addresses: ['127.0.1.10'] });
  assert.match(garbled.problems.join('\n'), /HTTP 200 \(not RDAP JSON\)/);
});

test('without recorded addresses the host is resolved; no answer is a problem, not a failure', async () => {
  const target = await t.ctx.hosting.lookup({ url: 'http://nowhere.quiet.hosting-fixture/x' });
  assert.deepEqual(target.addresses, []);
  assert.match(target.problems.join('\n'), /no address for nowhere\.quiet\.hosting-fixture/);
  assert.equal(target.recipient?.source, 'rdap_registrar');
  await assert.rejects(t.ctx.hosting.lookup({ url: 'ftp://x.hosting-fixture/' }), { code: 'HOSTING_URL_INVALID' });
  await assert.rejects(t.ctx.hosting.lookup({ url: 'not a url' }), { code: 'HOSTING_URL_INVALID' });
});

test('RFC 2142 is not offered at a reserved name', async () => {
  const target = await t.ctx.hosting.lookup({ url: 'http://site1.vigie.test/x.jpg', addresses: ['127.0.2.10'] });
  assert.equal(target.recipient, null);
  assert.deepEqual(
    target.refused.map((r) => [r.email, r.reason]),
    [['abuse@vigie.test', 'placeholder']],
  );
});
