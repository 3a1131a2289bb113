import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestContext, startRdapServer, type RdapTestServer, type TestContext } from '@vigie/testkit';
import { hostingRecipients } from '../notices/index.ts';
import { fixture, installTestIpData } from './hosting.test-helpers.ts';

// The notices feature's recipients, from this feature's lookups: RDAP's abuse desk with the
// contacts after it as fall-backs, the provider directory over RDAP, and nobody while RDAP is busy.

let rdap: RdapTestServer;
let t: TestContext;

before(async () => {
  rdap = await startRdapServer({
    answers: {
      'ip/127.0.0.10': await fixture('ip_abuse-without-email_follow-self-link.json'),
      'entity/ABUSE-FH': await fixture('entity_abuse-fh.json'),
      'autnum/64500': await fixture('autnum_64500_transit-abuse.json'),
      'domain/shady-shop.hosting-fixture': await fixture('domain_registrar-nested-abuse_rfc9537-registrant.json'),
      'ip/127.0.3.10': { status: 429, headers: { 'retry-after': '30' }, body: { errorCode: 429, title: 'Busy' } },
    },
  });
  t = await createTestContext({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_RDAP_BOOTSTRAP_DIR: rdap.bootstrapDir,
  });
  await installTestIpData(t.config.dataDir, [
    ['127.0.0.0', '127.0.0.255', 64500, 'Fixture Hosting Ltd', 'CA'],
    ['127.0.3.0', '127.0.3.255', 64502, 'Busy Registry Net', 'DE'],
  ]);
});
after(async () => {
  await t.close();
  await rdap.close();
});

test("RDAP's abuse desk gets the notice, in its language, with X-ARF; the contacts after it are the fall-backs", async () => {
  const recipient = await hostingRecipients(t.ctx.hosting).resolve({
    url: 'http://files.shady-shop.hosting-fixture/a/b.jpg',
    address: '127.0.0.10',
  });
  assert.ok(recipient);
  assert.equal(recipient.key, 'email:abuse-desk@fixture-hosting.hosting-fixture');
  assert.deepEqual([recipient.language, recipient.country, recipient.asn], ['fr', 'CA', 64500]);
  assert.deepEqual([recipient.relationship, recipient.xarf, recipient.batchMinutes], ['hosts', true, null]);
  assert.deepEqual(recipient.contacts, [
    { channel: 'email', address: 'abuse-desk@fixture-hosting.hosting-fixture' },
    { channel: 'email', address: 'abuse@transit.hosting-fixture' },
    { channel: 'email', address: 'abuse@registrar-one.hosting-fixture' },
    { channel: 'email', address: 'abuse@shady-shop.hosting-fixture' },
  ]);
});

test('a provider in the directory overrides RDAP: its webhook first, its batching, one key for all its URLs', async () => {
  const provider = await t.ctx.hosting.directory.add(
    {
      name: 'Shady Shop Hosting',
      contacts: ['desk@shady-shop.hosting-fixture'],
      channel: 'webhook',
      webhookUrl: 'https://hooks.shady-shop.hosting-fixture/abuse',
      webhookSecret: 'w'.repeat(32),
      language: 'en',
      batching: 'hourly',
      domains: ['shady-shop.hosting-fixture'],
      asns: [],
      networks: [],
      notes: '',
    },
    cliActor,
  );
  const resolver = hostingRecipients(t.ctx.hosting);
  const first = await resolver.resolve({ url: 'http://files.shady-shop.hosting-fixture/1.jpg', address: '127.0.0.10' });
  const second = await resolver.resolve({ url: 'http://www.shady-shop.hosting-fixture/2.jpg', address: '127.0.0.10' });
  assert.ok(first && second);
  assert.equal(first.key, `provider:${provider.id}`);
  assert.equal(second.key, first.key);
  assert.deepEqual(
    [first.name, first.language, first.batchMinutes, first.xarf],
    ['Shady Shop Hosting', 'en', 60, true],
  );
  assert.deepEqual(first.contacts[0], {
    channel: 'webhook',
    url: 'https://hooks.shady-shop.hosting-fixture/abuse',
    secret: 'w'.repeat(32),
  });
  assert.deepEqual(first.contacts[1], { channel: 'email', address: 'desk@shady-shop.hosting-fixture' });
  await t.ctx.hosting.directory.remove(provider.id, cliActor);
});

test('while RDAP cannot be asked, nobody is chosen: the detection waits rather than go to a fall-back', async () => {
  const recipient = await hostingRecipients(t.ctx.hosting).resolve({
    url: 'http://files.busy.hosting-fixture/c.jpg',
    address: '127.0.3.10',
  });
  assert.equal(recipient, null);
});
