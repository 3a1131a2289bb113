import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  openScreenFromHome,
  openSignedIn,
  pollUntil,
  watchPageErrors,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import { seedExposure, seedYear } from '../../../packages/core/src/statistics/statistics.test-helpers.ts';

// The statistics screen in Chromium, by keyboard, on the known year of statistics.test-helpers.ts
// (five reports in January to March 2026, two forwarded, removals 10 h and 30 h after their
// notices) and two days of review exposure: a supervisor opens it from home, picks 2026, reads a
// chart's figures in its table view, breaks the reports down by type, downloads a CSV, switches to
// French (charts and tables re-worded in place); axe finds nothing in either language with the
// charts shown. An analyst is told the screen is not for their role.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let supervisor: StaffSession;
let analyst: StaffSession;

const staffId = async (email: string) =>
  (await t.ctx.db.selectFrom('staff_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'statistics-supervisor@example.org');
  analyst = await createStaffSession(t.ctx, 'analyst', 'statistics-analyst@example.org');
  await seedYear(t.ctx.db, await staffId(supervisor.email));
  const reviewer = await staffId(analyst.email);
  await seedExposure(t.ctx.db, [
    { userId: reviewer, day: '2026-01-05', reviewMs: 7_200_000, revealMs: 1_800_000, reveals: 4, breaks: 1, stops: 0 },
    { userId: reviewer, day: '2026-02-10', reviewMs: 3_600_000, revealMs: 0, reveals: 1, breaks: 2, stops: 1 },
  ]);
  await t.ctx.statistics.rollUp();
});
after(async () => {
  await browser?.close();
  await t?.close();
});

/** Opens a react-aria select by keyboard and picks the option whose name starts with `typed`. */
async function pick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** The figure's table view, reached by keyboard from its Chart tab. */
async function showTable(page: Page, figure: Locator): Promise<Locator> {
  await figure.getByRole('tab').first().focus();
  await page.keyboard.press('ArrowRight');
  const table = figure.getByRole('table');
  await table.waitFor();
  return table;
}

const cells = async (table: Locator, month: string) =>
  (
    await table
      .getByRole('row', { name: new RegExp(`^${month}`) })
      .getByRole('cell')
      .allTextContents()
  ).map((c) => c.replace(/\s/g, ' '));

test('a supervisor reads the year 2026 as charts and tables, downloads a CSV, and in French', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Statistics');
  await pick(page, page.getByRole('button', { name: /Period/ }), '2026', '2026');
  await page.getByRole('button', { name: 'Show the figures' }).focus();
  await page.keyboard.press('Enter');

  const reports = page.getByRole('region', { name: 'Reports received' });
  const share = page.getByRole('region', { name: 'Share of reports forwarded' });
  const removal = page.getByRole('region', { name: 'Time to removal' });
  const time = page.getByRole('region', { name: 'Team time in review' });
  await reports.getByRole('img', { name: 'Reports received' }).waitFor();
  await share.getByRole('img', { name: 'Share of reports forwarded' }).waitFor();
  assert.ok((await share.locator('svg text').allTextContents()).includes('Share forwarded'), 'the legend');
  await assertAccessible(page, 'statistics, charts shown');
  await page.screenshot({ path: docsScreenshotPath('statistics.en'), fullPage: true });

  const reportsTable = await showTable(page, reports);
  await reportsTable.getByRole('columnheader', { name: 'Addresses given' }).waitFor();
  assert.equal(await reportsTable.getByRole('row').count(), 13, 'a header and twelve months');
  assert.deepEqual(await cells(reportsTable, 'Jan 2026'), ['2', '2']);
  assert.deepEqual(await cells(reportsTable, 'Feb 2026'), ['2', '2']);
  assert.deepEqual(await cells(reportsTable, 'Mar 2026'), ['1', '0']);
  assert.deepEqual(await cells(reportsTable, 'Apr 2026'), ['0', '0']);
  assert.deepEqual(await cells(await showTable(page, share), 'Jan 2026'), ['50%']);
  assert.deepEqual(await cells(share.getByRole('table'), 'Mar 2026'), ['0%']);
  const removalTable = await showTable(page, removal);
  assert.deepEqual(await cells(removalTable, 'Jan 2026'), ['20 hrs', '28 hrs', '29.8 hrs']);
  assert.deepEqual(await cells(removalTable, 'Feb 2026'), ['none', 'none', 'none']);
  assert.deepEqual(await cells(await showTable(page, time), 'Jan 2026'), ['2 hrs', '0.5 hrs']);

  // The CSV the API serves for the figure as shown, downloaded with the session.
  const download = page.waitForEvent('download');
  await reports.getByRole('button', { name: 'Download CSV: Reports received' }).focus();
  await page.keyboard.press('Enter');
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  assert.match(
    csv,
    /^period,type,source,region,reports,urls\r\n2026-01-01,,,,2,2\r\n2026-02-01,,,,2,2\r\n2026-03-01,,,,1,0\r\n/,
  );
  assert.equal(csv.trim().split('\r\n').length, 13);

  await pick(page, reports.getByRole('button', { name: /Break down by/ }), 'Type', 'Type');
  await reportsTable.getByRole('columnheader', { name: 'Luring' }).waitFor();
  const byType = await reportsTable.getByRole('columnheader').allTextContents();
  assert.deepEqual(byType, [
    'Month',
    'Child sexual abuse material',
    'Intimate images shared without consent',
    'Luring',
  ]);
  assert.deepEqual(await cells(reportsTable, 'Jan 2026'), ['1', '0', '1']);
  assert.deepEqual(await cells(reportsTable, 'Mar 2026'), ['0', '1', '0']);

  // French: the same screen re-worded in place, tables kept open, months and numbers in French.
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Statistiques', level: 1 }).waitFor();
  const signalements = page.getByRole('region', { name: 'Signalements reçus' });
  await signalements.getByRole('columnheader', { name: 'Leurre' }).waitFor();
  assert.deepEqual(await cells(signalements.getByRole('table'), 'janv. 2026'), ['1', '0', '1']);
  const retrait = page.getByRole('region', { name: 'Délai de retrait' });
  assert.deepEqual(await cells(retrait.getByRole('table'), 'janv. 2026'), ['20 h', '28 h', '29,8 h']);
  const part = page.getByRole('region', { name: 'Part des signalements transférés' });
  assert.deepEqual(await cells(part.getByRole('table'), 'janv. 2026'), ['50 %']);
  await part.getByRole('tab', { name: 'Graphique' }).focus();
  await page.keyboard.press('Enter');
  await part.getByRole('img', { name: 'Part des signalements transférés' }).waitFor();
  assert.ok((await part.locator('svg text').allTextContents()).includes('Part transférée'), 'the legend in French');
  await assertAccessible(page, 'statistiques, en français');
  await page.screenshot({ path: docsScreenshotPath('statistics.fr'), fullPage: true });
  assert.deepEqual(errors, [], 'no script error and nothing the CSP refused');
  await page.context().close();
});

test('an analyst has no statistics link and is told the screen is not for their role; an administrator has it', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const errors = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Statistics' }).count(), 0);
  await page.goto(`${baseUrl}/console/statistics`);
  await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Reports received' }).count(), 0);
  const refused = await t.app.inject({ url: '/api/v1/statistics/reports', headers: { cookie: analyst.cookie } });
  assert.equal(refused.statusCode, 403, 'the server refuses the analyst too');
  assert.deepEqual(errors, []);
  await page.context().close();
  // Administrators may do whatever some staff role may (the server's rule): the link is theirs too.
  const administrator = await createStaffSession(t.ctx, 'administrator', 'statistics-administrator@example.org');
  const opened = await openScreenFromHome(browser, baseUrl, administrator, 'Statistics');
  await opened.page.getByRole('heading', { name: 'Reports received', level: 2 }).waitFor();
  assert.deepEqual(opened.errors, []);
  await opened.page.context().close();
});

test('a year with nothing in it says so; a filter the server refuses is said in the error summary', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Statistics');
  await pick(page, page.getByRole('button', { name: /Period/ }), '2025', '2025');
  await page.getByRole('button', { name: 'Show the figures' }).focus();
  await page.keyboard.press('Enter');
  const reports = page.getByRole('region', { name: 'Reports received' });
  await reports.getByText('Nothing to show for this period.').waitFor();
  // The figures are read one request each: wait for them all, then count (a count taken at once raced them).
  const empty = page.getByText('Nothing to show for this period.');
  await pollUntil(async () => (await page.getByText('Loading').count()) === 0, 'every figure read');
  assert.equal(await empty.count(), 11, 'every figure is empty');
  assert.equal(await reports.getByRole('button', { name: 'Download CSV: Reports received' }).count(), 1);

  // A region longer than the API takes (32 characters): the reports are refused, the rest shown.
  await page.getByRole('textbox', { name: 'Region' }).focus();
  await page.keyboard.type('R'.repeat(40));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByText('Some of what was entered was refused.', { exact: false }).waitFor();
  await reports.getByText('This figure could not be read (see the message above).').waitFor();
  await page.getByRole('region', { name: 'Media assessed' }).getByText('Nothing to show for this period.').waitFor();
  await assertAccessible(page, 'statistics, a refused filter');
  assert.deepEqual(errors, []);
  await page.context().close();
});
