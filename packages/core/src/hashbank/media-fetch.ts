import { PlatformError } from '../platform/errors.ts';
import { NetError, type NetErrorCode } from '../platform/net/net.errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { fetchPublic, type FetchOptions } from '../platform/net/safe-fetch.ts';
import { HashbankError } from './hashbank.errors.ts';

// The hash bank's public codes for a refused or failed fetch stay what the API has always
// answered (a body over the cap was always PAYLOAD_TOO_LARGE); platform/net has its own,
// domain-free ones.
const translated = {
  NET_URL_REFUSED: 'HASHBANK_URL_REFUSED',
  NET_FETCH_FAILED: 'HASHBANK_FETCH_FAILED',
  NET_TIMEOUT: 'HASHBANK_FETCH_FAILED',
  NET_TOO_MANY_REDIRECTS: 'HASHBANK_FETCH_FAILED',
  NET_REDIRECT_LOOP: 'HASHBANK_FETCH_FAILED',
  NET_EGRESS_FAILED: 'HASHBANK_FETCH_FAILED',
  NET_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NET_DECOMPRESSION_BOMB: 'PAYLOAD_TOO_LARGE',
} as const satisfies Record<NetErrorCode, keyof typeof HashbankError.catalogue | 'PAYLOAD_TOO_LARGE'>;

/** Media from a public address (platform/net's outbound client), with hash bank error codes. */
export async function fetchMedia(
  outbound: Outbound,
  url: string,
  options: Omit<FetchOptions, 'accept'>,
): Promise<Uint8Array> {
  try {
    return await fetchPublic(outbound, url, { ...options, accept: 'image/*, video/*' });
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    const code = translated[error.code];
    if (code === 'PAYLOAD_TOO_LARGE') throw new PlatformError(code, 'The media is larger than allowed.');
    throw new HashbankError(code, error.message);
  }
}
