import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { currentIpDataFiles } from './ip-data-source.ts';
import { ipDataFiles, loadIpData } from './ip-data.ts';

let dir: string;
const v6 = (text: string) => {
  const hex = text
    .split(':')
    .map((g) => g.padStart(4, '0'))
    .join('');
  return BigInt(`0x${hex}`).toString();
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-ipdata-'));
  await writeFile(
    join(dir, 'asn-ipv4-num.csv'),
    [
      '16777216,16777471,64500,"Fixture Hosting, Ltd."',
      '16777472,16777727,64501,"LLC ""QUOTED"""',
      '16777728,16778239,0,Not routed',
      // a large range with a smaller one nested after it (as the country file has)
      '2130706432,2130706687,64502,Loopback Holder',
      '2130706442,2130706442,64503,Nested Single',
      '4294967040,4294967295,64504,Top Of Space',
    ].join('\n') + '\n',
  );
  await writeFile(
    join(dir, 'asn-ipv6-num.csv'),
    `${v6('2001:0db8:0000:0000:0000:0000:0000:0000')},${v6('2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff')},64510,Documentation Six\r\n` +
      `${v6('ffff:ffff:ffff:ffff:0000:0000:0000:0000')},340282366920938463463374607431768211455,64511,Last Block\r\n`,
  );
  await writeFile(join(dir, 'geo-whois-asn-country-ipv4-num.csv'), '16777216,16777471,au\n2130706432,2130706687,ZZ\n');
  await writeFile(
    join(dir, 'geo-whois-asn-country-ipv6-num.csv'),
    `${v6('2001:0db8:0000:0000:0000:0000:0000:0000')},${v6('2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff')},FR\n`,
  );
});
after(() => rm(dir, { recursive: true, force: true }));

test('IPv4 and IPv6 ranges: holders with commas and quotes, nested ranges, the ends of the space', async () => {
  const data = await loadIpData(ipDataFiles(dir, dir));
  assert.deepEqual(data.lookup('1.0.0.7'), {
    address: '1.0.0.7',
    asn: 64500,
    holder: 'Fixture Hosting, Ltd.',
    country: 'AU',
  });
  assert.equal(data.lookup('1.0.1.0').holder, 'LLC "QUOTED"');
  assert.deepEqual(
    data.lookup('1.0.2.9'),
    { address: '1.0.2.9', asn: null, holder: null, country: null },
    'ASN 0 is not routed',
  );
  assert.equal(data.lookup('127.0.0.10').asn, 64503);
  assert.equal(data.lookup('127.0.0.11').asn, 64502, 'after the nested range, the larger one again');
  assert.equal(data.lookup('127.0.0.11').country, 'ZZ');
  assert.equal(data.lookup('255.255.255.255').asn, 64504);
  assert.equal(data.lookup('0.0.0.1').asn, null);
  assert.deepEqual(data.lookup('[2001:db8::42]'), {
    address: '2001:db8::42',
    asn: 64510,
    holder: 'Documentation Six',
    country: 'FR',
  });
  assert.equal(data.lookup('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff').asn, 64511);
  assert.equal(data.lookup('2001:db9::').asn, null);
  assert.equal(data.lookup('not an address').asn, null);
  assert.deepEqual(data.sizes, { asnIpv4: 6, asnIpv6: 2, countryIpv4: 2, countryIpv6: 1 });
});

test('a malformed or unsorted file is refused with its name and line; a missing one says which', async () => {
  const bad = await mkdtemp(join(tmpdir(), 'vigie-ipdata-bad-'));
  try {
    for (const name of ['asn-ipv6-num.csv', 'geo-whois-asn-country-ipv4-num.csv', 'geo-whois-asn-country-ipv6-num.csv'])
      await writeFile(join(bad, name), '');
    await writeFile(join(bad, 'asn-ipv4-num.csv'), '200,300,1,B\n100,150,2,A\n');
    await assert.rejects(loadIpData(ipDataFiles(bad, bad)), {
      code: 'HOSTING_IPDATA_INVALID',
      message: /out of order/,
    });
    await writeFile(join(bad, 'asn-ipv4-num.csv'), '100,x,1,A\n');
    await assert.rejects(loadIpData(ipDataFiles(bad, bad)), {
      code: 'HOSTING_IPDATA_INVALID',
      message: /asn-ipv4-num\.csv.*"100,x,1,A"/,
    });
    await writeFile(join(bad, 'asn-ipv4-num.csv'), '100,5000000000,1,A\n');
    await assert.rejects(loadIpData(ipDataFiles(bad, bad)), { code: 'HOSTING_IPDATA_INVALID' });
    await assert.rejects(loadIpData(ipDataFiles(join(bad, 'nowhere'), bad)), { code: 'HOSTING_IPDATA_MISSING' });
  } finally {
    await rm(bad, { recursive: true, force: true });
  }
});

test('the shipped ip-location-db packages load and answer for well-known public resolvers', async () => {
  const { files, origins } = currentIpDataFiles(dir);
  assert.deepEqual(
    origins.map((o) => [o.name, o.refreshed]),
    [
      ['@ip-location-db/asn', false],
      ['@ip-location-db/geo-whois-asn-country', false],
    ],
  );
  const data = await loadIpData(files);
  assert.ok(data.sizes.asnIpv4 > 100_000 && data.sizes.asnIpv6 > 10_000, JSON.stringify(data.sizes));
  assert.equal(data.lookup('1.1.1.1').asn, 13335);
  assert.equal(data.lookup('8.8.8.8').asn, 15169);
  assert.equal(data.lookup('2001:4860:4860::8888').asn, 15169);
  assert.equal(data.lookup('8.8.8.8').country, 'US');
  assert.equal(data.lookup('10.0.0.1').asn, null, 'private space is nobody on the Internet');
});
