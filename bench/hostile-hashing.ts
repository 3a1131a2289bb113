// Hostile hashing benchmark: the server in this process on loopback (embedded PostgreSQL in a
// scratch directory), hit at once by uploads that are small on the wire and expensive to hash,
// all generated here: 4 blank 10000x10000 RGB PNGs, a 2,000-frame GIF, a 1x100000000 PNG, a raw
// H.264 stream of ffmpeg's test pattern (1080p, 10 s, no container) and a /m/compare of two
// 7,200-frame vPDQs. A load thread sends them (one API key each, so that the per-key cap does not
// hide the per-process one) and probes GET /health every 50 ms meanwhile. Prints each answer,
// the process's peak resident memory (VmHWM, reset before the run) and /health latency.
// npm run bench -- hostile-hashing [--timeout 120]
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buildHttpApp, cliActor, createContext, createLogger, parseConfig } from '@vigie/core';
import {
  blankPng,
  manyFrameGif,
  multipartBody,
  rawH264,
  seededPdqHex,
} from '../packages/core/src/hashbank/hashbank.test-helpers.ts';

type Job = { name: string; url: string; body: string; headers: Record<string, string> };
type LoadInput = { base: string; jobs: Job[]; timeoutMs: number };
type Answer = { name: string; status: number | string; ms: number; code?: string };
type LoadResult = { answers: Answer[]; health: number[]; healthFailures: number; ms: number };

if (isMainThread) await main();
else await load(workerData as LoadInput);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { timeout: { type: 'string', default: '120' } } });
  const timeoutMs = Number(values.timeout) * 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-hostile-'));
  const scratch = mkdtempSync(join(tmpdir(), 'vigie-bench-hostile-media-'));
  const ctx = await createContext(parseConfig({ VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn' }), {
    logger: createLogger({ level: 'warn' }),
  });
  try {
    const app = await buildHttpApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const media: Array<[string, string, 'photo' | 'video', Buffer]> = [
      ...[1, 2, 3, 4].map((i): [string, string, 'photo', Buffer] => [
        `png 10000x10000 #${i}`,
        '/api/v1/media/match',
        'photo',
        blankPng(10_000, 10_000, 3),
      ]),
      ['gif 2000 frames 300x300', '/h/hash', 'photo', manyFrameGif(2_000, 300, 300)],
      ['png 1x100000000', '/h/hash', 'photo', blankPng(1, 100_000_000)],
      ['h264 1080p 10 s raw', '/h/hash', 'video', rawH264(10, '1920x1080', 30)],
    ];
    const jobs: Job[] = [];
    for (const [name, url, field, bytes] of media) {
      const { payload, headers } = multipartBody(field, bytes);
      // Bodies go to the load thread as files (a 1x100000000 PNG is not small in memory).
      const path = join(scratch, `${jobs.length}.bin`);
      writeFileSync(path, payload);
      jobs.push({ name: `${name} (${Math.round(bytes.length / 1024)} KB)`, url, body: path, headers });
    }
    const video = (offset: number) =>
      Array.from({ length: 7_200 }, (_, i) => `${seededPdqHex(offset + i)},100`).join(';');
    const compare = JSON.stringify({ vpdq: [video(0), video(3_600)] });
    writeFileSync(join(scratch, 'compare.json'), compare);
    jobs.push({
      name: `/m/compare 2 x 7200 frames (${Math.round(compare.length / 1024)} KB)`,
      url: '/m/compare',
      body: join(scratch, 'compare.json'),
      headers: { 'content-type': 'application/json' },
    });
    for (const job of jobs) {
      const key = await ctx.access.createApiKey(
        { organisation: `Bench ${job.name.split(' ')[0]}`, scopes: ['hashes:match'] },
        cliActor,
      );
      job.headers = { ...job.headers, authorization: `Bearer ${key.key}` };
    }

    media.length = 0;
    collectGarbage();
    resetPeakRss();
    const before = residentMb();
    const result = await new Promise<LoadResult>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { base, jobs, timeoutMs } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const sorted = [...result.health].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    console.log(`server on ${base}; ${jobs.length} uploads at once; resident before the run ${before} MB`);
    for (const a of result.answers)
      console.log(`  ${a.name.padEnd(44)} ${String(a.status).padEnd(8)} ${a.code ?? ''} ${(a.ms / 1000).toFixed(1)} s`);
    const peak = peakRssMb();
    console.log(
      `run: ${(result.ms / 1000).toFixed(1)} s; peak resident memory (VmHWM) ${peak} MB (+${peak - before} MB)`,
    );
    console.log(
      `/health: ${sorted.length} answered, ${result.healthFailures} failed; latency p50 ${at(0.5).toFixed(1)} ms, ` +
        `p99 ${at(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`,
    );
    app.server.closeAllConnections();
    await app.close();
  } finally {
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The load thread: every job at once, and /health every 50 ms until the last answer. */
async function load({ base, jobs, timeoutMs }: LoadInput): Promise<void> {
  const started = performance.now();
  const health: number[] = [];
  let healthFailures = 0;
  let done = false;
  const probing = (async () => {
    while (!done) {
      const sent = performance.now();
      try {
        const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(timeoutMs) });
        await res.arrayBuffer();
        if (res.ok) health.push(performance.now() - sent);
        else healthFailures += 1;
      } catch {
        healthFailures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const answers = await Promise.all(
    jobs.map(async (job): Promise<Answer> => {
      const sent = performance.now();
      try {
        const res = await fetch(`${base}${job.url}`, {
          method: 'POST',
          headers: job.headers,
          body: readFileSync(job.body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        const code = res.ok ? undefined : (/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? undefined);
        return { name: job.name, status: res.status, ms: performance.now() - sent, ...(code ? { code } : {}) };
      } catch (error) {
        return { name: job.name, status: (error as Error).name, ms: performance.now() - sent };
      }
    }),
  );
  done = true;
  await probing;
  parentPort!.postMessage({ answers, health, healthFailures, ms: performance.now() - started } satisfies LoadResult);
}

/** A full collection, so that the generated media's memory is not counted in the run's peak. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function resetPeakRss(): void {
  // "5" resets the peak resident set size the kernel keeps for this process (Linux).
  writeFileSync('/proc/self/clear_refs', '5');
}

function statusKb(field: string): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? Number.NaN);
}

function residentMb(): number {
  return Math.round(statusKb('VmRSS') / 1024);
}

function peakRssMb(): number {
  return Math.round(statusKb('VmHWM') / 1024);
}
