// Crawler benchmark: a synthetic web on loopback (its own DNS, every site's `/` seeded), crawled by
// 1, 2 and 4 `vigie start --role crawler` processes against one embedded PostgreSQL (a fresh data
// directory per round, so each round crawls the whole web), then by Crawlee's CheerioCrawler
// (memory storage, no persistence) fetching the same pages and media without fingerprinting.
// npm run bench -- crawl [--pages 20000] [--processes 1,2,4] [--seconds 600] [--no-crawlee]
//   [--concurrency 32] [--media-concurrency 16] [--hashing 1] [--crawlee-concurrency 32]
//   [--profile DIR]: CPU profile (--cpu-prof) of the first crawler of the first round, top self time
// npm run bench -- crawl --frontier 1000000 [--pages 2000]: the same crawl with 1M more URLs in the
//   frontier (never due, on hosts nobody serves, plus due ones that the test web answers 404),
//   crawler RSS sampled over time next to a round without them.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { cliActor, createContext, createLogger, parseConfig, type AppContext } from '@vigie/core';
import { spawnVigie, startTestWeb, type TestWeb, type VigieProcess } from '@vigie/testkit';
import { MiB, percentile, rssOf, sleep, type Row } from './crawl/common.ts';
import { runCrawlee } from './crawl/crawlee.ts';
import { printProfile } from './crawl/profile.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '20000' },
    processes: { type: 'string', default: '1,2,4' },
    seconds: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '32' },
    'media-concurrency': { type: 'string', default: '16' },
    hashing: { type: 'string', default: '1' },
    'crawlee-concurrency': { type: 'string', default: '32' },
    'no-crawlee': { type: 'boolean', default: false },
    frontier: { type: 'string' },
    profile: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------------
// Vigie.
type Signals = Awaited<ReturnType<AppContext['hashbank']['hashMedia']>>;

function crawlEnv(web: TestWeb, dataDir: string): Record<string, string> {
  return {
    VIGIE_DATA_DIR: dataDir,
    VIGIE_LOG_LEVEL: 'warn',
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
    VIGIE_CRAWL_HOST_DELAY_MS: '0',
    VIGIE_CRAWL_MAX_DEPTH: '100',
    VIGIE_CRAWL_MAX_URLS_PER_SEED: '10000000',
    VIGIE_CRAWL_REVISIT_DAYS: '0',
    VIGIE_CRAWL_CONCURRENCY: values.concurrency,
    VIGIE_CRAWL_MEDIA_CONCURRENCY: values['media-concurrency'],
    VIGIE_HASHING_CONCURRENCY: values.hashing,
  };
}

/** 1M URLs more in the frontier: most never due (hosts nobody serves), some due that answer 404. */
async function fillFrontier(ctx: AppContext, web: TestWeb, total: number): Promise<void> {
  const started = performance.now();
  const seed = await ctx.db.selectFrom('crawl_seed').select('id').orderBy('id').executeTakeFirstOrThrow();
  const due = Math.min(20_000, Math.floor(total / 50));
  const idleHosts = 1000;
  await sql`insert into crawl_queue (key, due_at) select 'idle-' || i || '.vigie.test', timestamptz '2100-01-01'
    from generate_series(0, ${idleHosts - 1}::int) i`.execute(ctx.db);
  for (let from = 0; from < total - due; from += 200_000) {
    const to = Math.min(total - due, from + 200_000) - 1;
    await sql`insert into crawl_url (url, key, kind, seed_id, depth, due_at, discovered_at)
      select 'http://idle-' || (i % ${idleHosts}) || '.vigie.test/u/' || i, 'idle-' || (i % ${idleHosts}) || '.vigie.test',
        'page', ${seed.id}, 1, timestamptz '2100-01-01', now()
      from generate_series(${from}::int, ${to}::int) i`.execute(ctx.db);
  }
  // Due URLs on the sites' hosts under a path the test web answers 404 for.
  const sites = web.sites.filter((s) => s.role === 'site');
  await sql`insert into crawl_url (url, key, kind, seed_id, depth, due_at, discovered_at)
    select 'http://' || (${sites.map((s) => s.host)}::text[])[1 + i % ${sites.length}] || ':' || ${web.port}::int || '/missing/' || i,
      (${sites.map((s) => s.host)}::text[])[1 + i % ${sites.length}] || ':' || ${web.port}::int, 'page', ${seed.id}, 1, now(), now()
    from generate_series(0, ${due - 1}::int) i`.execute(ctx.db);
  const count = await sql<{ n: string }>`select count(*) as n from crawl_url`.execute(ctx.db);
  console.log(
    `frontier: ${count.rows[0]!.n} URLs (${total - due} never due on ${idleHosts} hosts nobody serves, ${due} due that answer 404) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

async function runVigie(
  web: TestWeb,
  bank: Signals[],
  processes: number,
  options: { deadlineMs: number; profileDir?: string | undefined; extraFrontier?: number },
): Promise<Row & { rssSeries: number[][]; xactPerPage: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vigie-bench-crawl-'));
  const env = crawlEnv(web, dataDir);
  const ctx = await createContext(parseConfig(env), { logger: createLogger({ level: 'warn' }) });
  const crawlers: VigieProcess[] = [];
  try {
    if (bank.length === 0)
      for (const m of web.manifest.known)
        bank.push(await ctx.hashbank.hashMedia(web.bytesOf(m.id), m.kind === 'video' ? 'video' : 'photo'));
    const created = await ctx.hashbank.createBank('KNOWN', {}, cliActor);
    await ctx.hashbank.addEntries(
      bank.map((signals) => ({
        bankId: created.id,
        signals,
        uses: ['notice_and_takedown' as const],
        labels: { ageBand: 'prepubescent' as const },
      })),
      cliActor,
      { action: 'bench.bank-filled' },
    );
    await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
    await ctx.hashbank.refresh();
    for (const url of web.seedUrls) await ctx.crawler.addSeed({ url, maxDepth: 100 }, cliActor);
    if (options.extraFrontier) await fillFrontier(ctx, web, options.extraFrontier);
    const xactBefore = await commits(ctx);

    const started = Date.now();
    for (let i = 0; i < processes; i++) {
      const profiled = i === 0 && options.profileDir;
      crawlers.push(
        spawnVigie(['start', '--role', 'crawler'], {
          ...env,
          ...(profiled ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.profileDir}` } : {}),
          ...(process.env.BENCH_CRAWLER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_CRAWLER_NODE_OPTIONS } : {}),
        }),
      );
    }
    const rssSeries: number[][] = crawlers.map(() => []);
    const sampler = setInterval(() => crawlers.forEach((c, i) => rssSeries[i]!.push(rssOf(c.child.pid))), 1000);
    // Done when nothing is due or leased (retries 10 minutes out do not count), or at the deadline.
    const leaseWindow = 330;
    let idle = 0;
    while (Date.now() - started < options.deadlineMs) {
      await sleep(1000);
      for (const c of crawlers)
        if (c.child.exitCode !== null) throw new Error(`a crawler exited early:\n${c.output().slice(-4000)}`);
      const pending = await sql<{ n: string; fetched: string }>`
        select count(*) filter (where state = 'queued' and due_at <= now() + make_interval(secs => ${leaseWindow})) as n,
          count(*) filter (where fetched_at is not null) as fetched
        from crawl_url`.execute(ctx.db);
      const fetched = Number(pending.rows[0]!.fetched);
      idle = Number(pending.rows[0]!.n) === 0 && fetched > 0 ? idle + 1 : 0;
      if (idle >= 2) break;
    }
    const wallSeconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    for (const c of crawlers) c.child.kill('SIGTERM');
    await Promise.all(crawlers.map((c) => c.exited));
    const xact = (await commits(ctx)) - xactBefore;

    const counters = await sql<{ name: string; value: string }>`
      select name, sum(value)::text as value from crawler_counter group by name`.execute(ctx.db);
    const counter = (name: string) => Number(counters.rows.find((r) => r.name === name)?.value ?? 0);
    const span = await sql<{ seconds: number; media: string; detections: string }>`
      select extract(epoch from max(fetched_at) - min(fetched_at))::float8 as seconds,
        (select count(*) from media) as media, (select count(*) from detection) as detections
      from crawl_url where fetched_at is not null`.execute(ctx.db);
    const latency = await sql<{ ms: number }>`
      select extract(epoch from recorded_at - first_seen_at)::float8 * 1000 as ms from detection order by 1`.execute(
      ctx.db,
    );
    const ms = latency.rows.map((r) => r.ms);
    const outcomes = await sql<{ kind: string; state: string; error: string | null; n: string }>`
      select kind, state, error, count(*)::text as n from crawl_url where fetched_at is not null
      group by 1, 2, 3 order by 4 desc`.execute(ctx.db);
    const errors = counters.rows.filter((r) => r.name.startsWith('errors.') || r.name.startsWith('status.'));
    console.log(
      `vigie x${processes} outcomes: ${outcomes.rows.map((r) => `${r.kind} ${r.state}${r.error ? ` ${r.error}` : ''}: ${r.n}`).join('; ')}` +
        `${errors.length > 0 ? `; counters ${errors.map((r) => `${r.name}=${r.value}`).join(' ')}` : ''}`,
    );
    const s = span.rows[0]!;
    if (options.deadlineMs <= wallSeconds * 1000) console.log(`vigie x${processes}: stopped at the deadline`);
    const pages = counter('pages');
    return {
      runner: 'vigie',
      processes,
      pages,
      media: counter('media'),
      fingerprinted: Number(s.media),
      detections: Number(s.detections),
      seconds: s.seconds,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: ms.at(-1) ?? NaN,
      peakRss: rssSeries.map((series) => Math.max(0, ...series)),
      rssSeries,
      xactPerPage: xact / Math.max(1, pages),
    };
  } finally {
    for (const c of crawlers) if (c.child.exitCode === null) c.child.kill('SIGKILL');
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function commits(ctx: AppContext): Promise<number> {
  const r = await sql<{
    n: string;
  }>`select xact_commit::text as n from pg_stat_database where datname = current_database()`.execute(ctx.db);
  return Number(r.rows[0]!.n);
}

// ---------------------------------------------------------------------------------------------
function printTable(rows: readonly Row[]): void {
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  const header = ['runner', 'procs', 'pages', 'media', 'hashed', 'detect', 'seconds', 'pages/s', 'media/s'];
  const headerRest = ['det p50 ms', 'p95 ms', 'max ms', 'peak RSS MiB/process'];
  console.log(`\n${[...header, ...headerRest].join('\t')}`);
  for (const r of rows)
    console.log(
      [
        r.runner,
        r.processes,
        r.pages,
        r.media,
        r.fingerprinted,
        r.detections,
        f(r.seconds, 1),
        f(r.pages / r.seconds),
        f(r.media / r.seconds),
        f(r.p50),
        f(r.p95),
        f(r.max),
        r.peakRss.map((b) => f(b / MiB)).join(','),
      ].join('\t'),
    );
}

async function main(): Promise<void> {
  const pages = Number(values.pages);
  const deadlineMs = Number(values.seconds) * 1000;
  const processCounts = values.processes.split(',').map(Number);
  console.log(`command: ${process.argv.slice(1).join(' ')}`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${process.platform}, node ${process.version})`,
  );
  const sites = 100;
  const web = await startTestWeb({
    seed: 7,
    sites,
    pagesPerSite: Math.ceil(pages / sites),
    mediaPerPage: 1,
    linksPerPage: 6,
  });
  const expected = web.manifest.expected();
  console.log(
    `test web: ${web.manifest.pages.length} pages (${expected.pages.size} reachable under robots.txt), ${web.manifest.media.length} distinct media, ${expected.media.size} media URLs referenced, ${web.manifest.known.length} known in the bank`,
  );
  const bank: Signals[] = []; // fingerprinted by the first round, reused by the others
  const profileDir = values.profile ? path.resolve(values.profile) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const rows: Row[] = [];
  try {
    if (values.frontier) {
      const plain = await runVigie(web, bank, 1, { deadlineMs });
      const filled = await runVigie(web, bank, 1, { deadlineMs, extraFrontier: Number(values.frontier) });
      rows.push(plain, { ...filled, runner: `vigie+${values.frontier} frontier` });
      for (const [label, series] of [
        ['without', plain.rssSeries[0]!],
        ['with', filled.rssSeries[0]!],
      ] as const)
        console.log(
          `crawler RSS MiB ${label} the extra frontier, every ${Math.max(1, Math.ceil(series.length / 20))} s: ${series
            .filter((_, i) => i % Math.max(1, Math.ceil(series.length / 20)) === 0)
            .map((b) => (b / MiB).toFixed(0))
            .join(' ')}`,
        );
    } else {
      for (const [i, n] of processCounts.entries()) {
        const row = await runVigie(web, bank, n, { deadlineMs, profileDir: i === 0 ? profileDir : undefined });
        rows.push(row);
        console.log(
          `vigie x${n}: ${row.pages} pages, ${row.media} media in ${row.seconds.toFixed(1)} s; ${row.xactPerPage.toFixed(1)} committed transactions per page`,
        );
      }
      if (!values['no-crawlee']) rows.push(await runCrawlee(web, Number(values['crawlee-concurrency']), deadlineMs));
    }
  } finally {
    await web.close();
  }
  printTable(rows);
  const crawlee = rows.find((r) => r.runner === 'crawlee-cheerio');
  console.log('\ngoals:');
  for (const r of rows.filter((x) => x.runner === 'vigie')) {
    const ratio = crawlee ? r.pages / r.seconds / (crawlee.pages / crawlee.seconds) : NaN;
    console.log(
      `  vigie x${r.processes}: page rate ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-'} Crawlee's (goal >= 2x); ` +
        `detection p50/p95/max ${r.p50.toFixed(0)}/${r.p95.toFixed(0)}/${r.max.toFixed(0)} ms (goal < 1000 ms); every media fingerprinted: ${r.fingerprinted} distinct`,
    );
  }
  if (values.frontier)
    console.log('  crawler RSS flat with the frontier size: compare the two series above (goal: no growth)');
  if (profileDir) printProfile(profileDir);
}

await main();
