// PDQ match index benchmark: build time, memory per entry, lookups per second on one core at
// threshold 31 (queries with and without a match), and recall against a brute-force scan.
// npm run bench -- match [--sizes 1000000,10000000] [--queries 2000] [--recall 100] [--workers 2]
// (--workers N: also the throughput of N query worker threads on the same index, pdq-query-pool.ts)
// Over HTTP (embedded PostgreSQL filled with N entries, process restart timed, then GET /m/lookup
// from a load thread on loopback): npm run bench -- match --http 10000000 [--seconds 20] [--concurrency 16]
// [--data-dir DIR]: keep the filled database in DIR and reuse it on the next run (no 5-minute fill).
// [--profile DIR]: a CPU profile of the serving thread during the lookups, its top functions printed.
import { intendedUses } from '@vigie/contract';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { buildHttpApp, cliActor, createContext, createLogger, parseConfig } from '@vigie/core';
import { PdqMatchIndex, bruteForcePdq } from '../packages/core/src/hashbank/match-index/pdq-match-index.ts';
import { PdqQueryPool } from '../packages/core/src/hashbank/match-index/pdq-query-pool.ts';
import { printProfile } from './crawl/profile.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '2000' },
    recall: { type: 'string', default: '50' },
    workers: { type: 'string', default: '0' },
    http: { type: 'string' },
    'data-dir': { type: 'string' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '16' },
    profile: { type: 'string' },
  },
});
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

async function run(n: number, clustered: boolean) {
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
  const workers = Number(values.workers);
  let pooled: { workers: number; pooledLookupsPerSecond: number; pooledSameAnswers: boolean } | undefined;
  if (workers > 0) {
    // 64 queries in flight, as many HTTP requests would be; answers compared with this thread's.
    const pool = new PdqQueryPool(workers, index.buffers());
    const all = [...hitQueries, ...missQueries];
    await Promise.all(all.slice(0, 64).map((q) => pool.query(q, RADIUS))); // workers warmed up
    let at = 0;
    let same = true;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (at < all.length) {
          const i = at++;
          const got = await pool.query(all[i]!, RADIUS);
          if (i % 50 === 0 && got.length !== index.query(all[i]!, RADIUS).length) same = false;
        }
      }),
    );
    pooled = {
      workers,
      pooledLookupsPerSecond: Math.round((all.length * 1000) / (performance.now() - t0)),
      pooledSameAnswers: same,
    };
    await pool.close();
  }
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
    ...pooled,
  };
}

// The load thread: keep-alive connections, `concurrency` requests in flight, for `seconds`.
const loadThread = `
const http = require('node:http');
const { parentPort, workerData: w } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: w.concurrency });
let done = 0, failed = 0, hitsFound = 0, hitsAsked = 0, i = 0;
const reasons = {};
const fail = (reason) => { failed++; reasons[reason] = (reasons[reason] || 0) + 1; };
const until = Date.now() + w.seconds * 1000;
function one() {
  if (Date.now() >= until) return Promise.resolve();
  const q = w.queries[i++ % w.queries.length];
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: w.port, path: '/m/lookup?signal_type=pdq&signal=' + q.pdq, agent, headers: { authorization: 'Bearer ' + w.key } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        if (res.statusCode !== 200) fail('HTTP ' + res.statusCode + ' ' + body.slice(0, 120));
        else { done++; if (q.hit) { hitsAsked++; if (body.includes('"bank_content_id"')) hitsFound++; } }
        resolve();
      });
    });
    req.on('error', (error) => { fail(error.code || error.message); resolve(); });
  }).then(one);
}
const started = Date.now();
Promise.all(Array.from({ length: w.concurrency }, one)).then(() => parentPort.postMessage({ done, failed, reasons, hitsFound, hitsAsked, ms: Date.now() - started }));
`;

function flipHex(hex: string, bits: number): string {
  const words = Uint32Array.from({ length: 8 }, (_, i) => Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16));
  return Array.from(flip(words, bits), (w) => w.toString(16).padStart(8, '0')).join('');
}

/** CPU time of every postgres process on this machine so far (Linux /proc; 0 elsewhere). */
function postgresCpuSeconds(): number {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  return ticks / 100; // USER_HZ
}

async function runHttp(n: number) {
  const kept = values['data-dir'];
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'vigie-bench-match-'));
  const marker = join(dataDir, `bench-filled-${n}.json`);
  const config = parseConfig({
    VIGIE_DATA_DIR: dataDir,
    VIGIE_LOG_LEVEL: 'warn',
    VIGIE_APIKEY_RATE_PER_MINUTE: '1000000',
  });
  const logger = createLogger({ level: 'warn' });
  const pdqOf = (i: number) => createHash('sha256').update(`bench${i}`).digest('hex');
  try {
    let ctx = await createContext(config, { logger });
    let fillSeconds = 0;
    let key: { key: string };
    if (existsSync(marker)) {
      key = JSON.parse(readFileSync(marker, 'utf8')) as { key: string };
    } else {
      const bank = await ctx.hashbank.createBank('BENCH', {}, cliActor);
      const filled = performance.now();
      // Uniform PDQ-like values: sha256 of a counter, computed by PostgreSQL in batches.
      for (let from = 1; from <= n; from += 1_000_000) {
        const to = Math.min(n, from + 999_999);
        await sql`insert into bank_entry (bank_id, pdq, contributor_type, status) select ${bank.id}, encode(sha256(convert_to('bench' || i, 'UTF8')), 'hex'), 'system', 'confirmed' from generate_series(${from}::int, ${to}::int) i`.execute(
          ctx.db,
        );
      }
      fillSeconds = (performance.now() - filled) / 1000;
      const created = await ctx.access.createApiKey({ organisation: 'Bench', scopes: ['hashes:match'] }, cliActor);
      // Keys match only the banks granted to their organisation (issue 9).
      await ctx.hashbank.grantBank('BENCH', created.organisationId, [...intendedUses], 'match_only', cliActor);
      key = created;
      if (kept) writeFileSync(marker, JSON.stringify({ key: key.key }));
    }
    await ctx.close();

    // A restart: open the database again and load the index from it (no snapshot yet: a kept
    // data directory has the last run's, which the second restart below times).
    rmSync(join(dataDir, 'match-index', 'pdq-index.snapshot'), { force: true });
    const restarted = performance.now();
    ctx = await createContext(config, { logger });
    const opened = performance.now();
    await ctx.hashbank.ready();
    const restart = {
      openSeconds: +((opened - restarted) / 1000).toFixed(2),
      indexLoadSeconds: +((performance.now() - opened) / 1000).toFixed(2),
      firstLoadedFrom: (await ctx.hashbank.indexStatus()).loadedFrom,
    };
    const app = await buildHttpApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const queries = Array.from({ length: 2000 }, (_, i) => {
      if (i % 2 === 1)
        return { pdq: Array.from({ length: 8 }, () => next().toString(16).padStart(8, '0')).join(''), hit: false };
      return { pdq: flipHex(pdqOf(1 + (next() % n)), next() % 16), hit: true };
    });
    const seconds = Number(values.seconds);
    const concurrency = Number(values.concurrency);
    const profiler = values.profile ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const cpuBefore = { node: process.cpuUsage(), postgres: postgresCpuSeconds() };
    const result = await new Promise<{
      done: number;
      failed: number;
      reasons: Record<string, number>;
      hitsFound: number;
      hitsAsked: number;
      ms: number;
    }>((resolve, reject) => {
      const worker = new Worker(loadThread, {
        eval: true,
        workerData: { port, key: key.key, queries, seconds, concurrency },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const nodeCpu = process.cpuUsage(cpuBefore.node);
    const cpu = {
      cpuSecondsVigie: +((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1),
      cpuSecondsPostgres: +(postgresCpuSeconds() - cpuBefore.postgres).toFixed(1),
    };
    if (profiler && values.profile) {
      const { profile } = await profiler.post('Profiler.stop');
      mkdirSync(values.profile, { recursive: true });
      writeFileSync(join(values.profile, 'serving.cpuprofile'), JSON.stringify(profile));
      profiler.disconnect();
      printProfile(values.profile);
    }
    // The serving process's memory with its index live (the figure the 2 GB goal is about).
    const rssServingMiB = Math.round(process.memoryUsage().rss / 1048576);
    await app.close();
    await ctx.close(); // waits for the index snapshot the first load wrote

    // A second restart: the index from its snapshot in the data directory, then the change stream.
    const again = performance.now();
    ctx = await createContext(config, { logger });
    const reopened = performance.now();
    await ctx.hashbank.ready();
    const fromSnapshot = {
      snapshotOpenSeconds: +((reopened - again) / 1000).toFixed(2),
      snapshotIndexLoadSeconds: +((performance.now() - reopened) / 1000).toFixed(2),
      loadedFrom: (await ctx.hashbank.indexStatus()).loadedFrom,
    };
    await ctx.close();
    return {
      entries: n,
      over: 'http GET /m/lookup',
      fillSeconds: +fillSeconds.toFixed(1),
      ...restart,
      ...fromSnapshot,
      concurrency,
      lookupsPerSecond: Math.round((result.done * 1000) / result.ms),
      ...cpu,
      failed: result.failed,
      ...(result.failed > 0 ? { failures: result.reasons } : {}),
      hitRecall: result.hitsAsked === 0 ? 1 : result.hitsFound / result.hitsAsked,
      rssServingMiB,
      rssEndMiB: Math.round(process.memoryUsage().rss / 1048576),
    };
  } finally {
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (values.http) {
  const result = await runHttp(Number(values.http));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (result.hitRecall !== 1 || result.failed > 0) process.exitCode = 1;
} else {
  for (const n of sizes) {
    for (const clustered of [false, true]) {
      const result = await run(n, clustered);
      process.stdout.write(`${JSON.stringify(result)}\n`);
      if (result.recall !== 1 || result.pooledSameAnswers === false) process.exitCode = 1;
    }
  }
}
