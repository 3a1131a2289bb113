import { isIP } from 'node:net';

// Which IP addresses an outbound fetch may connect to. Addresses are parsed
// to bytes (not matched as text) so that every spelling of an address classifies the same:
// `::ffff:7f00:1`, `::ffff:127.0.0.1` and `0:0:0:0:0:ffff:127.0.0.1` are all loopback. Anything
// that does not parse is refused (fail closed).

export type AddressClass =
  'public' | 'unspecified' | 'loopback' | 'private' | 'link-local' | 'shared' | 'multicast' | 'reserved' | 'invalid';

type Range4 = readonly [number, number, number, number, number, AddressClass];

// [a, b, c, d, prefix bits, class]. RFC 6890 special-purpose registry, minus the ranges that are
// globally routable (192.0.2/24 etc. documentation nets are kept public: harmless and testable).
const ranges4: readonly Range4[] = [
  [0, 0, 0, 0, 8, 'unspecified'],
  [10, 0, 0, 0, 8, 'private'],
  [100, 64, 0, 0, 10, 'shared'],
  [127, 0, 0, 0, 8, 'loopback'],
  [169, 254, 0, 0, 16, 'link-local'],
  [172, 16, 0, 0, 12, 'private'],
  [192, 0, 0, 0, 24, 'reserved'],
  [192, 88, 99, 0, 24, 'reserved'],
  [192, 168, 0, 0, 16, 'private'],
  [198, 18, 0, 0, 15, 'reserved'],
  [224, 0, 0, 0, 4, 'multicast'],
  [240, 0, 0, 0, 4, 'reserved'],
];

function prefixMatches(bytes: Uint8Array, offset: number, net: readonly number[], bits: number): boolean {
  for (let i = 0; i < net.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[offset + i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}

function classify4(bytes: Uint8Array, offset = 0): AddressClass {
  for (const [a, b, c, d, bits, kind] of ranges4) if (prefixMatches(bytes, offset, [a, b, c, d], bits)) return kind;
  return 'public';
}

export function parse4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return Uint8Array.from(parts.map(Number));
}

/** The 16 bytes of an IPv6 address (with an optional trailing dotted IPv4 part), or null. */
export function parse6(text: string): Uint8Array | null {
  const address = text.replace(/%.*$/, ''); // zone id: the scope does not change the class
  if (isIP(address) !== 6) return null;
  let head = address;
  let tail4: Uint8Array | null = null;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    tail4 = parse4(dotted[2]!);
    if (!tail4) return null;
    head = `${dotted[1]!}0:0`;
  }
  const [left, right, extra] = head.split('::');
  if (extra !== undefined) return null;
  const leftGroups = left ? left.split(':') : [];
  const rightGroups = right === undefined ? [] : right ? right.split(':') : [];
  const missing = 8 - leftGroups.length - rightGroups.length;
  if (right === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...leftGroups, ...Array<string>(right === undefined ? 0 : missing).fill('0'), ...rightGroups];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const value = Number.parseInt(groups[i]!, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  }
  if (tail4) bytes.set(tail4, 12);
  return bytes;
}

function allZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Four bytes of `b` as an IPv4 address (XORed with `flip`, as Teredo obscures its client). */
function embedded(b: Uint8Array, positions: readonly number[], flip = 0): Uint8Array {
  return Uint8Array.from(positions, (p) => b[p]! ^ flip);
}

// RFC 6052's positions of the IPv4 address for each NAT64 prefix length (byte 8 is the `u` octet).
const nat64Positions: readonly (readonly number[])[] = [
  [6, 7, 9, 10], // /48
  [7, 9, 10, 11], // /56
  [9, 10, 11, 12], // /64
  [12, 13, 14, 15], // /96
];

type Embedding = {
  prefix: readonly number[];
  bits: number;
  /** Where the IPv4 address(es) sit; with several, any non-public reading refuses the address. */
  ipv4: (b: Uint8Array) => Uint8Array[];
  /** Deprecated or tunnelling forms: nothing legitimate is served there even when the IPv4 is public. */
  publicIs: 'public' | 'reserved';
};

// Every IPv6 form that carries an IPv4 address a connection can end up at. A non-public embedded
// address gives its class to the IPv6 one, whatever the spelling.
const embeddings: readonly Embedding[] = [
  // IPv4-mapped ::ffff:0:0/96
  {
    prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff],
    bits: 96,
    ipv4: (b) => [embedded(b, [12, 13, 14, 15])],
    publicIs: 'public',
  },
  // IPv4-translated ::ffff:0:0:0/96 (RFC 2765)
  {
    prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0],
    bits: 96,
    ipv4: (b) => [embedded(b, [12, 13, 14, 15])],
    publicIs: 'public',
  },
  // IPv4-compatible ::/96 (deprecated; :: and ::1 are classified before)
  {
    prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    bits: 96,
    ipv4: (b) => [embedded(b, [12, 13, 14, 15])],
    publicIs: 'reserved',
  },
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): what DNS64 answers for IPv4-only hosts
  {
    prefix: [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0],
    bits: 96,
    ipv4: (b) => [embedded(b, [12, 13, 14, 15])],
    publicIs: 'public',
  },
  // NAT64 local-use 64:ff9b:1::/48 (RFC 8215): the operator picks the prefix length, so every position counts
  {
    prefix: [0, 0x64, 0xff, 0x9b, 0, 1],
    bits: 48,
    ipv4: (b) => nat64Positions.map((p) => embedded(b, p)),
    publicIs: 'public',
  },
  // 6to4 2002::/16: the tunnel's IPv4 end in bytes 2-5
  { prefix: [0x20, 0x02], bits: 16, ipv4: (b) => [embedded(b, [2, 3, 4, 5])], publicIs: 'public' },
  // Teredo 2001::/32: server in bytes 4-7, client obscured (XOR 0xff) in bytes 12-15
  {
    prefix: [0x20, 0x01, 0, 0],
    bits: 32,
    ipv4: (b) => [embedded(b, [12, 13, 14, 15], 0xff), embedded(b, [4, 5, 6, 7])],
    publicIs: 'reserved',
  },
];

function classifyEmbedded(b: Uint8Array): AddressClass | undefined {
  for (const e of embeddings) {
    if (!prefixMatches(b, 0, e.prefix, e.bits)) continue;
    // Several readings (local-use NAT64): any non-public one refuses; a reading of 0.x.x.x says
    // least about what was meant, so another non-public class is reported first.
    const refused = e
      .ipv4(b)
      .map((v4) => classify4(v4))
      .filter((kind) => kind !== 'public');
    return refused.find((kind) => kind !== 'unspecified') ?? refused[0] ?? e.publicIs;
  }
  return undefined;
}

function classify6(b: Uint8Array): AddressClass {
  if (allZero(b, 0, 16)) return 'unspecified';
  if (allZero(b, 0, 15) && b[15] === 1) return 'loopback';
  const embeddedClass = classifyEmbedded(b);
  if (embeddedClass) return embeddedClass;
  if ((b[0]! & 0xfe) === 0xfc) return 'private'; // fc00::/7 unique local
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'link-local'; // fe80::/10
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'private'; // fec0::/10 deprecated site-local
  if (b[0] === 0xff) return 'multicast';
  if (prefixMatches(b, 0, [0x01, 0x00, 0, 0, 0, 0, 0, 0], 64)) return 'reserved'; // discard-only 100::/64
  if (prefixMatches(b, 0, [0x20, 0x01, 0x0d, 0xb8], 32)) return 'reserved'; // documentation
  return 'public';
}

/** The class of an address literal (IPv4 dotted quad or IPv6, brackets allowed). */
export function classifyAddress(address: string): AddressClass {
  const text = address.replace(/^\[(.*:.*)\]$/, '$1'); // brackets only ever hold IPv6
  if (isIP(text) === 4) {
    const bytes = parse4(text);
    return bytes ? classify4(bytes) : 'invalid';
  }
  const bytes = parse6(text);
  return bytes ? classify6(bytes) : 'invalid';
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}
