import { createHmac, randomBytes } from 'node:crypto';

// A fixed-window counter per key, in this process's memory. Keys are kept only as an HMAC with a
// key that never leaves the limiter, so its memory cannot be turned back into addresses (a plain
// hash of an IPv4 address is reversed by trying them all); the windows forget themselves.
export type RateLimiter = { take(key: string): { allowed: boolean; retryAfterSeconds: number } };

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const secret = randomBytes(32);
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(key) {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        counts = new Map();
      }
      const id = createHmac('sha256', secret).update(key).digest('base64url');
      const used = (counts.get(id) ?? 0) + 1;
      counts.set(id, used);
      return { allowed: used <= limit, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) };
    },
  };
}
