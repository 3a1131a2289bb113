// PDQ match index benchmark: build time, memory per entry, lookups per second on one core at
// threshold 31 (queries with and without a match), and recall against a brute-force scan.
// npm run bench -- match [--sizes 1000000,10000000] [--queries 2000] [--recall 100]
import { parseArgs } from 'node:util';
import { PdqMatchIndex, bruteForcePdq } from '../packages/core/src/hashbank/index/pdq-match-index.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000000' }, queries: { type: 'string', default: '2000' }, recall: { type: 'string', default: '50' } } });
const sizes = values.sizes.split(',').map(Number);
const queryCount = Number(values.queries);
const recallCount = Number(values.recall);
const RADIUS = 31;

// mulberry32: a plain LCG's low bits repeat with short periods, which made "uniform" data
// cluster in a few chunk buckets (and lookups of stored hashes look 6x slower than they are).
let seed = 12345;
const next = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let z = seed;
  z = Math.imul(z ^ (z >>> 15), z | 1);
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
  return (z ^ (z >>> 14)) >>> 0;
};

function flip(words: Uint32Array, count: number): Uint32Array {
  const out = words.slice();
  const bits = new Set<number>();
  while (bits.size < count) bits.add(next() % 256);
  for (const bit of bits) out[bit >>> 5]! ^= 1 << (bit & 31);
  return out;
}

function dataset(n: number, clustered: boolean): Uint32Array {
  const hashes = new Uint32Array(n * 8);
  let original = new Uint32Array(8);
  for (let i = 0; i < n; i++) {
    if (!clustered || i % 20 === 0) {
      original = Uint32Array.from({ length: 8 }, next);
      hashes.set(original, i * 8);
    } else {
      // Families of near-duplicates at 0-40 bits around a shared original.
      hashes.set(flip(original, next() % 41), i * 8);
    }
  }
  return hashes;
}

function run(n: number, clustered: boolean) {
  const hashes = dataset(n, clustered);
  const ids = Float64Array.from({ length: n }, (_, i) => i + 1);
  const started = performance.now();
  const index = PdqMatchIndex.build(ids, hashes, new Uint32Array(n));
  const buildMs = performance.now() - started;
  const bytes = index.memoryBytes();
  const hitQueries = Array.from({ length: queryCount }, () => {
    const at = (next() % n) * 8;
    return flip(hashes.slice(at, at + 8), next() % 16);
  });
  const missQueries = Array.from({ length: queryCount }, () => Uint32Array.from({ length: 8 }, next));
  const rate = (queries: Uint32Array[]) => {
    let found = 0;
    const t0 = performance.now();
    for (const q of queries) found += index.query(q, RADIUS).length;
    const ms = performance.now() - t0;
    return { perSecond: Math.round((queries.length * 1000) / ms), msPerQuery: ms / queries.length, found };
  };
  const hit = rate(hitQueries);
  const miss = rate(missQueries);
  let expected = 0;
  let recalled = 0;
  for (const q of [...hitQueries.slice(0, recallCount), ...missQueries.slice(0, Math.ceil(recallCount / 5))]) {
    const truth = bruteForcePdq(ids, hashes, q, RADIUS);
    const got = new Set(index.query(q, RADIUS).map((m) => m.id));
    expected += truth.length;
    recalled += truth.filter((m) => got.has(m.id)).length;
  }
  return {
    entries: n,
    rssMiB: Math.round(process.memoryUsage().rss / 1048576),
    data: clustered ? 'clustered' : 'uniform',
    buildSeconds: +(buildMs / 1000).toFixed(2),
    bytesPerEntry: Math.round(bytes / n),
    hitLookupsPerSecond: hit.perSecond,
    hitMsPerQuery: +hit.msPerQuery.toFixed(3),
    missLookupsPerSecond: miss.perSecond,
    missMsPerQuery: +miss.msPerQuery.toFixed(3),
    recall: expected === 0 ? 1 : recalled / expected,
    recallChecked: expected,
  };
}

for (const n of sizes) {
  for (const clustered of [false, true]) {
    const result = run(n, clustered);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.recall !== 1) process.exitCode = 1;
  }
}
