import type { Db } from '../database.ts';
import type { RateLimiter } from '../platform/http/shared-rate-limiter.ts';
import type { Logger } from '../platform/logging.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { findCachedAnswer, storeAnswer } from './rdap-cache.repository.ts';
import { rdapErrorOf } from './rdap-contacts.ts';

// RDAP over the outbound client (egress, address checks, redirects by hand), cached in
// PostgreSQL so that every process shares one answer per URL until it expires. Answers: the
// object (cached for the TTL), not found (cached for at most 6 hours: a new allocation shows up
// soon), an error object or status that will not change by asking again (cached like an
// answer), or a failure worth retrying later (429, 5xx, no connection: never cached).

export type RdapResult =
  | Readonly<{ kind: 'ok'; url: string; body: Record<string, unknown>; cached: boolean }>
  | Readonly<{ kind: 'not_found'; url: string; cached: boolean }>
  | Readonly<{ kind: 'failed'; url: string; reason: string; transient: boolean; retryAfterSeconds: number | null }>;

export type RdapClient = { get(url: string): Promise<RdapResult> };

export type RdapClientOptions = Readonly<{
  db: Db;
  outbound: Outbound;
  now: () => Date;
  logger: Logger;
  limiter: RateLimiter;
  cacheHours: number;
  timeoutSeconds: number;
}>;

const HOUR = 3_600_000;
const NOT_FOUND_MAX_MS = 6 * HOUR;
const MAX_BYTES = 2 * 1024 * 1024;

function interpret(url: string, status: number, body: unknown, cached: boolean): RdapResult {
  const error = rdapErrorOf(body);
  if (status === 404 || error?.code === 404) return { kind: 'not_found', url, cached };
  if (status >= 200 && status < 300 && !error && typeof body === 'object' && body !== null && !Array.isArray(body))
    return { kind: 'ok', url, body: body as Record<string, unknown>, cached };
  const reason = error
    ? `RDAP error ${error.code}: ${error.title}`
    : `HTTP ${status}${body === null ? ' (not RDAP JSON)' : ''}`;
  return { kind: 'failed', url, reason, transient: false, retryAfterSeconds: null };
}

export function createRdapClient(options: RdapClientOptions): RdapClient {
  const { db, outbound, now, logger, limiter } = options;
  const inFlight = new Map<string, Promise<RdapResult>>();

  async function fetchAnswer(url: string): Promise<RdapResult> {
    const cached = await findCachedAnswer(db, url, now());
    if (cached) return interpret(url, cached.status, cached.body, true);
    const origin = new URL(url).origin;
    const turn = await limiter.take(origin);
    if (!turn.allowed)
      return {
        kind: 'failed',
        url,
        reason: `this installation's limit for ${origin} is reached`,
        transient: true,
        retryAfterSeconds: turn.retryAfterSeconds,
      };
    let status: number;
    let body: unknown = null;
    let retryAfter: string | undefined;
    try {
      const response = await outbound.fetch(
        url,
        {
          maxBytes: MAX_BYTES,
          timeoutMs: options.timeoutSeconds * 1000,
          idleTimeoutMs: Math.min(options.timeoutSeconds * 1000, 15_000),
          maxRedirects: 5,
          maxDecompressionRatio: 100,
        },
        { accept: 'application/rdap+json, application/json;q=0.9' },
      );
      status = response.status;
      retryAfter = response.headers['retry-after'];
      const bytes = await response.read();
      try {
        body = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch {
        body = null;
      }
    } catch (error) {
      logger.info({ err: error, origin }, 'RDAP request failed');
      return {
        kind: 'failed',
        url,
        reason: `no answer (${(error as { code?: string }).code ?? 'error'})`,
        transient: true,
        retryAfterSeconds: null,
      };
    }
    if (status === 429 || status >= 500) {
      const seconds = Number(retryAfter);
      return {
        kind: 'failed',
        url,
        reason: status === 429 ? 'rate limited by the RDAP server (429)' : `HTTP ${status}`,
        transient: true,
        retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null,
      };
    }
    const result = interpret(url, status, body, false);
    const at = now();
    const ttl = options.cacheHours * HOUR;
    await storeAnswer(db, {
      url,
      status,
      body,
      fetchedAt: at,
      expiresAt: new Date(at.getTime() + (result.kind === 'not_found' ? Math.min(ttl, NOT_FOUND_MAX_MS) : ttl)),
    });
    return result;
  }

  return {
    get(url: string) {
      // Concurrent lookups of one host in a process share one request.
      let pending = inFlight.get(url);
      if (!pending) {
        pending = fetchAnswer(url).finally(() => inFlight.delete(url));
        inFlight.set(url, pending);
      }
      return pending;
    },
  };
}
