import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  openSignedIn,
  watchPageErrors,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser } from 'playwright-core';

// The organisations' API keys screen in Chromium, by keyboard: an administrator creates a key
// with two scopes (shown once, and it works), revokes it (refused at once), and sees both changes;
// in English, then in French.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let admin: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  admin = await createStaffSession(t.ctx, 'administrator', 'keys-admin@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const verify = (key: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { authorization: `Bearer ${key}` } });

test('create a scoped key (shown once), then revoke it, by keyboard', async () => {
  const page = await openSignedIn(browser, baseUrl, admin);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Organisations and API keys' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Organisations and API keys', level: 1 }).waitFor();

  // Nothing chosen: the form says what is missing and sends nothing.
  await page.getByRole('button', { name: 'Create key' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Enter the organisation’s name.').waitFor();
  assert.equal(await page.evaluate<string>('document.activeElement?.getAttribute("name") ?? ""'), 'organisation');
  await page.keyboard.type('Example Hosting Ltd');

  // The kind, from the listbox; two scopes, ticked with the space bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Partner hotline' }).waitFor();
  await page.keyboard.type('Partner');
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'audit:read' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'hashes:read' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Create key' }).focus();
  await page.keyboard.press('Enter');
  const shown = page.locator('.one-time-value');
  await shown.waitFor();
  const key = ((await shown.textContent()) ?? '').trim();
  assert.match(key, /^vgk_/);
  assert.equal((await verify(key)).statusCode, 200, 'the key shown works, with its scope');
  const organisation = await t.ctx.db
    .selectFrom('organisation')
    .select('kind')
    .where('name', '=', 'Example Hosting Ltd')
    .executeTakeFirstOrThrow();
  assert.equal(organisation.kind, 'hotline');
  const row = page.getByRole('row', { name: /Example Hosting Ltd/ });
  await row.getByText('audit:read, hashes:read').waitFor();
  await assertAccessible(page, 'API keys, after creating one');
  await page.screenshot({ path: docsScreenshotPath('console-api-keys-create'), fullPage: true });

  // Revoke: arrows within the table reach the row's button; the key is refused at once.
  await row.focus();
  for (let i = 0; i < 8; i++) {
    const name = await page.evaluate<string>(`document.activeElement?.getAttribute('aria-label') ?? ''`);
    if (name.startsWith('Revoke the key')) break;
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: /Revoke the key .* of Example Hosting Ltd\?/ });
  await dialog.waitFor();
  await assertAccessible(page, 'API keys, revoke dialog');
  await dialog.getByRole('button', { name: 'Revoke' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await row.getByText(/^Revoked /).waitFor();
  assert.equal((await verify(key)).statusCode, 401, 'a revoked key is refused');
  const history = page.getByRole('grid', { name: 'Key changes' }).getByRole('row');
  await history.filter({ hasText: 'API key revoked' }).waitFor();
  const texts = await history.allTextContents();
  assert.match(texts[1] ?? '', /keys-admin@example\.org.*API key revoked.*Example Hosting Ltd/);
  assert.match(texts[2] ?? '', /keys-admin@example\.org.*API key created.*Example Hosting Ltd/);
  assert.equal(await page.locator('.one-time-value').count(), 1, 'the key stays on screen only until the page is left');
  await assertAccessible(page, 'API keys, after revoking');
  await page.screenshot({ path: docsScreenshotPath('console-api-keys'), fullPage: true });

  // French.
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Organisations et clés d’API', level: 1 }).waitFor();
  await page.getByRole('grid', { name: 'Changements de clés' }).getByText('Clé d’API révoquée').first().waitFor();
  await page
    .getByRole('row', { name: /Example Hosting Ltd/ })
    .getByText(/^Révoquée /)
    .waitFor();
  await assertAccessible(page, 'API keys (French)');
  await page.screenshot({ path: docsScreenshotPath('console-api-keys-fr'), fullPage: true });

  // The key is never shown again: not after a reload, not in the list.
  await page.reload();
  await page.getByRole('heading', { name: 'Organisations et clés d’API', level: 1 }).waitFor();
  assert.equal(await page.locator('.one-time-value').count(), 0);
  assert.ok(!(await page.content()).includes(key));
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
