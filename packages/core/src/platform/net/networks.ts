import { isIP } from 'node:net';
import { parse4, parse6 } from './address-classifier.ts';

// Networks an outbound fetch may reach although they are not public (tests: their loopback
// servers), as CIDR blocks compared by bytes. IPv4 blocks hold IPv4 addresses, IPv6 blocks IPv6
// ones: `127.0.0.0/8` does not admit `::ffff:127.0.0.1` (fail closed; list both if meant).

export type Network = Readonly<{ text: string; bytes: Uint8Array; bits: number }>;

/** One CIDR block (`10.0.0.0/8`, `::1/128`); a bare address is its own /32 or /128. */
export function parseNetwork(text: string): Network | undefined {
  const [address = '', prefix, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const family = isIP(address);
  const bytes = family === 4 ? parse4(address) : family === 6 ? parse6(address) : null;
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  if (!(bits >= 0 && bits <= max)) return undefined;
  for (let bit = bits; bit < max; bit++) if (bytes[bit >> 3]! & (0x80 >> (bit & 7))) return undefined; // host bits set
  return { text: `${address}/${bits}`, bytes, bits };
}

/** A comma-separated list of CIDR blocks, or the entries that are not one. */
export function parseNetworks(list: string): { networks: Network[]; invalid: string[] } {
  const networks: Network[] = [];
  const invalid: string[] = [];
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const network = parseNetwork(item);
    if (network) networks.push(network);
    else invalid.push(item);
  }
  return { networks, invalid };
}

export function networkContains(network: Network, address: string): boolean {
  const text = address.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(text);
  const bytes = family === 4 ? parse4(text) : family === 6 ? parse6(text) : null;
  if (!bytes || bytes.length !== network.bytes.length) return false;
  for (let bit = 0; bit < network.bits; bit++) {
    const mask = 0x80 >> (bit & 7);
    if ((bytes[bit >> 3]! & mask) !== (network.bytes[bit >> 3]! & mask)) return false;
  }
  return true;
}
