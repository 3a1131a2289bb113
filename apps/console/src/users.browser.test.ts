import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  openSignedIn,
  watchPageErrors,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser } from 'playwright-core';

// The users and roles screen, driven by keyboard in Chromium: an administrator invites a
// supervisor (the one-time link appears), resets another user's second factor (a new link),
// disables them, and sees each change in the account history; in English, then in French.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let admin: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  admin = await createStaffSession(t.ctx, 'administrator', 'admin@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

async function statusOf(email: string): Promise<string> {
  const row = await t.ctx.db.selectFrom('staff_user').select('status').where('email', '=', email).executeTakeFirst();
  return row?.status ?? 'missing';
}

test('invite, reset a lost second factor and disable, by keyboard, with the history of each change', async () => {
  const analyst = await createStaffSession(t.ctx, 'analyst', 'lost-phone@example.org');
  const page = await openSignedIn(browser, baseUrl, admin);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  // An administrator's home links every operations screen.
  for (const name of [
    'Users and roles',
    'Organisations and API keys',
    'Public alerts',
    'Audit trail',
    'Notice templates',
    'Installation settings',
    'Hosting providers',
    'Exposure',
  ])
    await page.getByRole('link', { name }).waitFor();
  await assertAccessible(page, 'home (administrator)');
  await page.screenshot({ path: docsScreenshotPath('console-home-administrator'), fullPage: true });
  await page.getByRole('link', { name: 'Users and roles' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Users and roles', level: 1 }).waitFor();
  await page.getByRole('rowheader', { name: analyst.email }).waitFor();

  // Invite: type the address, pick the role in the listbox by arrow keys, press Enter.
  await page.getByLabel('Email address').focus();
  await page.keyboard.type('new-supervisor@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'supervisor' }).waitFor();
  await page.keyboard.type('s');
  await page.keyboard.press('Enter');
  assert.match((await page.getByRole('button', { name: /Role/ }).textContent()) ?? '', /supervisor/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const link = page.locator('.one-time-value');
  await link.waitFor();
  assert.match((await link.textContent()) ?? '', /\/console\/enrol\?token=[\w-]{20,}/);
  await page.getByRole('rowheader', { name: 'new-supervisor@example.org' }).waitFor();
  assert.equal(await statusOf('new-supervisor@example.org'), 'invited');
  const invited = await t.ctx.db
    .selectFrom('staff_user')
    .select('role')
    .where('email', '=', 'new-supervisor@example.org');
  assert.equal((await invited.executeTakeFirstOrThrow()).role, 'supervisor');
  await assertAccessible(page, 'users, after an invitation');
  await page.screenshot({ path: docsScreenshotPath('console-users-invite'), fullPage: true });

  // Reset the analyst's lost second factor: the dialog takes focus; Escape would cancel.
  await moveToControl(
    page,
    page.getByRole('row', { name: new RegExp(analyst.email) }),
    `Reset second factor of ${analyst.email}`,
  );
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: `Reset the second factor of ${analyst.email}?` });
  await dialog.waitFor();
  await assertAccessible(page, 'users, reset dialog');
  await dialog.getByLabel('Reason (optional)').focus();
  await page.keyboard.type('phone lost');
  await dialog.getByRole('button', { name: 'Reset second factor' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(`One-time enrolment link for ${analyst.email}`).waitFor();
  assert.equal(await statusOf(analyst.email), 'invited');

  // Disable them.
  await moveToControl(page, page.getByRole('row', { name: new RegExp(analyst.email) }), `Disable ${analyst.email}`);
  await page.keyboard.press('Enter');
  const disable = page.getByRole('alertdialog', { name: `Disable ${analyst.email}?` });
  await disable.getByRole('button', { name: 'Disable' }).focus();
  await page.keyboard.press('Enter');
  await disable.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: analyst.email }).getByText('Disabled', { exact: true }).waitFor();
  assert.equal(await statusOf(analyst.email), 'disabled');

  // The history names each change, who made it, and the reason given.
  const history = page.getByRole('grid', { name: 'Account changes' });
  const rows = history.getByRole('row');
  await rows.filter({ hasText: 'Account disabled' }).waitFor();
  const texts = await rows.allTextContents();
  assert.match(texts[1] ?? '', /admin@example\.org.*Account disabled.*lost-phone@example\.org/);
  assert.match(texts[2] ?? '', /admin@example\.org.*Account reset.*phone lost.*lost-phone@example\.org/);
  assert.match(texts[3] ?? '', /admin@example\.org.*Account invited.*new-supervisor@example\.org/);
  await assertAccessible(page, 'users, after the changes');
  await page.screenshot({ path: docsScreenshotPath('console-users'), fullPage: true });

  // French: the same screen, re-worded.
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Utilisateurs et rôles', level: 1 }).waitFor();
  await page.getByRole('grid', { name: 'Changements de comptes' }).getByText('Compte désactivé').waitFor();
  await assertAccessible(page, 'users (French)');
  await page.screenshot({ path: docsScreenshotPath('console-users-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('a supervisor is told the screen is not theirs, in French', async () => {
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const page = await openSignedIn(browser, baseUrl, supervisor, 'fr-CA');
  await page.goto(`${baseUrl}/console/users`);
  await page.getByRole('heading', { name: 'Non disponible pour votre rôle' }).waitFor();
  assert.equal(await page.getByRole('grid').count(), 0);
  await assertAccessible(page, 'users, refused (French)');
  await page.context().close();
});
