import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyAddress, isPublicAddress, parse6 } from './address-classifier.ts';

test('IPv4: private, loopback, link-local, shared, unspecified, multicast and reserved ranges are refused', () => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['192.168.255.255', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
  ];
  for (const [address, kind] of cases) {
    assert.equal(classifyAddress(address), kind, address);
    assert.equal(isPublicAddress(address), false, address);
  }
});

test('IPv4: the neighbours of each refused range are public', () => {
  for (const address of [
    '9.255.255.255',
    '11.0.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.167.255.255',
    '192.169.0.0',
    '169.253.255.255',
    '169.255.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.0',
    '1.1.1.1',
    '8.8.8.8',
    '223.255.255.255',
    '192.0.2.10',
  ]) {
    assert.equal(classifyAddress(address), 'public', address);
  }
});

test('IPv6: loopback, unspecified, unique local, link-local, multicast and every IPv4 embedding', () => {
  const cases: Array<[string, string]> = [
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fdff:ffff::1', 'private'],
    ['fec0::1', 'private'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::FFFF:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'link-local'],
    ['::127.0.0.1', 'loopback'],
    ['::10.0.0.1', 'private'],
    ['::8.8.8.8', 'reserved'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['0:0:0:0:ffff:0:a9fe:a9fe', 'link-local'],
    ['::ffff:0:10.1.2.3', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b:1::10.0.0.1', 'private'],
    ['64:ff9b:1:a00:1::', 'private'],
    ['64:ff9b:1:7f:0:100::', 'loopback'],
    ['64:ff9b:1:0:a:0:100::', 'private'],
    ['2002:0a00:0001::1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a9fe:a9fe::1', 'link-local'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'private'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    ['2001:0:a00:1:8000:63bf:3fff:fdd2', 'private'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
    ['2001:0::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['100::1', 'reserved'],
  ];
  for (const [address, kind] of cases) assert.equal(classifyAddress(address), kind, address);
  for (const address of [
    '2606:4700:4700::1111',
    '2a00:1450:4007:80e::200e',
    '::ffff:8.8.8.8',
    '::ffff:0:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '64:ff9b::808:808',
    '2002:0808:0808::1',
    'fbff::1',
    'fe7f::1',
  ]) {
    assert.equal(classifyAddress(address), 'public', address);
  }
});

test('what is not an address literal is invalid, never public', () => {
  for (const text of [
    '',
    'localhost',
    '1.2.3',
    '01.2.3.4',
    '1.2.3.256',
    '::1::2',
    '1:2:3:4:5:6:7:8:9',
    'example.org',
    '[1.2.3.4]',
  ]) {
    assert.equal(isPublicAddress(text), false, text);
  }
  assert.equal(classifyAddress('1.2.3'), 'invalid');
});

test('parse6 expands every spelling to the same bytes', () => {
  const expected = parse6('0:0:0:0:0:ffff:7f00:1');
  assert.deepEqual(parse6('::ffff:127.0.0.1'), expected);
  assert.deepEqual(parse6('::ffff:7f00:0001'), expected);
  assert.deepEqual([...parse6('1::')!], [0, 1, ...Array<number>(14).fill(0)]);
});
