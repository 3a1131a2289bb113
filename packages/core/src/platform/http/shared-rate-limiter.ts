import { createHmac } from 'node:crypto';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { deleteRateLimitCountersBefore, leaseRateLimit, readRateLimitSecret } from '../db/rate-limit.repository.ts';
import { PlatformError } from '../errors.ts';

export type RateOutcome = { allowed: boolean; retryAfterSeconds: number };
export type RateLimiter = { take(key: string): Promise<RateOutcome> };

/**
 * Fixed-window limits counted in PostgreSQL, so that N processes of any role allow one limit,
 * not N. Keys are stored only as an HMAC under a secret kept in the database, and forgotten
 * after their window.
 *
 * A process leases requests from a key's window and spends them locally: a lease asks for an
 * eighth of what the window has left (at least one), so a busy API key costs one round trip per
 * many requests while the total admitted never passes the limit. Near the limit leases shrink to
 * one request; what a quiet process still holds at the window's end is lost, never over-spent.
 */
export function createRateLimiters(pool: pg.Pool, now: Clock) {
  let secret: Promise<Buffer> | undefined;
  let lastCleanup = 0;

  function create(name: string, limit: number, windowMs: number): RateLimiter {
    // `leasing`: the lease in flight for this key, which concurrent requests wait for rather than
    // each leasing an eighth of the window (64 at once would take it all, then refuse each other).
    type State = { window: number; tokens: number; known: number; leasing?: Promise<void> | undefined };
    const states = new Map<string, State>();

    function forgetOldWindows(current: number): void {
      if (states.size < 10_000) return;
      for (const [id, state] of states) if (state.window < current) states.delete(id);
    }

    async function lease(id: string, state: State, t: number): Promise<number> {
      const wanted = Math.max(1, Math.floor((limit - state.known) / 8));
      try {
        const leased = await leaseRateLimit(pool, id, new Date(state.window), wanted, limit);
        if (t - lastCleanup > 60_000) {
          lastCleanup = t;
          await deleteRateLimitCountersBefore(pool, new Date(t - 2 * 3_600_000));
        }
        state.known = Math.max(state.known, leased.total);
        return leased.granted;
      } catch (error) {
        throw new PlatformError('DATABASE_UNAVAILABLE', undefined, { cause: String(error) });
      }
    }

    return {
      async take(key) {
        secret ??= readRateLimitSecret(pool);
        const t = now().getTime();
        const window = Math.floor(t / windowMs) * windowMs;
        const retryAfterSeconds = Math.max(1, Math.ceil((window + windowMs - t) / 1000));
        const id = createHmac('sha256', await secret)
          .update(`${name}\0${key}`)
          .digest('base64url');
        for (;;) {
          let state = states.get(id);
          if (!state || state.window !== window) {
            forgetOldWindows(window);
            state = { window, tokens: 0, known: 0 };
            states.set(id, state);
          }
          if (state.tokens > 0) {
            state.tokens -= 1;
            return { allowed: true, retryAfterSeconds };
          }
          if (state.leasing) {
            await state.leasing.catch(() => undefined);
            continue;
          }
          const current = state;
          let granted = 0;
          const leasing = lease(id, current, t).then((n) => {
            granted = n;
          });
          current.leasing = leasing;
          try {
            await leasing;
          } finally {
            current.leasing = undefined;
          }
          if (granted === 0) return { allowed: false, retryAfterSeconds };
          current.tokens += granted - 1;
          return { allowed: true, retryAfterSeconds };
        }
      },
    };
  }

  return { create };
}

export type RateLimiters = ReturnType<typeof createRateLimiters>;
