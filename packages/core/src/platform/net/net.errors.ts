import { defineErrors } from '../errors.ts';

/** Outbound fetches: what a caller translates into its own public codes. */
export const NetError = defineErrors({
  NET_URL_REFUSED: { status: 400, message: 'This address may not be fetched.', retry: 'permanent' },
  NET_FETCH_FAILED: { status: 502, message: 'The address could not be fetched.', retry: 'retry-with-backoff' },
});

export type NetErrorCode = keyof typeof NetError.catalogue;
