import { defineErrors } from '../errors.ts';

/**
 * Outbound fetches: stable codes a caller translates into its own public ones, and which a crawler
 * can count per host. NET_EGRESS_FAILED is the installation's proxy, not the host: it should not
 * count against the host.
 */
export const NetError = defineErrors({
  NET_URL_REFUSED: { status: 400, message: 'This address may not be fetched.', retry: 'permanent' },
  NET_FETCH_FAILED: { status: 502, message: 'The address could not be fetched.', retry: 'retry-with-backoff' },
  NET_TIMEOUT: { status: 504, message: 'The address took too long to answer.', retry: 'retry-with-backoff' },
  NET_TOO_LARGE: { status: 413, message: 'The answer is larger than allowed.', retry: 'permanent' },
  NET_TOO_MANY_REDIRECTS: { status: 502, message: 'The address redirects too many times.', retry: 'permanent' },
  NET_REDIRECT_LOOP: { status: 502, message: 'The address redirects in a loop.', retry: 'permanent' },
  NET_DECOMPRESSION_BOMB: {
    status: 413,
    message: 'The answer expands far beyond its compressed size.',
    retry: 'permanent',
  },
  NET_EGRESS_FAILED: {
    status: 503,
    message: 'The outbound proxy refused or did not answer.',
    retry: 'retry-later',
  },
});

export type NetErrorCode = keyof typeof NetError.catalogue;
