import { createHash } from 'node:crypto';
import { Agent, request } from 'undici';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { pinnedConnector } from './connector.ts';
import { cachingResolver, serversResolver, systemResolver, type Resolver } from './dns-cache.ts';
import { parseEgress, type Egress } from './egress.ts';
import { fetchTimers, type FetchTimers } from './fetch-timers.ts';
import { toNetError } from './net-failure.ts';
import { defaultUserAgent } from './net-config.ts';
import { NetError } from './net.errors.ts';
import { parseNetworks, type Network } from './networks.ts';
import { decodeBody } from './response-body.ts';
import { resolveHop } from './resolve-hop.ts';

// The one way out of the installation over HTTP, for the crawler and the hash bank alike. Each
// hop is resolved once, checked (fail closed) and pinned to the checked address; redirects are
// followed by hand; nothing is remembered between fetches but DNS answers and idle connections
// (never cookies, never credentials). Non-2xx answers are returned: a 404 is a fact to record.

export type FetchLimits = Readonly<{
  /** Cap on the body, both as sent on the wire and decoded. */
  maxBytes: number;
  /** The whole fetch: every hop, its connection, headers and body. */
  timeoutMs: number;
  /** Longest silence allowed: before the headers are complete, then between body bytes. */
  idleTimeoutMs: number;
  maxRedirects: number;
  /** Decoded bytes per encoded byte beyond which a compressed body is a bomb (e.g. 100). */
  maxDecompressionRatio: number;
  /** Cap on an answer's headers (default 64 KiB). */
  maxHeaderBytes?: number;
}>;

export type FetchInit = Readonly<{
  accept?: string;
  signal?: AbortSignal;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** A POST's or PUT's body and its own headers (a webhook); redirects are then refused, never followed. */
  body?: string | Uint8Array;
  headers?: Readonly<Record<string, string>>;
  /**
   * The only certificate authorities this fetch trusts (PEM), instead of the client's: a
   * recipient's private authority. Connections are pooled apart per set of authorities.
   */
  ca?: string;
}>;

export type ResponseHeaders = Readonly<Record<string, string>>;
export type Hop = Readonly<{ url: string; status: number; headers: ResponseHeaders; address: string; at: Date }>;

export type OutboundResponse = Readonly<{
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** As received (lowercased names, repeated ones joined by ", "): Content-Encoding stays. */
  headers: ResponseHeaders;
  /** The IP address connected to (through a proxy: the address the proxy was asked for). */
  address: string;
  /** Every hop, the last one included. */
  hops: readonly Hop[];
  /** Decoded and capped; read it once, or cancel it. A cap hit ends it with a NetError. */
  body: AsyncIterable<Uint8Array>;
  read(): Promise<Uint8Array>;
  cancel(): void;
}>;

export type Outbound = {
  fetch(url: string, limits: FetchLimits, init?: FetchInit): Promise<OutboundResponse>;
  close(): Promise<void>;
};

export type OutboundOptions = Readonly<{
  egress: Egress;
  /** Default `Mozilla/5.0 (compatible)`: says nothing of who is asking. */
  userAgent?: string;
  /** Non-public networks that may be reached all the same (tests' loopback servers); default none. */
  allowNetworks?: readonly Network[];
  /** DNS servers to ask instead of the system's (`ip`, `ip:port`, `[ipv6]:port`). */
  dnsServers?: readonly string[];
  /** How long a DNS answer is reused (default 60 s; 0: never). */
  dnsCacheMs?: number;
  /** Replaces the DNS resolver (tests); still behind the cache. */
  resolve?: Resolver;
  /** Extra trusted certificate authorities (tests' self-signed servers, a private CA). */
  ca?: string | Buffer | readonly (string | Buffer)[];
  /** Connection pools kept, one per host and address (default 256); the least recent go first. */
  maxPools?: number;
  /** Connections at once per host and address (default 4). */
  connectionsPerHost?: number;
  connectTimeoutMs?: number;
}>;

const redirects = new Set([301, 302, 303, 307, 308]);
const poolIdleMs = 60_000;

function flatten(headers: Record<string, string | string[] | undefined>): ResponseHeaders {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return Object.freeze(out);
}

/** Drops a body not read: its abort error is expected and must not become an unhandled one. */
function discard(body: { on(event: 'error', listener: () => void): unknown; destroy(): void }): void {
  body.on('error', () => undefined);
  body.destroy();
}

export function createOutbound(options: OutboundOptions): Outbound {
  const userAgent = options.userAgent ?? defaultUserAgent;
  const allowNetworks = options.allowNetworks ?? [];
  const baseResolver =
    options.resolve ?? (options.dnsServers?.length ? serversResolver(options.dnsServers) : systemResolver);
  const resolve = cachingResolver(baseResolver, options.dnsCacheMs ?? 60_000);
  const maxPools = options.maxPools ?? 256;
  // One agent per (origin, address): keep-alive connections are reused only for the address they
  // were opened to, so pinning survives reuse. Map order is recency: the first entry is the oldest.
  const pools = new Map<string, { agent: Agent; used: number }>();
  let closed = false;

  function agentFor(url: URL, name: string, address: string, maxHeaderBytes: number, fetchCa?: string): Agent {
    const caKey = fetchCa === undefined ? '' : createHash('sha256').update(fetchCa).digest('hex');
    const key = `${url.protocol}//${url.host}|${address}|${maxHeaderBytes}|${caKey}`;
    const now = Date.now();
    const found = pools.get(key);
    pools.delete(key);
    for (const [oldKey, pool] of pools) {
      if (pools.size < maxPools && now - pool.used < poolIdleMs) break;
      pools.delete(oldKey);
      void pool.agent.close().catch(() => undefined);
    }
    const agent =
      found?.agent ??
      new Agent({
        connect: pinnedConnector({
          name,
          address,
          egress: options.egress,
          connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
          ...(fetchCa !== undefined ? { ca: fetchCa } : options.ca ? { ca: options.ca } : {}),
        }),
        connections: options.connectionsPerHost ?? 4,
        allowH2: false,
        maxHeaderSize: maxHeaderBytes,
        keepAliveTimeout: 10_000,
        keepAliveMaxTimeout: 30_000,
      });
    pools.set(key, { agent, used: now });
    return agent;
  }

  async function fetch(raw: string, limits: FetchLimits, init: FetchInit = {}): Promise<OutboundResponse> {
    if (closed) throw new Error('this outbound client is closed');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new NetError('NET_URL_REFUSED', 'Not an absolute URL.');
    }
    url.hash = '';
    const method = init.method ?? 'GET';
    const timers = fetchTimers(limits.timeoutMs, limits.idleTimeoutMs, init.signal);
    const { signal } = timers;
    const hops: Hop[] = [];
    // A NetError carries the hops so far, so that a crawler can record a chain that failed.
    const failed = (error: unknown): unknown => {
      if (signal.aborted && !(error instanceof AppError)) error = signal.reason;
      if (init.signal?.aborted && error === init.signal.reason) return error; // the caller's own abort
      const netError = toNetError(error);
      return netError instanceof NetError
        ? new NetError(netError.code, netError.message, { ...netError.details, url: url.href, hops: [...hops] })
        : netError;
    };
    const headers = {
      ...init.headers,
      accept: init.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': userAgent,
    };
    try {
      const visited = new Set([url.href]);
      for (;;) {
        const { name, address } = await timers.quietFor(resolveHop(url, { allowNetworks, resolve }), 'no DNS answer');
        const dispatcher = agentFor(url, name, address, limits.maxHeaderBytes ?? 64 * 1024, init.ca);
        // undici's own timers only as a backstop: fetchTimers keeps the exact ones.
        const backstop = limits.timeoutMs + 1000;
        const response = await timers.quietFor(
          request(url, {
            dispatcher,
            method,
            signal,
            headers,
            headersTimeout: backstop,
            bodyTimeout: backstop,
            ...(init.body !== undefined ? { body: init.body } : {}),
          }),
          'no complete answer',
        );
        const hop = {
          url: url.href,
          status: response.statusCode,
          headers: flatten(response.headers),
          address,
          at: new Date(),
        };
        hops.push(hop);
        const location = hop.headers.location;
        if (redirects.has(hop.status) && location) {
          discard(response.body);
          if (method === 'POST' || method === 'PUT')
            throw new NetError('NET_TOO_MANY_REDIRECTS', `A ${method} is not sent on to a redirect.`);
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            throw new NetError('NET_FETCH_FAILED', 'The redirect location is not a URL.');
          }
          next.hash = '';
          if (visited.has(next.href))
            throw new NetError('NET_REDIRECT_LOOP', `The address redirects in a loop (back to ${next.href}).`);
          if (hops.length > limits.maxRedirects)
            throw new NetError('NET_TOO_MANY_REDIRECTS', `More than ${limits.maxRedirects} redirects.`);
          visited.add(next.href);
          url = next;
          continue;
        }
        const declared = Number(hop.headers['content-length']);
        if (method !== 'HEAD' && Number.isFinite(declared) && declared > limits.maxBytes) {
          discard(response.body);
          throw new NetError('NET_TOO_LARGE', `The body (${declared} bytes declared) is larger than allowed.`);
        }
        return respond(hop, hops, response.body, limits, timers, failed);
      }
    } catch (error) {
      timers.done();
      throw failed(error);
    }
  }

  return {
    fetch,
    async close() {
      closed = true;
      const agents = [...pools.values()].map((p) => p.agent);
      pools.clear();
      await Promise.all(agents.map((agent) => agent.destroy().catch(() => undefined)));
    },
  };
}

type RawBody = AsyncIterable<Buffer> & {
  readableEnded: boolean;
  on(event: 'error', listener: () => void): unknown;
  destroy(): void;
};

function respond(
  hop: Hop,
  hops: readonly Hop[],
  raw: RawBody,
  limits: FetchLimits,
  timers: FetchTimers,
  failed: (error: unknown) => unknown,
): OutboundResponse {
  let taken = false;
  const finish = () => {
    timers.done();
    if (!raw.readableEnded) discard(raw);
  };
  async function* body(): AsyncGenerator<Uint8Array> {
    if (taken) throw new Error('the body has already been read');
    taken = true;
    try {
      yield* decodeBody(timers.watch(raw), hop.headers['content-encoding'], limits);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const declared = hop.headers['content-length'];
      // undici tells a connection closed mid-body, not that a length was promised: say so.
      if (declared !== undefined && (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'))
        throw failed(
          new NetError('NET_FETCH_FAILED', `The body is shorter than its Content-Length (${declared} bytes).`),
        );
      throw failed(error);
    } finally {
      finish();
    }
  }
  return Object.freeze({
    url: hop.url,
    status: hop.status,
    headers: hop.headers,
    address: hop.address,
    hops: Object.freeze([...hops]),
    body: { [Symbol.asyncIterator]: body },
    async read() {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body()) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    cancel() {
      taken = true;
      finish();
    },
  });
}

/** The installation's outbound client from its settings (VIGIE_EGRESS, VIGIE_FETCH_*). */
export function createOutboundFromConfig(
  config: Pick<
    Config,
    'fetchEgress' | 'fetchUserAgent' | 'fetchAllowNetworks' | 'fetchDnsServers' | 'fetchDnsCacheSeconds'
  >,
  overrides: Partial<OutboundOptions> = {},
): Outbound {
  const egress = parseEgress(config.fetchEgress);
  if ('problem' in egress) throw new Error(`VIGIE_EGRESS: ${egress.problem}`); // checked by parseConfig already
  return createOutbound({
    egress,
    userAgent: config.fetchUserAgent,
    allowNetworks: parseNetworks(config.fetchAllowNetworks.join(',')).networks,
    dnsServers: config.fetchDnsServers,
    dnsCacheMs: config.fetchDnsCacheSeconds * 1000,
    ...overrides,
  });
}
