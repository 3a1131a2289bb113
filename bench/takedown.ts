// npm run bench -- takedown [--latency N] [--notices N] [--rechecks N] [--concurrency N]
//
// Notice and takedown on this machine, on loopback only, with Vigie's real job runner
// (graphile-worker) and a real SMTP server (smtp-server):
//   1. latency: a detection of confirmed material committed → its notice accepted by the SMTP
//      server, one at a time (median, p90, p99; the goal is under 1 s at the median);
//   2. notices per second: N detections for N different recipients committed at once, until every
//      notice is accepted;
//   3. re-checks per second over N notified URLs due at once (default 100,000), served by a loopback
//      web server (half still there, half gone), until each has been checked once.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import {
  createContext,
  createLogger,
  jobRunnerOptions,
  parseConfig,
  startJobRunner,
  type ContextOverrides,
} from '@vigie/core';
import { startMailServer } from '@vigie/testkit';
import { emailRecipient, plantDetections } from '../packages/core/src/notices/notices.test-helpers.ts';
import { percentile } from './crawl/common.ts';

const { values: args } = parseArgs({
  options: {
    latency: { type: 'string', default: '100' },
    notices: { type: 'string', default: '2000' },
    rechecks: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '4' },
  },
});
const latencyRuns = Number(args.latency);
const noticeCount = Number(args.notices);
const recheckCount = Number(args.rechecks);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const accepted = new Map<string, number>(); // recipient address → when the SMTP server accepted its notice
const mail = await startMailServer({
  beforeAccept: async (m) => {
    for (const to of m.to) accepted.set(to, performance.now());
  },
});

// Every host is its own recipient (immediate batching), so each detection makes its own notice.
const recipientResolver: NonNullable<ContextOverrides['recipientResolver']> = {
  async resolve({ url }) {
    const host = new URL(url).hostname;
    return emailRecipient(host, `abuse@${host}`);
  },
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'vigie-bench-takedown-'));
const config = parseConfig({
  ...process.env,
  VIGIE_DATA_DIR: dataDir,
  VIGIE_LOG_LEVEL: 'warn',
  VIGIE_SMTP_HOST: '127.0.0.1',
  VIGIE_SMTP_PORT: String(mail.port),
  VIGIE_SMTP_FROM: 'Bench Hotline <notices@hotline.example>',
  VIGIE_SMTP_POOL_SIZE: '4',
  VIGIE_PUBLIC_URL: 'https://hotline.example',
  VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
  VIGIE_RECHECK_BATCH: '1000',
  VIGIE_RECHECK_CONCURRENCY: '64',
});
const ctx = await createContext(config, {
  logger: createLogger({ level: 'warn', destination: process.stderr }),
  recipientResolver,
});
const runner = await startJobRunner({ ...jobRunnerOptions(ctx), concurrency: Number(args.concurrency) });

async function waitFor(addresses: readonly string[], limitMs: number) {
  const until = performance.now() + limitMs;
  while (addresses.some((a) => !accepted.has(a))) {
    if (performance.now() > until) throw new Error(`notices not accepted within ${limitMs} ms`);
    await sleep(2);
  }
}

try {
  console.log(
    `takedown benchmark: ${latencyRuns} single detections, ${noticeCount} at once, ${recheckCount} re-checks`,
  );

  // 1. Latency, one detection at a time.
  const latencies: number[] = [];
  for (let i = 0; i < latencyRuns; i += 1) {
    const host = `l${i}.bench.test`;
    await plantDetections(ctx, [{ url: `https://${host}/m/${i}.jpg`, address: '198.51.100.10' }]);
    const committed = performance.now();
    await waitFor([`abuse@${host}`], 60_000);
    latencies.push(accepted.get(`abuse@${host}`)! - committed);
  }
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(
    `detection committed → notice accepted by SMTP: median ${ms(percentile(latencies, 50))}, p90 ${ms(percentile(latencies, 90))}, p99 ${ms(percentile(latencies, 99))} (${latencyRuns} runs)`,
  );

  // 2. Throughput: many recipients at once.
  const hosts = Array.from({ length: noticeCount }, (_, i) => `n${i}.bench.test`);
  const start = performance.now();
  for (let i = 0; i < hosts.length; i += 500)
    await plantDetections(
      ctx,
      hosts.slice(i, i + 500).map((host, j) => ({ url: `https://${host}/m/${i + j}.jpg`, address: '198.51.100.11' })),
    );
  await waitFor(
    hosts.map((h) => `abuse@${h}`),
    600_000,
  );
  const seconds = (performance.now() - start) / 1000;
  console.log(`notices: ${noticeCount} in ${seconds.toFixed(1)} s = ${(noticeCount / seconds).toFixed(0)} notices/s`);

  // 3. Re-checks of many notified URLs, due now, against a loopback web server.
  await runner.stop();
  const body = (i: number) => Buffer.from(`bench media ${i}`);
  const web = http.createServer((request, response) => {
    const i = Number(/\/m\/(\d+)\.jpg$/.exec(request.url ?? '')?.[1] ?? -1);
    if (i < 0 || i % 2 === 1) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(body(i));
  });
  web.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const port = (web.address() as AddressInfo).port;
  const now = new Date();
  for (let from = 0; from < recheckCount; from += 5000) {
    const rows = [];
    for (let i = from; i < Math.min(recheckCount, from + 5000); i += 1)
      rows.push({
        url: `http://127.0.0.1:${port}/m/${i}.jpg`,
        sha256: createHash('sha256').update(body(i)).digest('hex'),
        first_detected_at: now,
        notified_at: now,
        next_check_at: now,
        created_at: now,
      });
    await ctx.db.insertInto('recheck').values(rows).execute();
  }
  const recheckRunner = await startJobRunner({
    ...jobRunnerOptions(ctx),
    concurrency: Number(args.concurrency),
  });
  const lanes = Number(args.concurrency);
  const begun = performance.now();
  for (let lane = 0; lane < lanes; lane += 1)
    await ctx.enqueue(ctx.db, 'rechecks.run-due', { lane }, { jobKey: `rechecks.run-due:${lane}` });
  for (;;) {
    const { n } = await sql<{
      n: number;
    }>`select count(*)::int as n from recheck where checks = 0 and url like ${`http://127.0.0.1:${port}/%`}`
      .execute(ctx.db)
      .then((r) => r.rows[0]!);
    if (n === 0) break;
    if (process.env.BENCH_DEBUG) console.error('unchecked', n);
    if (performance.now() - begun > 1_800_000) throw new Error(`${n} re-checks still unchecked after 30 minutes`);
    await sleep(200);
  }
  const took = (performance.now() - begun) / 1000;
  console.log(
    `re-checks: ${recheckCount} in ${took.toFixed(1)} s = ${(recheckCount / took).toFixed(0)} re-checks/s (lanes ${lanes}, ${config.rechecks.concurrency} fetches in flight each)`,
  );
  await recheckRunner.stop();
  web.close();
} finally {
  await runner.stop().catch(() => undefined);
  await ctx.close();
  await mail.close();
  rmSync(dataDir, { recursive: true, force: true });
}
