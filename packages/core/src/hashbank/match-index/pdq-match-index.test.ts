import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PdqMatchIndex, bruteForcePdq } from './pdq-match-index.ts';

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

function flipBits(words: Uint32Array, count: number, next: () => number): Uint32Array {
  const out = words.slice();
  const flipped = new Set<number>();
  while (flipped.size < count) flipped.add(next() % 256);
  for (const bit of flipped) out[bit >>> 5]! ^= 1 << (bit & 31);
  return out;
}

/** Families of near-duplicates (0-40 bits) around random originals, like real banks. */
function clusteredSet(n: number, seed: number) {
  const next = rng(seed);
  const ids = new Float64Array(n);
  const hashes = new Uint32Array(n * 8);
  let original = new Uint32Array(8);
  for (let i = 0; i < n; i++) {
    if (i % 20 === 0) original = Uint32Array.from({ length: 8 }, () => next());
    hashes.set(i % 20 === 0 ? original : flipBits(original, next() % 41, next), i * 8);
    ids[i] = i + 1;
  }
  return { ids, hashes, next };
}

const sortById = (a: { id: number }, b: { id: number }) => a.id - b.id;

for (const chunkCount of [16, 12]) {
  test(`radius search finds exactly what a brute-force scan finds (${chunkCount} chunks)`, () => {
    const { ids, hashes, next } = clusteredSet(20_000, 7 + chunkCount);
    const index = PdqMatchIndex.build(ids, hashes, new Uint32Array(ids.length), { chunkCount });
    let withMatches = 0;
    for (let i = 0; i < 300; i++) {
      const source =
        i % 3 === 0
          ? Uint32Array.from({ length: 8 }, () => next())
          : hashes.slice(((i * 61) % ids.length) * 8, ((i * 61) % ids.length) * 8 + 8);
      const query = flipBits(source, next() % 32, next);
      for (const radius of [0, 5, 20, 31, 40, 48]) {
        const expected = bruteForcePdq(ids, hashes, query, radius).sort(sortById);
        const actual = index
          .query(query, radius)
          .map(({ id, distance }) => ({ id, distance }))
          .sort(sortById);
        assert.deepEqual(actual, expected, `query ${i} radius ${radius}`);
        if (expected.length > 0) withMatches++;
      }
    }
    assert.ok(withMatches > 300, 'most queries near a family have matches');
  });
}

test('upserts match at once, removals stop matching, and a rebuild keeps both', () => {
  const { ids, hashes, next } = clusteredSet(2_000, 3);
  const index = PdqMatchIndex.build(ids, hashes, new Uint32Array(ids.length));
  const fresh = Uint32Array.from({ length: 8 }, () => next());
  index.upsert(9_999, fresh, 5);
  assert.deepEqual(
    index.query(flipBits(fresh, 10, next), 31).map((m) => [m.id, m.tag, m.distance]),
    [[9_999, 5, 10]],
  );
  const first = hashes.slice(0, 8);
  assert.ok(index.query(first, 0).some((m) => m.id === 1));
  assert.equal(index.remove(1), true);
  assert.ok(!index.query(first, 0).some((m) => m.id === 1));
  index.upsert(7, fresh, 1);
  assert.deepEqual(
    index
      .query(fresh, 0)
      .map((m) => m.id)
      .sort(),
    [7, 9_999],
  );
  index.rebuild();
  assert.deepEqual(
    index
      .query(fresh, 0)
      .map((m) => m.id)
      .sort(),
    [7, 9_999],
  );
  assert.ok(!index.query(first, 0).some((m) => m.id === 1));
  assert.equal(index.size, 2_000, 'one added, one removed, id 7 replaced');
  assert.equal(index.tagOf(9_999), 5);
});

test('enough additions trigger a rebuild without losing any entry', () => {
  const index = new PdqMatchIndex();
  const next = rng(11);
  const all: Uint32Array[] = [];
  for (let i = 0; i < 20_000; i++) {
    const h = Uint32Array.from({ length: 8 }, () => next());
    all.push(h);
    index.upsert(20_000 - i, h);
  }
  for (let i = 0; i < all.length; i += 997)
    assert.deepEqual(
      index.query(all[i]!, 0).map((m) => m.id),
      [20_000 - i],
    );
  assert.equal(index.size, 20_000);
});
