// Console benchmark: the triage queue's first render with 100,000 open reports. A throwaway
// embedded PostgreSQL gets the reports straight in SQL (the trigger opens a case for each), the
// built console is served by the API, and Chromium (Debian's) opens /console/cases signed in as
// an analyst: the time from navigation to the first case row on screen, cold (a new browser
// context) and warm (the same context, reloaded), beside the API's own time for the page it
// asks for (GET /api/v1/cases) and the state counts (GET /api/v1/cases/counts).
// npm run bench -- console [--reports 100000] [--repeat 5]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildHttpApp, createContext, createLogger, parseConfig } from '@vigie/core';
import { createStaffSession, ensureConsoleBuilt, launchBrowser, openSignedIn } from '@vigie/testkit';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '100000' }, repeat: { type: 'string', default: '5' } },
});
const reports = Number(values.reports);
const repeat = Number(values.repeat);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-console-'));
const config = parseConfig({
  VIGIE_DATA_DIR: dataDir,
  VIGIE_LOG_LEVEL: 'warn',
  VIGIE_CONSOLE_DIR: ensureConsoleBuilt(),
});
const ctx = await createContext(config, { logger: createLogger({ level: 'warn' }) });
const app = await buildHttpApp(ctx);
try {
  const seeded = performance.now();
  await sql`
    insert into report (id, report_number, follow_up_code_hash, type, source, language, description, anonymous,
      incident, suspect, victim, happening_now, has_person_info, priority, received_at)
    select gen_random_uuid(), 'bench-' || g, 'bench-' || g,
      (array['child_sexual_abuse_material', 'luring', 'sex_tourism', 'non_consensual_intimate_images', 'other'])[1 + g % 5],
      (array['tipline', 'api', 'partner', 'phone', 'email'])[1 + g % 5], 'en', 'Generated for the benchmark.', true,
      '{}', '{}', '{}', g % 97 = 0, g % 5 = 0,
      (case when g % 97 = 0 then 400 else 0 end) + (case when g % 5 = 0 then 100 else 0 end) + 4,
      timestamptz '2026-01-01' + g * interval '1 minute'
    from generate_series(1, ${reports}::int) g`.execute(ctx.db);
  await sql`insert into triage_entry (report_id, priority, received_at)
    select id, priority, received_at from report where report_number like 'bench-%'`.execute(ctx.db);
  await sql`analyze`.execute(ctx.db);
  const counts = await ctx.casework.counts();
  console.log(
    `seeded ${reports} reports (${counts.open} open cases) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const analyst = await createStaffSession(ctx, 'analyst', 'bench-console@example.org');
  const api = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const started = performance.now();
      const response = await app.inject({ url, headers: analyst.headers });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const listMs = await api('/api/v1/cases?limit=50');
  const countsMs = await api('/api/v1/cases/counts');

  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  try {
    const firstRow = async (page: Awaited<ReturnType<typeof openSignedIn>>, open: () => Promise<unknown>) => {
      const started = performance.now();
      await open();
      await page.locator('a.case-link').first().waitFor({ state: 'visible' });
      return performance.now() - started;
    };
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const page = await openSignedIn(browser, baseUrl, analyst);
      cold.push(await firstRow(page, () => page.goto(`${baseUrl}/console/cases`)));
      warm.push(await firstRow(page, () => page.reload()));
      await page.context().close();
    }
    console.log(`\nqueue with ${counts.open} open cases (median of ${repeat})`);
    console.log(`  first row on screen, new browser context   ${median(cold).toFixed(0)} ms`);
    console.log(`  first row on screen, reload                ${median(warm).toFixed(0)} ms`);
    console.log(`  GET /api/v1/cases?limit=50 (in process)    ${listMs.toFixed(1)} ms`);
    console.log(`  GET /api/v1/cases/counts (in process)      ${countsMs.toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
  await ctx.close();
  rmSync(dataDir, { recursive: true, force: true });
}
