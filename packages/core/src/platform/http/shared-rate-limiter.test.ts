import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { createRateLimiters } from './shared-rate-limiter.ts';

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

test('a busy key leases requests in part, yet three processes together never pass the limit', async () => {
  const processes = [0, 1, 2].map(() => createRateLimiters(t.ctx.pool, () => new Date()));
  const limiters = processes.map((p) => p.create('busy', 400, 3_600_000));
  let allowed = 0;
  for (let round = 0; round < 30; round++) {
    const outcomes = await Promise.all(
      limiters.flatMap((limiter) => Array.from({ length: 10 }, () => limiter.take('key-1'))),
    );
    allowed += outcomes.filter((o) => o.allowed).length;
  }
  assert.ok(allowed <= 400, `${allowed} allowed of 900`);
  assert.ok(allowed >= 370, `${allowed} allowed of 900`);
});

test('many requests at once in one process share one lease: none refused far below the limit', async () => {
  const limiter = createRateLimiters(t.ctx.pool, () => new Date()).create('burst', 100_000, 3_600_000);
  const outcomes = await Promise.all(Array.from({ length: 64 }, () => limiter.take('key-2')));
  assert.equal(outcomes.filter((o) => !o.allowed).length, 0);
});

test('keys are stored only as HMACs, and a new window starts from zero', async () => {
  let now = new Date('2026-12-01T10:00:30Z');
  const limiters = createRateLimiters(t.ctx.pool, () => now);
  const limiter = limiters.create('small', 2, 60_000);
  const address = '203.0.113.7';
  const outcomes = await Promise.all([limiter.take(address), limiter.take(address), limiter.take(address)]);
  assert.deepEqual(outcomes.map((o) => o.allowed).sort(), [false, true, true]);
  const { rows } = await t.ctx.pool.query<{ key: string }>('select key from rate_limit_counter');
  assert.ok(rows.length > 0 && rows.every((r) => !r.key.includes(address)));
  now = new Date('2026-12-01T10:01:00Z');
  assert.equal((await limiter.take(address)).allowed, true);
});
