import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRateLimiter } from './rate-limiter.ts';

test('each key gets its limit per window, and a new window starts afresh', () => {
  let now = 1_000_000;
  const limiter = createRateLimiter(2, 60_000, () => now);
  assert.equal(limiter.take('192.0.2.1').allowed, true);
  assert.equal(limiter.take('192.0.2.1').allowed, true);
  const refused = limiter.take('192.0.2.1');
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfterSeconds, 60);
  assert.equal(limiter.take('192.0.2.2').allowed, true, 'another address has its own count');
  now += 45_000;
  assert.equal(limiter.take('192.0.2.1').retryAfterSeconds, 15);
  now += 15_000;
  assert.equal(limiter.take('192.0.2.1').allowed, true);
});
