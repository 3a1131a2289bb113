// Rapid-assessment benchmark: an analyst classifies a queue of generated media (checkerboards,
// never real material) by keyboard alone in Chromium, grid after grid, as the console offers
// them: the key presses per media and the time per media (from the first grid on screen to the
// last verdict committed), beside the server's time per verdict as the browser saw it.
// npm run bench -- review [--media 120]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHttpApp, createContext, createLogger, parseConfig } from '@vigie/core';
import { createStaffSession, ensureConsoleBuilt, launchBrowser, openSignedIn } from '@vigie/testkit';
import { checkerboard, plantMedia } from '../packages/core/src/review/review.test-helpers.ts';

const { values } = parseArgs({ options: { media: { type: 'string', default: '120' } } });
const total = Number(values.media);
// The verdicts an analyst gives most, in turn: A1, A2, B1, B2, not abuse material.
const verdictKeys = ['1', '2', '3', '4', 'n'];

const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-review-'));
const config = parseConfig({
  VIGIE_DATA_DIR: dataDir,
  VIGIE_LOG_LEVEL: 'warn',
  VIGIE_CONSOLE_DIR: ensureConsoleBuilt(),
});
const ctx = await createContext(config, { logger: createLogger({ level: 'warn' }) });
const app = await buildHttpApp(ctx);
try {
  for (let i = 0; i < total; i++)
    await plantMedia(ctx, await checkerboard(1 + (i % 200), 256 + Math.floor(i / 200)), {
      pageUrl: `http://queue.example.test/page/${i % 7}`,
      priority: 1000 - i,
    });
  const analyst = await createStaffSession(ctx, 'analyst', 'bench-review@example.org');
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await openSignedIn(browser, baseUrl, analyst);
    const verdictMs: number[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().endsWith('/api/v1/review/verdicts')) return;
      const timing = request.timing();
      verdictMs.push(timing.responseEnd - timing.requestStart);
    });
    const status = page.locator('p[role=status].hint');
    const progress = async () => {
      const match = /(\d+) of (\d+) decided/.exec((await status.textContent()) ?? '');
      return match ? { seq: Number(match[1]), count: Number(match[2]) } : undefined;
    };
    const until = async (check: () => Promise<boolean>) => {
      for (let waited = 0; waited < 30_000; waited += 10) {
        if (await check()) return;
        await page.waitForTimeout(10);
      }
      throw new Error(`the grid did not move on: ${await status.textContent()}`);
    };
    await page.goto(`${baseUrl}/console/review`);
    await page.locator('[data-entry]').first().waitFor();
    const started = performance.now();
    let decided = 0;
    let presses = 0;
    let grids = 0;
    while (decided < total) {
      const before = await progress();
      if (!before || before.count === 0) break;
      grids++;
      await page.locator('[data-entry]').first().focus();
      for (let seq = before.seq; seq < before.count; seq++) {
        await page.keyboard.press(verdictKeys[decided % verdictKeys.length]!);
        presses++;
        decided++;
        await until(async () => (await progress())?.seq === seq + 1);
      }
      if (decided >= total) break;
      // The next grid's button takes the focus once a grid is done: Enter.
      await page.keyboard.press('Enter');
      presses++;
      await until(async () => (await progress())?.seq === 0);
      await page.locator('[data-entry]').first().waitFor();
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...verdictMs].sort((a, b) => a - b);
    console.log(`${decided} media classified by keyboard in ${grids} grids, ${seconds.toFixed(1)} s`);
    console.log(`  key presses per media        ${(presses / decided).toFixed(2)} (one verdict key; Enter per grid)`);
    console.log(
      `  time per media               ${((seconds * 1000) / decided).toFixed(0)} ms (the analyst's thinking not included)`,
    );
    console.log(
      `  verdict round trip p50/p95   ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} / ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
  await ctx.close();
  rmSync(dataDir, { recursive: true, force: true });
}
