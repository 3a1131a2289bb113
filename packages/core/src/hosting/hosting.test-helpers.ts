import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RdapServerAnswer } from '@vigie/testkit';

// Shared by the hosting tests: the RDAP fixtures as loopback answers, and offline IP data of
// the tests' own (installed as a "refreshed" copy under the data directory, newer than the shipped one).

const fixtures = join(import.meta.dirname, '../../test/fixtures/rdap');

export async function fixture(name: string): Promise<RdapServerAnswer> {
  const folder = name.startsWith('shapes/') || name.startsWith('registries/') ? '' : 'shapes/';
  return { object: JSON.parse(await readFile(join(fixtures, `${folder}${name}`), 'utf8')) };
}

const ip4 = (text: string) => text.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** Ranges as [first, last, asn, holder, country]. */
export async function installTestIpData(
  dataDir: string,
  ranges: ReadonlyArray<readonly [string, string, number, string, string]>,
): Promise<void> {
  const asnDir = join(dataDir, 'ipdata', '@ip-location-db+asn');
  const countryDir = join(dataDir, 'ipdata', '@ip-location-db+geo-whois-asn-country');
  await mkdir(asnDir, { recursive: true });
  await mkdir(countryDir, { recursive: true });
  const sorted = [...ranges].sort((a, b) => ip4(a[0]) - ip4(b[0]));
  await writeFile(join(asnDir, 'package.json'), JSON.stringify({ name: '@ip-location-db/asn', version: '999.0.0' }));
  await writeFile(
    join(asnDir, 'asn-ipv4-num.csv'),
    sorted.map(([a, b, asn, holder]) => `${ip4(a)},${ip4(b)},${asn},"${holder.replaceAll('"', '""')}"`).join('\n'),
  );
  await writeFile(join(asnDir, 'asn-ipv6-num.csv'), '');
  await writeFile(
    join(countryDir, 'package.json'),
    JSON.stringify({ name: '@ip-location-db/geo-whois-asn-country', version: '999.0.0' }),
  );
  await writeFile(
    join(countryDir, 'geo-whois-asn-country-ipv4-num.csv'),
    sorted.map(([a, b, , , cc]) => `${ip4(a)},${ip4(b)},${cc}`).join('\n'),
  );
  await writeFile(join(countryDir, 'geo-whois-asn-country-ipv6-num.csv'), '');
}
