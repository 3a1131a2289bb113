import { NetError, type NetErrorCode } from '../platform/net/net.errors.ts';
import { fetchPublic, type FetchOptions } from '../platform/net/safe-fetch.ts';
import { HashbankError } from './hashbank.errors.ts';

// The hash bank's public codes for a refused or failed fetch stay what the API has always
// answered; platform/net has its own, domain-free ones.
const translated = {
  NET_URL_REFUSED: 'HASHBANK_URL_REFUSED',
  NET_FETCH_FAILED: 'HASHBANK_FETCH_FAILED',
} as const satisfies Record<NetErrorCode, keyof typeof HashbankError.catalogue>;

/** Media from a public address (platform/net's safe fetch), with hash bank error codes. */
export async function fetchMedia(url: string, options: Omit<FetchOptions, 'accept'>): Promise<Uint8Array> {
  try {
    return await fetchPublic(url, { ...options, accept: 'image/*, video/*' });
  } catch (error) {
    if (error instanceof NetError) throw new HashbankError(translated[error.code], error.message);
    throw error;
  }
}
