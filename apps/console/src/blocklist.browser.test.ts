import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import {
  openScreenFromHome,
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser, Locator, Page } from 'playwright-core';

// The blocklist screen in Chromium, by keyboard: analyst A nominates an address through the API;
// analyst B approves it in the console and is refused a second approval (two different analysts),
// analyst C approves it and it is listed, then published in a new signed version that a provider
// fetches. A supervisor sees the version, its signed files and the fetch per provider, upholds a
// site owner's appeal (the entry leaves the list) and withdraws another entry with a reason.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let nominator: StaffSession;
let approverB: StaffSession;
let approverC: StaffSession;
let supervisor: StaffSession;
const address = 'gallery.example.org/album/7?page=2';
const domain = 'mirror.example.org';

before(async () => {
  const dist = ensureConsoleBuilt();
  // Criteria that hold at once (the criteria themselves are tested in packages/core/src/blocklist).
  t = await createTestApp({
    VIGIE_CONSOLE_DIR: dist,
    VIGIE_BLOCKLIST_REQUIRE_CONFIRMED: 'false',
    VIGIE_BLOCKLIST_AGE_BANDS: 'any',
    VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0',
  });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  nominator = await createStaffSession(t.ctx, 'analyst', 'analyst-a@example.org');
  approverB = await createStaffSession(t.ctx, 'analyst', 'analyst-b@example.org');
  approverC = await createStaffSession(t.ctx, 'analyst', 'analyst-c@example.org');
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'blocklist-supervisor@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const openBlocklist = (staff: StaffSession) => openScreenFromHome(browser, baseUrl, staff, 'Blocklist');
const entryRow = (page: Page, entry: string) =>
  page.getByRole('grid', { name: 'Entries' }).getByRole('row', { name: entry });

async function approveInConsole(page: Page, entry: string): Promise<Locator> {
  await moveToControl(page, entryRow(page, entry), `Approve ${entry}`);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Approve this entry?' });
  await dialog.getByText('Still online: met').waitFor();
  await dialog.getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  return dialog;
}

/** Opens a react-aria select by keyboard and picks the option whose name starts with `typed`. */
async function pick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

test('nominated by A, approved by B (refused twice) then C, published, appealed, withdrawn', async () => {
  const nominated = await t.app.inject({
    method: 'POST',
    url: '/api/v1/blocklist/entries',
    headers: nominator.headers,
    payload: { urls: [`https://${address}`], domains: [domain] },
  });
  assert.equal(nominated.statusCode, 201, nominated.body);
  const [urlEntry, domainEntry] = nominated.json().entries as Array<{ id: string; entry: string }>;
  assert.equal(urlEntry?.entry, address);

  const b = await openBlocklist(approverB);
  await entryRow(b.page, address).getByText('Nominated', { exact: true }).waitFor();
  const first = await approveInConsole(b.page, address);
  await first.waitFor({ state: 'detached' });
  await entryRow(b.page, address).getByText('Awaiting second approval').waitFor();
  await entryRow(b.page, address).getByText('1 of 2').waitFor();
  // The same analyst again: the server refuses, and the dialog says why.
  const again = await approveInConsole(b.page, address);
  await again
    .getByText('You approved this entry already: the second approval must come from another analyst.')
    .waitFor();
  await assertAccessible(b.page, 'blocklist, a second approval by the same analyst refused');
  await b.page.keyboard.press('Escape');
  await again.waitFor({ state: 'detached' });
  assert.equal((await t.ctx.blocklist.list({ limit: 10, state: 'listed' })).length, 0, 'nothing listed yet');
  assert.deepEqual(b.errors, []);
  await b.page.context().close();

  const c = await openBlocklist(approverC);
  await (await approveInConsole(c.page, address)).waitFor({ state: 'detached' });
  await entryRow(c.page, address).getByText('Listed', { exact: true }).waitFor();
  await c.page.getByRole('heading', { name: 'Published versions' }).waitFor({ state: 'detached', timeout: 1000 });
  assert.deepEqual(c.errors, []);
  await c.page.context().close();

  // The domain is approved through the API; the publishing job makes version 1; a provider fetches it.
  for (const who of [approverB, approverC])
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/blocklist/entries/${domainEntry?.id}/approve`,
      headers: who.headers,
      payload: {},
    });
  await t.drain();
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Example ISP', kind: 'internet_provider', scopes: ['blocklist:read'] },
    cliActor,
  );
  const fetched = await t.app.inject({
    url: '/api/v1/blocklist/feed/1.txt',
    headers: { authorization: `Bearer ${key}` },
  });
  assert.match(fetched.body, /gallery\.example\.org\/album\/7\?page=2/);
  await t.ctx.blocklistAppeals.submit({
    address: `https://${address}`,
    contact: 'owner@example.org',
    reason: 'The album was deleted last week.',
    language: 'en',
  });

  const s = await openBlocklist(supervisor);
  const page = s.page;
  const versions = page.getByRole('grid', { name: 'Published versions' });
  const one = versions.getByRole('row', { name: 'Version 1' });
  await one.getByText('2 (1 address, 1 domain)').waitFor();
  await one.getByText('+2 −0').waitFor();
  const signature = await one.getByRole('link', { name: 'Signature of 1.txt' }).getAttribute('href');
  const signed = await t.app.inject({ url: signature ?? '', headers: { cookie: supervisor.cookie } });
  assert.equal(signed.statusCode, 200);
  assert.match(signed.body, /trusted comment: .*file:1\.txt/);
  const fetches = page.getByRole('grid', { name: 'Fetches by provider' });
  const isp = fetches.getByRole('row', { name: 'Example ISP' });
  assert.match(await isp.innerText(), /Example ISP\s+1\s+1\b/);
  assert.doesNotMatch(await fetches.innerText(), /127\.0\.0\.1|Bearer|vgk_/, 'providers only, never their users');

  // The site owner's appeal, upheld with a reason: the entry leaves the list.
  const appeal = page.getByRole('grid', { name: 'Appeals' }).getByRole('row', { name: `https://${address}` });
  await moveToControl(page, appeal, `Decide the appeal about https://${address}`);
  await page.keyboard.press('Enter');
  const decide = page.getByRole('alertdialog', { name: 'Decide this appeal' });
  await pick(page, decide.getByRole('button', { name: /Decision/ }), 'Uphold', 'Uphold: take the entry off the list');
  await decide.getByLabel('Reason').focus();
  await page.keyboard.type('Owner shows the album is gone; re-check agrees.');
  await assertAccessible(page, 'blocklist, deciding an appeal');
  await decide.getByRole('button', { name: 'Record the decision' }).focus();
  await page.keyboard.press('Enter');
  await decide.waitFor({ state: 'detached' });
  await appeal.getByText('Upheld', { exact: true }).waitFor();
  await entryRow(page, address).getByText('Removed (appeal upheld)').waitFor();

  // A supervisor withdraws the listed domain: a reason is required.
  await moveToControl(page, entryRow(page, domain), `Withdraw ${domain}`);
  await page.keyboard.press('Enter');
  const withdraw = page.getByRole('alertdialog', { name: 'Withdraw this entry from the list?' });
  await withdraw.getByRole('button', { name: 'Withdraw' }).focus();
  await page.keyboard.press('Enter');
  await withdraw.getByText('Give a reason.').waitFor();
  await withdraw.getByLabel('Reason').focus();
  await page.keyboard.type('Mirror taken down by its registrar.');
  await withdraw.getByRole('button', { name: 'Withdraw' }).focus();
  await page.keyboard.press('Enter');
  await withdraw.waitFor({ state: 'detached' });
  await entryRow(page, domain).getByText('Removed (withdrawn)').waitFor();
  const reason = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'blocklist.delisted')
    .where('subject_id', '=', domainEntry?.id ?? '')
    .executeTakeFirstOrThrow();
  assert.equal((reason.details as { note?: string }).note, 'Mirror taken down by its registrar.');

  // Both leave the list in version 2.
  await t.drain();
  await page.reload();
  await page
    .getByRole('grid', { name: 'Published versions' })
    .getByRole('row', { name: 'Version 2' })
    .getByText('+0 −2')
    .waitFor();
  await pick(page, page.getByRole('button', { name: /Show/ }), 'Removed', 'Removed or rejected');
  await entryRow(page, domain).waitFor();
  await pick(page, page.getByRole('button', { name: /Show/ }), 'Listed', 'Listed');
  await page.getByText('No entries to show.').waitFor();
  await pick(page, page.getByRole('button', { name: /Show/ }), 'All', 'All entries');
  await entryRow(page, address).waitFor();
  await assertAccessible(page, 'blocklist');
  await page.screenshot({ path: docsScreenshotPath('console-blocklist'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Liste de blocage', level: 1 }).waitFor();
  await page
    .getByRole('grid', { name: 'Entrées' })
    .getByRole('row', { name: domain })
    .getByText('Retirée (retrait)')
    .waitFor();
  await page.getByRole('grid', { name: 'Contestations' }).getByText('Accueillie', { exact: true }).waitFor();
  await assertAccessible(page, 'blocklist (French)');
  await page.screenshot({ path: docsScreenshotPath('console-blocklist-fr'), fullPage: true });
  assert.deepEqual(s.errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
