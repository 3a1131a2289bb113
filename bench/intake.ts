// npm run bench -- intake [--quick]: reports through POST /api/v1/reports at rising rates against
// a real `vigie start --role api,worker` on a throwaway data directory (loopback only), then a
// constant load while the server is killed with SIGKILL and restarted several times. Afterwards
// every report that got a 201 must be in `vigie reports export` exactly once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { freePort } from '@vigie/core';
import { tmpdir } from 'node:os';
import path from 'node:path';

const quick = process.argv.includes('--quick');
const vigieBin = path.resolve(import.meta.dirname, '../apps/server/src/main.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'vigie-bench-intake-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  VIGIE_DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PORT: String(port),
  VIGIE_LOG_LEVEL: 'warn',
  VIGIE_INTAKE_RATE_PER_MINUTE: '10000000',
};
const stages = quick ? [250, 500] : [250, 500, 750, 1000, 1250, 1500];
const stageSeconds = quick ? 3 : 6;
const chaosRate = quick ? 200 : 500;
const kills = quick ? 1 : 3;
const deadline = Date.now() + 150_000; // the benchmark stops itself, whatever happens

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const acknowledged = new Map<string, string>(); // id -> report number, for every 201
let sequence = 0;

let server: ChildProcess | undefined;
let serverLog = '';
async function startServer(): Promise<number> {
  const started = Date.now();
  server = spawn(process.execPath, [vigieBin, 'start', '--role', 'api,worker'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (c: Buffer) => (serverLog = (serverLog + c.toString()).slice(-20_000)));
  server.stderr?.on('data', (c: Buffer) => (serverLog = (serverLog + c.toString()).slice(-20_000)));
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vigie exited:\n${serverLog}`);
    if (Date.now() > deadline) throw new Error('vigie did not start in time');
    const ok = await new Promise<boolean>((resolve) => {
      http
        .get(`${base}/health`, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        })
        .on('error', () => resolve(false));
    });
    if (ok) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function killServer(): Promise<void> {
  const child = server as ChildProcess;
  child.kill('SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

// Synthetic reports only: example.org hosts, a pool of shared URLs (so deduplication is exercised)
// plus a unique URL in a third of the reports.
const types = ['child_sexual_abuse_material', 'luring', 'non_consensual_intimate_images', 'child_trafficking'];
function makeReport(): string {
  const n = (sequence += 1);
  const urls = [`https://shared${n % 50}.example.org/page/${n % 2000}`];
  if (n % 3 === 0) urls.push(`https://unique.example.org/r/${process.pid}/${n}`);
  return JSON.stringify({
    type: types[n % types.length],
    urls,
    description: `Synthetic benchmark report ${n}`,
    incident: { place: 'website', happeningNow: n % 10 === 0 },
    ...(n % 4 === 0 ? { suspect: { usernames: [`user${n % 97}`] } } : {}),
    reporter: { region: 'QC' },
  });
}

type Outcome = { status: number; ms: number };
function post(): Promise<Outcome> {
  const body = makeReport();
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      `${base}/api/v1/reports`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          if (res.statusCode === 201) {
            const created = JSON.parse(Buffer.concat(chunks).toString()) as { id: string; reportNumber: string };
            if (acknowledged.has(created.id)) throw new Error(`id ${created.id} acknowledged twice`);
            acknowledged.set(created.id, created.reportNumber);
          }
          resolve({ status: res.statusCode ?? 0, ms });
        });
        res.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    request.setTimeout(10_000, () => request.destroy());
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}

/** Open loop: requests start on schedule whatever the server does, as the public would send them. */
async function runAtRate(
  rate: number,
  seconds: number,
  during?: (elapsedMs: number) => Promise<void> | void,
): Promise<Outcome[]> {
  const outcomes: Array<Promise<Outcome>> = [];
  const started = performance.now();
  const total = rate * seconds;
  let sent = 0;
  while (sent < total && Date.now() < deadline) {
    const elapsed = performance.now() - started;
    const due = Math.min(total, Math.floor((elapsed / 1000) * rate));
    while (sent < due) {
      outcomes.push(post());
      sent += 1;
    }
    if (during) await during(elapsed);
    await new Promise((r) => setTimeout(r, 2));
  }
  return Promise.all(outcomes);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
}

function summarise(rate: number, seconds: number, outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.status === 201);
  const ms = ok.map((o) => o.ms).sort((a, b) => a - b);
  const other = outcomes.length - ok.length;
  return {
    rate,
    achieved: ok.length / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
    errors: other,
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
let exitCode = 0;
try {
  console.log(`Vigie intake benchmark: data dir ${dataDir}, ${base}, ${stages.length} stages of ${stageSeconds}s`);
  console.log(`first start (initdb + migrations): ${await startServer()} ms`);
  await runAtRate(100, 1); // warm-up: JIT, pool connections
  console.log('\noffered/s  201/s   p50 ms  p95 ms  p99 ms  max ms  not-201');
  const results = [];
  for (const rate of stages) {
    const r = summarise(rate, stageSeconds, await runAtRate(rate, stageSeconds));
    results.push(r);
    console.log(
      `${String(rate).padStart(9)} ${fmt(r.achieved).padStart(7)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.max).padStart(7)} ${String(r.errors).padStart(8)}`,
    );
    await new Promise((r) => setTimeout(r, 500)); // let the worker catch up between stages
  }
  const sustained = results.filter((r) => r.errors === 0 && r.achieved >= 0.97 * r.rate && r.p99 < 100).at(-1);
  console.log(
    `\nsustained (every report 201, p99 < 100 ms): ${sustained ? `${sustained.rate}/s, p50 ${fmt(sustained.p50)} ms, p99 ${fmt(sustained.p99)} ms` : 'none of the stages'}`,
  );

  // Chaos: constant load, SIGKILL the server at spread-out moments, restart it at once.
  const chaosSeconds = quick ? 6 : 20;
  const killAt = Array.from({ length: kills }, (_, i) => ((i + 1) * chaosSeconds * 1000) / (kills + 1));
  let killed = 0;
  const restarts: number[] = [];
  let restarting: Promise<void> | undefined;
  const before = acknowledged.size;
  const chaos = await runAtRate(chaosRate, chaosSeconds, async (elapsed) => {
    if (!restarting && killed < kills && elapsed >= (killAt[killed] as number)) {
      killed += 1;
      restarting = (async () => {
        await killServer();
        restarts.push(await startServer());
        restarting = undefined;
      })();
    }
  });
  await restarting;
  const chaosOk = chaos.filter((o) => o.status === 201).length;
  console.log(
    `\nchaos: ${chaosRate}/s for ${chaosSeconds}s, ${killed} SIGKILLs, restarts took ${restarts.join(', ')} ms; ${chaosOk} of ${chaos.length} answered 201 (${chaos.length - chaosOk} refused or cut off while down)`,
  );
  void before;

  // Stop cleanly (releases the embedded PostgreSQL), then export and compare.
  server?.kill('SIGTERM');
  if (server && server.exitCode === null) await once(server, 'exit');
  const exported = spawnSync(process.execPath, [vigieBin, 'reports', 'export', '--format', 'jsonl'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (exported.status !== 0) throw new Error(`export failed: ${exported.stderr}`);
  const seen = new Map<string, number>();
  for (const line of exported.stdout.split('\n')) {
    if (!line) continue;
    const report = JSON.parse(line) as { id: string };
    seen.set(report.id, (seen.get(report.id) ?? 0) + 1);
  }
  const lost = [...acknowledged.keys()].filter((id) => !seen.has(id));
  const twice = [...seen].filter(([, n]) => n > 1);
  console.log(
    `\nafter the run: ${acknowledged.size} reports got a 201; export holds ${seen.size} reports; lost ${lost.length}; exported twice ${twice.length}`,
  );
  console.log(
    `(export may hold more than the 201s: reports committed just before a SIGKILL whose answer never left the server)`,
  );
  if (lost.length > 0 || twice.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  console.error(serverLog.slice(-4000));
  exitCode = 1;
} finally {
  agent.destroy();
  if (server && server.exitCode === null) {
    server.kill('SIGKILL');
    await once(server, 'exit').catch(() => undefined);
  }
  // The embedded PostgreSQL outlives a SIGKILLed Vigie by design; stop the one this bench started.
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid) process.kill(pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  } catch {
    // already stopped
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
