import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createLogger } from '@vigie/core';
import { createTestContext } from '@vigie/testkit';
import { createMatchIndexStore } from './match-index-store.ts';
import { PdqMatchIndex } from './pdq-match-index.ts';
import { PdqQueryPool } from './pdq-query-pool.ts';

// Worker threads answer queries on the index memory the writer shares with them: their answers
// must equal the writer's own, and a change must be visible to the next query sent.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s ^ (s >>> 16);
  };
}
const next = rng(99);
const randomHash = () => Uint32Array.from({ length: 8 }, () => next());
function flip(words: Uint32Array, count: number): Uint32Array {
  const out = words.slice();
  const bits = new Set<number>();
  while (bits.size < count) bits.add(next() % 256);
  for (const bit of bits) out[bit >>> 5]! ^= 1 << (bit & 31);
  return out;
}
const key = (matches: ReadonlyArray<{ id: number; tag: number; distance: number }>) =>
  matches
    .map((m) => `${m.id}:${m.tag}:${m.distance}`)
    .sort()
    .join(',');

const pools: PdqQueryPool[] = [];
after(async () => {
  for (const pool of pools) await pool.close();
});

function withPool(index: PdqMatchIndex, workers = 2): PdqQueryPool {
  const pool = new PdqQueryPool(workers, index.buffers());
  index.onNewBuffers((b) => pool.publish(b));
  pools.push(pool);
  return pool;
}

test('the pool answers exactly what the index answers on this thread, batched, hits and misses', async () => {
  const n = 30_000;
  const ids = Float64Array.from({ length: n }, (_, i) => i + 1);
  const hashes = new Uint32Array(n * 8);
  for (let i = 0; i < n; i++) hashes.set(randomHash(), i * 8);
  const tags = Uint32Array.from({ length: n }, (_, i) => i % 7);
  const index = PdqMatchIndex.build(ids, hashes, tags);
  const pool = withPool(index);
  const queries = Array.from({ length: 400 }, (_, i) =>
    i % 2 === 0 ? flip(hashes.subarray((i % n) * 8, (i % n) * 8 + 8), i % 32) : randomHash(),
  );
  const answers = await Promise.all(queries.map((q) => pool.query(q, 31)));
  let hits = 0;
  queries.forEach((q, i) => {
    assert.equal(key(answers[i]!), key(index.query(q, 31)), `query ${i}`);
    if (answers[i]!.length > 0) hits++;
  });
  assert.ok(hits >= 200, 'every flipped stored hash is found');
});

test('an upsert, a removal and a tag change are seen by the next query sent', async () => {
  const index = PdqMatchIndex.build(Float64Array.of(1), randomHash(), Uint32Array.of(0));
  const pool = withPool(index);
  for (let i = 0; i < 50; i++) {
    const h = randomHash();
    const id = 1000 + i;
    index.upsert(id, h, 3);
    assert.deepEqual(await pool.query(h, 0), [{ id, tag: 3, distance: 0 }]);
    index.setTag(id, 5);
    assert.deepEqual(await pool.query(h, 0), [{ id, tag: 5, distance: 0 }]);
    index.remove(id);
    assert.deepEqual(await pool.query(h, 0), []);
  }
});

test('growth and rebuilds hand new memory to the workers before the next query', async () => {
  const index = new PdqMatchIndex(); // capacity 1024: grows, then rebuilt by hand
  const pool = withPool(index, 1);
  const stored: Array<[number, Uint32Array]> = [];
  for (let i = 0; i < 3000; i++) {
    const h = randomHash();
    index.upsert(i + 1, h, 1);
    stored.push([i + 1, h]);
    if (i % 500 === 0) index.rebuild();
  }
  const probes = stored.filter((_, i) => i % 37 === 0);
  const found = await Promise.all(probes.map(([, h]) => pool.query(flip(h, 8), 31)));
  probes.forEach(([id], i) =>
    assert.ok(
      found[i]!.some((m) => m.id === id),
      `entry ${id}`,
    ),
  );
  index.remove(probes[0]![0]);
  index.rebuild();
  assert.ok(!(await pool.query(probes[0]![1], 0)).some((m) => m.id === probes[0]![0]));
});

test('the store moves queries to workers once large enough; its own applied write is seen at once', async () => {
  const t = await createTestContext();
  const store = createMatchIndexStore(t.ctx.db, createLogger({ level: 'silent' }), t.ctx.now, {
    queryWorkers: 2,
    workerMinEntries: 1,
  });
  try {
    await store.ready();
    const h = randomHash();
    const hex = Array.from(h, (w) => w.toString(16).padStart(8, '0')).join('');
    await store.apply([
      { id: 1, bankId: 1, pdq: hex, vpdq: null, confirmed: true, suspended: false, withdrawn: false, txid: '1' },
    ]);
    const first = store.queryPdq(h, 0);
    assert.ok(first instanceof Promise, 'answered by a worker');
    assert.deepEqual(
      (await first).map((m) => m.id),
      [1],
    );
    await store.apply([
      { id: 1, bankId: 1, pdq: hex, vpdq: null, confirmed: true, suspended: false, withdrawn: true, txid: '2' },
    ]);
    assert.deepEqual(await store.queryPdq(h, 0), []);
  } finally {
    await store.close();
    await t.close();
  }
});
