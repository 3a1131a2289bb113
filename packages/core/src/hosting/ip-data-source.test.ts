import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parseConfig } from '../platform/config.ts';
import { currentIpDataFiles, ipDataOrigin, refreshIpDataFromConfig } from './ip-data-source.ts';
import { loadIpData } from './ip-data.ts';
import { readTar } from './tar.ts';

// `vigie ipdata refresh` against a loopback server shaped like the npm registry: packuments
// (abbreviated metadata) and gzipped tarballs with sha512 integrity.

function tarOf(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(path, 0, 100);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    const sum = header.reduce((a, b) => a + b, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

type Published = { version: string; tarball: Buffer; integrity?: string };
const published = new Map<string, Published>();
let server: Server;
let registry: string;
let dataDir: string;

const asnPackage = (version: string, asnCsv: string) =>
  gzipSync(
    tarOf({
      'package/package.json': JSON.stringify({ name: '@ip-location-db/asn', version }),
      'package/asn-ipv4-num.csv': asnCsv,
      'package/asn-ipv6-num.csv': '',
      'package/asn-ipv4.csv': 'not kept\n',
      'package/DBIP-LICENSE': 'CC BY 4.0\n',
    }),
  );
const countryPackage = (version: string) =>
  gzipSync(
    tarOf({
      'package/package.json': JSON.stringify({ name: '@ip-location-db/geo-whois-asn-country', version }),
      'package/geo-whois-asn-country-ipv4-num.csv': '16777216,16777471,NZ\n',
      'package/geo-whois-asn-country-ipv6-num.csv': '',
    }),
  );
const sri = (data: Buffer) => `sha512-${createHash('sha512').update(data).digest('base64')}`;

before(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '');
    const tarball = /^\/tarballs\/(.+)-(\d[\d.]*)\.tgz$/.exec(path);
    if (tarball) {
      const entry = [...published.entries()].find(([name]) => name.endsWith(`/${tarball[1]}`))?.[1];
      res.writeHead(entry ? 200 : 404, { 'content-type': 'application/octet-stream' }).end(entry?.tarball);
      return;
    }
    const entry = published.get(path.slice(1));
    if (!entry) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
    const short = path.slice(1).split('/')[1];
    res.writeHead(200, { 'content-type': 'application/vnd.npm.install-v1+json' }).end(
      JSON.stringify({
        name: path.slice(1),
        'dist-tags': { latest: entry.version },
        versions: {
          [entry.version]: {
            dist: {
              tarball: `${registry}/tarballs/${short}-${entry.version}.tgz`,
              integrity: entry.integrity ?? sri(entry.tarball),
            },
          },
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dataDir = await mkdtemp(join(tmpdir(), 'vigie-ipdata-refresh-'));
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

const config = () =>
  parseConfig({
    VIGIE_DATA_DIR: dataDir,
    VIGIE_IPDATA_REGISTRY: `${registry}/`,
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: '127.0.0.1:9',
  });

test('a refresh installs the newest versions in the data directory, and lookups use them', async () => {
  published.set('@ip-location-db/asn', {
    version: '9999.0.1',
    tarball: asnPackage('9999.0.1', '16777216,16777471,64500,"Refreshed, Ltd."\n'),
  });
  published.set('@ip-location-db/geo-whois-asn-country', { version: '9999.0.1', tarball: countryPackage('9999.0.1') });
  const outcomes = await refreshIpDataFromConfig(config());
  assert.deepEqual(
    outcomes.map((o) => [o.name, o.version, o.changed]),
    [
      ['@ip-location-db/asn', '9999.0.1', true],
      ['@ip-location-db/geo-whois-asn-country', '9999.0.1', true],
    ],
  );
  const origin = ipDataOrigin(dataDir, '@ip-location-db/asn');
  assert.equal(origin.refreshed, true);
  assert.deepEqual((await readdir(origin.dir)).sort(), [
    'DBIP-LICENSE',
    'asn-ipv4-num.csv',
    'asn-ipv6-num.csv',
    'package.json',
  ]);
  const data = await loadIpData(currentIpDataFiles(dataDir).files);
  assert.deepEqual(data.lookup('1.0.0.1'), {
    address: '1.0.0.1',
    asn: 64500,
    holder: 'Refreshed, Ltd.',
    country: 'NZ',
  });

  const again = await refreshIpDataFromConfig(config());
  assert.deepEqual(
    again.map((o) => o.changed),
    [false, false],
    'nothing newer: nothing downloaded',
  );
});

test('a tarball that fails its integrity check or holds malformed data changes nothing', async () => {
  published.set('@ip-location-db/asn', {
    version: '9999.0.2',
    tarball: asnPackage('9999.0.2', '16777216,16777471,64501,Tampered\n'),
    integrity: sri(Buffer.from('something else')),
  });
  await assert.rejects(refreshIpDataFromConfig(config()), {
    code: 'HOSTING_IPDATA_REFRESH_FAILED',
    message: /integrity/,
  });
  assert.equal(ipDataOrigin(dataDir, '@ip-location-db/asn').version, '9999.0.1');

  published.set('@ip-location-db/asn', {
    version: '9999.0.3',
    tarball: asnPackage('9999.0.3', '500,100,1,Backwards\n'),
  });
  await assert.rejects(refreshIpDataFromConfig(config()), {
    code: 'HOSTING_IPDATA_REFRESH_FAILED',
    message: /cannot be indexed/,
  });
  assert.equal(ipDataOrigin(dataDir, '@ip-location-db/asn').version, '9999.0.1');
  assert.equal(existsSync(`${ipDataOrigin(dataDir, '@ip-location-db/asn').dir}.new`), false, 'no staging left behind');

  published.delete('@ip-location-db/asn');
  await assert.rejects(refreshIpDataFromConfig(config()), {
    code: 'HOSTING_IPDATA_REFRESH_FAILED',
    message: /answered 404/,
  });
});

test('the tar reader takes pax long names and skips what is not a regular file', () => {
  const long = `package/${'d'.repeat(120)}.csv`;
  const body = ` path=${long}\n`;
  const pax = `${body.length + 3}${body}`; // the length counts its own three digits
  const archive = tarOf({ 'PaxHeader/x': pax, 'package/short.txt': 'hello' });
  archive[156] = 'x'.charCodeAt(0); // the first entry's type: a pax header for the next
  const entries = readTar(archive);
  assert.deepEqual(
    entries.map((e) => [e.path, e.data.toString()]),
    [[long, 'hello']],
  );
});
