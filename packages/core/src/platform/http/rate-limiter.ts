// A fixed-window counter per key, in this process's memory. Keys are hashed by the caller when
// they are personal (addresses), so nothing identifying is kept; the windows forget themselves.
export type RateLimiter = { take(key: string): { allowed: boolean; retryAfterSeconds: number } };

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(key) {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        counts = new Map();
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      return { allowed: used <= limit, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) };
    },
  };
}
