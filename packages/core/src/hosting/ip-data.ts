import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { parse4, parse6 } from '../platform/net/address-classifier.ts';
import { HostingError } from './hosting.errors.ts';
import { fieldStarts, lineText, readInt, readInt128, restOf, rows, type Row } from './ip-data-csv.ts';

// Offline IP data: which network (ASN and its holder) announces an address, and which country
// it is registered in. The CSVs (ip-location-db's "-num" files: start,end,value as integers)
// are read once per process into sorted typed arrays and searched by bisection; nothing is
// asked over the network. Figures (load time, memory) are in docs/hosting.md.

export type IpFacts = Readonly<{ address: string; asn: number | null; holder: string | null; country: string | null }>;

export type IpDataFiles = Readonly<{ asnIpv4: string; asnIpv6: string; countryIpv4: string; countryIpv6: string }>;

/** The files of the two packages, given the directory each package's files are in. */
export function ipDataFiles(asnDir: string, countryDir: string): IpDataFiles {
  return {
    asnIpv4: join(asnDir, 'asn-ipv4-num.csv'),
    asnIpv6: join(asnDir, 'asn-ipv6-num.csv'),
    countryIpv4: join(countryDir, 'geo-whois-asn-country-ipv4-num.csv'),
    countryIpv6: join(countryDir, 'geo-whois-asn-country-ipv6-num.csv'),
  };
}

/**
 * Ranges sorted by start, each address as `words` 32-bit words (1 for IPv4, 4 for IPv6). A few
 * files nest a smaller range right after the larger one holding it (a /32 inside a /23), so a
 * miss looks back a few ranges before giving up.
 */
type Ranges = { words: number; starts: Uint32Array; ends: Uint32Array; values: Int32Array; size: number };
const LOOK_BACK = 16;

function compareAt(array: Uint32Array, i: number, words: number, key: Uint32Array): number {
  for (let w = 0; w < words; w++) {
    const a = array[i * words + w]!;
    const b = key[w]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

function grow(r: Ranges, capacity: number): Ranges {
  const next: Ranges = {
    words: r.words,
    starts: new Uint32Array(capacity * r.words),
    ends: new Uint32Array(capacity * r.words),
    values: new Int32Array(capacity),
    size: r.size,
  };
  const used = Math.min(r.size, capacity);
  next.starts.set(r.starts.subarray(0, used * r.words));
  next.ends.set(r.ends.subarray(0, used * r.words));
  next.values.set(r.values.subarray(0, used));
  return next;
}

function parseRanges(buf: Buffer, words: 1 | 4, value: (row: Row, at: number) => number, file: string): Ranges {
  let r: Ranges = grow(
    { words, starts: new Uint32Array(0), ends: new Uint32Array(0), values: new Int32Array(0), size: 0 },
    1 << 15,
  );
  const bad = (row: Row, why: string) =>
    new HostingError('HOSTING_IPDATA_INVALID', `${file}: ${why} in line ${lineText(row)}`);
  const key = new Uint32Array(words);
  for (const row of rows(buf)) {
    const at = fieldStarts(row);
    if (!at) throw bad(row, 'missing fields');
    if (r.size * words === r.starts.length) r = grow(r, r.size * 2);
    const i = r.size;
    if (words === 1) {
      const start = readInt(row, row.start);
      const end = readInt(row, at[0]);
      if (!(start <= end) || end > 0xffffffff) throw bad(row, 'a bad range');
      r.starts[i] = start;
      r.ends[i] = end;
    } else if (!readInt128(row, row.start, r.starts, i * 4) || !readInt128(row, at[0], r.ends, i * 4))
      throw bad(row, 'a bad range');
    key.set(r.starts.subarray(i * words, i * words + words));
    if (compareAt(r.ends, i, words, key) < 0) throw bad(row, 'a range ending before it starts');
    if (i > 0 && compareAt(r.starts, i - 1, words, key) > 0) throw bad(row, 'ranges out of order');
    r.values[i] = value(row, at[1]);
    r.size++;
  }
  return grow(r, r.size); // exactly as large as needed
}

function find(r: Ranges, key: Uint32Array): number {
  let lo = 0;
  let hi = r.size - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(r.starts, mid, r.words, key) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i > found - LOOK_BACK; i--)
    if (compareAt(r.ends, i, r.words, key) >= 0 && compareAt(r.starts, i, r.words, key) <= 0) return r.values[i]!;
  return -1;
}

/** Holders by (ASN, name): each distinct pair once, found by ASN then by the name's bytes. */
function holderTable() {
  const names: string[] = [];
  const asns: number[] = [];
  const byAsn = new Map<number, Array<{ bytes: Buffer; id: number }>>();
  return {
    names,
    asns,
    id(row: Row, at: number): number {
      const asn = readInt(row, at);
      const comma = row.buf.indexOf(44, at);
      const from = comma === -1 || comma >= row.end ? row.end : comma + 1;
      const list = byAsn.get(asn) ?? [];
      for (const entry of list)
        if (
          entry.bytes.length === row.end - from &&
          row.buf.compare(entry.bytes, 0, entry.bytes.length, from, row.end) === 0
        )
          return entry.id;
      const id = names.length;
      names.push(restOf(row, from));
      asns.push(Number.isFinite(asn) ? asn : 0);
      list.push({ bytes: Buffer.from(row.buf.subarray(from, row.end)), id });
      byAsn.set(asn, list);
      return id;
    },
  };
}

/** Two letters as one number (no string per line). */
const countryCode = (row: Row, at: number) => ((row.buf[at]! & 0xdf) << 8) | (row.buf[at + 1]! & 0xdf);

export type IpData = Readonly<{
  lookup(address: string): IpFacts;
  /** Ranges loaded, for the figures in docs/hosting.md. */
  sizes: Readonly<{ asnIpv4: number; asnIpv6: number; countryIpv4: number; countryIpv6: number }>;
}>;

/** Reads and indexes the four files (~1.1 million ranges): once per process. */
export async function loadIpData(files: IpDataFiles): Promise<IpData> {
  const read = async (file: string) => {
    try {
      return await readFile(file);
    } catch (error) {
      throw new HostingError('HOSTING_IPDATA_MISSING', `Cannot read ${file}: ${(error as Error).message}`);
    }
  };
  const holders = holderTable();
  const asn4 = parseRanges(await read(files.asnIpv4), 1, holders.id, files.asnIpv4);
  const asn6 = parseRanges(await read(files.asnIpv6), 4, holders.id, files.asnIpv6);
  const country4 = parseRanges(await read(files.countryIpv4), 1, countryCode, files.countryIpv4);
  const country6 = parseRanges(await read(files.countryIpv6), 4, countryCode, files.countryIpv6);
  // Only the names stay: the lookup table by bytes was for loading.
  const { names, asns } = holders;
  const key4 = new Uint32Array(1);
  const key6 = new Uint32Array(4);
  return Object.freeze({
    sizes: { asnIpv4: asn4.size, asnIpv6: asn6.size, countryIpv4: country4.size, countryIpv6: country6.size },
    lookup(address: string): IpFacts {
      const text = address.replace(/^\[(.*)\]$/, '$1');
      let net = -1;
      let cc = -1;
      const family = isIP(text);
      const bytes = family === 4 ? parse4(text) : family === 6 ? parse6(text) : null;
      if (bytes?.length === 4) {
        key4[0] = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
        net = find(asn4, key4);
        cc = find(country4, key4);
      } else if (bytes?.length === 16) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
        for (let w = 0; w < 4; w++) key6[w] = view.getUint32(w * 4);
        net = find(asn6, key6);
        cc = find(country6, key6);
      }
      // ASN 0 is ip-location-db's "not routed".
      const asn = net >= 0 && asns[net]! > 0 ? asns[net]! : null;
      const country = cc > 0 ? String.fromCharCode(cc >> 8, cc & 0xff) : null;
      return {
        address: text,
        asn,
        holder: asn !== null ? names[net] || null : null,
        country: country && /^[A-Z]{2}$/.test(country) ? country : null,
      };
    },
  });
}
