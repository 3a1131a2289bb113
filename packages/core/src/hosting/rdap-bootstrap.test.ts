import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadRdapBootstrap } from './rdap-bootstrap.ts';

test('the shipped IANA bootstrap finds the registry of a TLD, an address and an ASN', async () => {
  const bootstrap = await loadRdapBootstrap();
  assert.equal(bootstrap.domain('shop.lemonde.fr'), 'https://rdap.nic.fr/');
  assert.match(bootstrap.domain('EXAMPLE.COM.') ?? '', /^https:\/\/rdap\.verisign\.com\/com\/v1\/$/);
  assert.equal(bootstrap.domain('nothing.no-such-tld-here'), undefined);
  assert.equal(bootstrap.ip('62.239.237.1'), 'https://rdap.db.ripe.net/');
  assert.equal(bootstrap.ip('74.125.225.229'), 'https://rdap.arin.net/registry/');
  assert.equal(bootstrap.ip('2001:4860::1'), 'https://rdap.arin.net/registry/');
  assert.equal(bootstrap.ip('127.0.0.1'), undefined);
  assert.equal(bootstrap.autnum(16509), 'https://rdap.arin.net/registry/');
  assert.equal(bootstrap.autnum(3215), 'https://rdap.db.ripe.net/');
});

test('a replacement bootstrap: the most specific block wins, http only when no https is listed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-bootstrap-'));
  try {
    const file = (keys: string[][], urls: string[][]) => JSON.stringify({ services: keys.map((k, i) => [k, urls[i]]) });
    await writeFile(
      join(dir, 'dns.json'),
      file([['hosting-fixture', 'co.hosting-fixture']], [['http://127.0.0.1:1/a']]),
    );
    await writeFile(
      join(dir, 'ipv4.json'),
      file(
        [['127.0.0.0/8'], ['127.0.1.0/24']],
        [['http://127.0.0.1:1/wide/'], ['http://127.0.0.1:1/narrow/', 'https://127.0.0.1:2/narrow/']],
      ),
    );
    await writeFile(join(dir, 'ipv6.json'), file([], []));
    await writeFile(join(dir, 'asn.json'), file([['64496-64511', '65000']], [['http://127.0.0.1:1/asn/']]));
    const bootstrap = await loadRdapBootstrap(dir);
    assert.equal(bootstrap.domain('x.co.hosting-fixture'), 'http://127.0.0.1:1/a/');
    assert.equal(bootstrap.ip('127.0.0.9'), 'http://127.0.0.1:1/wide/');
    assert.equal(bootstrap.ip('127.0.1.9'), 'https://127.0.0.1:2/narrow/');
    assert.equal(bootstrap.autnum(64500), 'http://127.0.0.1:1/asn/');
    assert.equal(bootstrap.autnum(65000), 'http://127.0.0.1:1/asn/');
    assert.equal(bootstrap.autnum(65001), undefined);
    await writeFile(join(dir, 'asn.json'), file([['one-two']], [['http://127.0.0.1:1/']]));
    await assert.rejects(loadRdapBootstrap(dir), { code: 'HOSTING_BOOTSTRAP_INVALID', message: /asn\.json/ });
    await writeFile(join(dir, 'ipv4.json'), '{"services": 3}');
    await assert.rejects(loadRdapBootstrap(dir), { code: 'HOSTING_BOOTSTRAP_INVALID', message: /ipv4\.json/ });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
