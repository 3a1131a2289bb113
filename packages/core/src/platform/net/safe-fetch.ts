import { NetError } from './net.errors.ts';
import type { Outbound } from './outbound.ts';

export type FetchOptions = Readonly<{
  maxBytes: number;
  maxRedirects?: number;
  timeoutMs?: number;
  /** The Accept header (default any). */
  accept?: string;
}>;

/**
 * The whole body of a public address, through the installation's outbound client (its egress,
 * address checks and pinning); anything but a 2xx answer is a NET_FETCH_FAILED.
 */
export async function fetchPublic(outbound: Outbound, url: string, options: FetchOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const response = await outbound.fetch(
    url,
    {
      maxBytes: options.maxBytes,
      timeoutMs,
      idleTimeoutMs: timeoutMs,
      maxRedirects: options.maxRedirects ?? 5,
      // Media is compressed already: a gzipped image barely shrinks, so 100 is generous.
      maxDecompressionRatio: 100,
    },
    { accept: options.accept ?? '*/*' },
  );
  if (response.status < 200 || response.status >= 300) {
    response.cancel();
    throw new NetError('NET_FETCH_FAILED', `The server answered ${response.status}.`, {
      url: response.url,
      hops: response.hops,
    });
  }
  return response.read();
}
