import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../platform/errors.ts';
import './hashbank.errors.ts';

// Addresses that `GET /h/hash?url=` refuses unless the operator allows them (tests do): private,
// loopback, link-local, carrier-grade NAT, multicast and reserved ranges. Fail closed: a host
// with any such address is refused. Every redirect hop is checked again.
const blocked = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  blocked.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) blocked.addSubnet(net, bits, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return !blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return !blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type FetchOptions = { allowPrivate: boolean; maxBytes: number; maxRedirects?: number; timeoutMs?: number };

async function checkUrl(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('HASHBANK_URL_REFUSED', 'Only http and https addresses are fetched.');
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new AppError('HASHBANK_FETCH_FAILED', 'The host does not resolve.');
  if (!addresses.every(isPublicAddress)) throw new AppError('HASHBANK_URL_REFUSED', 'Private, loopback and link-local addresses are not fetched.');
}

/** Fetches media from a public address: redirects followed by hand, each hop checked, size capped. */
export async function fetchPublicMedia(raw: string, options: FetchOptions): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('HASHBANK_URL_REFUSED', 'Not an absolute URL.');
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    await checkUrl(url, options.allowPrivate);
    const response = await fetch(url, { redirect: 'manual', signal }).catch((error: unknown) => {
      throw new AppError('HASHBANK_FETCH_FAILED', `The media could not be fetched: ${(error as Error).message}`);
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    if (!response.ok || !response.body) throw new AppError('HASHBANK_FETCH_FAILED', `The server answered ${response.status}.`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        await response.body.cancel().catch(() => undefined);
        throw new AppError('PAYLOAD_TOO_LARGE', 'The media is larger than allowed.');
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  throw new AppError('HASHBANK_FETCH_FAILED', 'Too many redirects.');
}
