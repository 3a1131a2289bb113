import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp, ensureConsoleBuilt, launchBrowser, screenshotPath, totpNow } from '@vigie/testkit';
import type { Browser } from 'playwright-core';

// The real console, built by Vite and served by the real server, driven in Chromium: a new
// analyst enrols from the one-time link, signs out, and signs in again with the second factor.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await t?.close();
});

test('enrolment, sign-out and sign-in with a second factor, in the browser', async () => {
  const created = await t.ctx.access.createUser({ email: 'analyst@example.org', role: 'analyst' }, cliActor);
  const token = new URL(created.enrolmentUrl).searchParams.get('token') as string;
  const page = await browser.newPage();
  const blocked: string[] = [];
  // 401 answers while signed out are expected; script errors and CSP refusals are not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      blocked.push(message.text());
  });
  page.on('pageerror', (error) => blocked.push(error.message));

  await page.goto(`${baseUrl}/console/enrol?token=${token}`);
  await page.getByText('analyst@example.org').waitFor();
  const secret = ((await page.locator('.secret-value').textContent()) ?? '').replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await page.getByLabel('New password').fill('a long and unrelated passphrase');
  await page.getByLabel('Confirm the password').fill('a long and unrelated passphrase');
  await page.getByLabel('6-digit code').fill(totpNow(secret));
  await page.screenshot({ path: screenshotPath('console-enrol'), fullPage: true });
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await page.getByText('Signed in as analyst@example.org (analyst)').waitFor();
  await page.screenshot({ path: screenshotPath('console-home'), fullPage: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email address').waitFor();
  await page.getByLabel('Email address').fill('analyst@example.org');
  await page.getByLabel('Password').fill('wrong password entirely');
  await page.getByRole('button', { name: /Continue|Sign in/ }).click();
  await page.getByText('The email address or password is not right.').first().waitFor();
  await page.screenshot({ path: screenshotPath('console-login-error'), fullPage: true });

  await page.getByLabel('Password').fill('a long and unrelated passphrase');
  await page.getByRole('button', { name: /Continue|Sign in/ }).click();
  // The enrolment code is spent; the code of the next period is accepted.
  await page.getByLabel('6-digit code').fill(totpNow(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as analyst@example.org (analyst)').waitFor();
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.close();
});
