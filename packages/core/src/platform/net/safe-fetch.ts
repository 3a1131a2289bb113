import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { AppError, PlatformError } from '../errors.ts';
import { type AddressClass, classifyAddress } from './address-classifier.ts';
import { NetError } from './net.errors.ts';
import { networkContains, type Network } from './networks.ts';

/** Host name -> its addresses. Injected by tests so that they never touch real DNS. */
export type Resolver = (hostname: string) => Promise<readonly string[]>;

export type FetchOptions = {
  /** Non-public networks that may be reached all the same (tests' loopback servers); default none. */
  allowNetworks?: readonly Network[];
  maxBytes: number;
  maxRedirects?: number;
  timeoutMs?: number;
  resolve?: Resolver;
  /** The Accept header (default any). */
  accept?: string;
};

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Resolves the host of one hop once and checks every address (fail closed: one private address
 * refuses the host, since a rebinding server would answer the private one to the second ask).
 * The connection then goes to the checked address itself, so nothing resolves the name again.
 */
export async function resolveHop(
  url: URL,
  options: Pick<FetchOptions, 'allowNetworks' | 'resolve'>,
): Promise<{ address: string; family: 4 | 6 }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new NetError('NET_URL_REFUSED', 'Only http and https addresses are fetched.');
  if (url.username || url.password)
    throw new NetError('NET_URL_REFUSED', 'Addresses with credentials are not fetched.');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    addresses = await (options.resolve ?? systemResolver)(host).catch(() => []);
    if (addresses.length === 0) throw new NetError('NET_FETCH_FAILED', 'The host does not resolve.');
  }
  const classes = addresses.map(classifyAddress);
  if (classes.includes('invalid'))
    throw new NetError('NET_URL_REFUSED', 'The host resolves to an address that is not understood.');
  const allowNetworks = options.allowNetworks ?? [];
  const allowed = (address: string, kind: AddressClass) =>
    kind === 'public' || allowNetworks.some((network) => networkContains(network, address));
  if (!addresses.every((address, i) => allowed(address, classes[i]!)))
    throw new NetError('NET_URL_REFUSED', 'Private, loopback and link-local addresses are not fetched.');
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** An undici dispatcher whose every connection goes to `address`; TLS SNI and Host stay the URL's name. */
function pinnedAgent(address: string, family: 4 | 6, timeoutMs: number): Agent {
  const pinned = (_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  return new Agent({
    connect: { lookup: pinned, timeout: timeoutMs },
    connections: 1,
    pipelining: 0,
    allowH2: false,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

/** Drops a body not read: its abort error is expected and must not become an unhandled one. */
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on('error', () => undefined);
  body.destroy();
}

function fetchFailed(error: unknown): never {
  if (error instanceof AppError) throw error;
  const name = (error as Error).name;
  const why = name === 'TimeoutError' || name === 'AbortError' ? 'it took too long' : (error as Error).message;
  throw new NetError('NET_FETCH_FAILED', `The address could not be fetched: ${why}`);
}

/**
 * Fetches a public address: redirects followed by hand with each hop resolved, checked and
 * pinned; size and time capped; no cookies or credentials are ever sent.
 */
export async function fetchPublic(raw: string, options: FetchOptions): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new NetError('NET_URL_REFUSED', 'Not an absolute URL.');
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const { address, family } = await resolveHop(url, options);
    const agent = pinnedAgent(address, family, timeoutMs);
    try {
      const response = await request(url, {
        dispatcher: agent,
        method: 'GET',
        signal,
        headers: { accept: options.accept ?? '*/*', 'user-agent': 'Vigie' },
      }).catch(fetchFailed);
      const location = response.headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
        discard(response.body);
        try {
          url = new URL(location, url);
        } catch {
          throw new NetError('NET_FETCH_FAILED', 'The redirect location is not a URL.');
        }
        continue;
      }
      if (response.statusCode < 200 || response.statusCode >= 300) {
        discard(response.body);
        throw new NetError('NET_FETCH_FAILED', `The server answered ${response.statusCode}.`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        discard(response.body);
        throw new PlatformError('PAYLOAD_TOO_LARGE', 'The response is larger than allowed.');
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          size += chunk.byteLength;
          if (size > options.maxBytes) {
            discard(response.body);
            throw new PlatformError('PAYLOAD_TOO_LARGE', 'The response is larger than allowed.');
          }
          chunks.push(chunk);
        }
      } catch (error) {
        fetchFailed(error);
      }
      return Buffer.concat(chunks);
    } finally {
      // destroy, not close: a pinned agent is never reused, and a half-read body must not linger.
      await agent.destroy().catch(() => undefined);
    }
  }
  throw new NetError('NET_FETCH_FAILED', 'Too many redirects.');
}
