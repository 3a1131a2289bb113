import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import {
  createTestApp,
  ensureConsoleBuilt,
  findAccessibilityViolations,
  launchBrowser,
  screenshotPath,
  totpNow,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';

// The real console, built by Vite and served by the real server, driven in Chromium: a new
// analyst enrols from the one-time link, signs out, and signs in again with the second factor,
// by keyboard alone, in both languages; axe checks every screen.

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

function watchErrors(page: Page): string[] {
  const blocked: string[] = [];
  // 401 answers while signed out are expected; script errors and CSP refusals are not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      blocked.push(message.text());
  });
  page.on('pageerror', (error) => blocked.push(error.message));
  return blocked;
}

async function assertAccessible(page: Page, screen: string): Promise<void> {
  assert.deepEqual(await findAccessibilityViolations(page), [], `axe on ${screen}`);
}

async function tabTo(page: Page, accessibleName: RegExp, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // Evaluated in the page (a string: this file is type-checked without the DOM's types).
    const name = await page.evaluate<string>(`(() => {
      const el = document.activeElement;
      if (el === null) return '';
      const label = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : null;
      return label ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    })()`);
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

test('enrolment, sign-out and sign-in with a second factor, in the browser', async () => {
  const created = await t.ctx.access.createUser({ email: 'analyst@example.org', role: 'analyst' }, cliActor);
  const token = new URL(created.enrolmentUrl).searchParams.get('token') as string;
  const page = await browser.newPage({ locale: 'en-CA' });
  const blocked = watchErrors(page);

  await page.goto(`${baseUrl}/console/enrol?token=${token}`);
  await page.getByText('analyst@example.org').waitFor();
  const secret = ((await page.locator('.secret-value').textContent()) ?? '').replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await page.getByLabel('New password').fill('a long and unrelated passphrase');
  await page.getByLabel('Confirm the password').fill('a long and unrelated passphrase');
  await page.getByLabel('6-digit code').fill(totpNow(secret));
  await assertAccessible(page, 'enrol');
  await page.screenshot({ path: screenshotPath('console-enrol'), fullPage: true });
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await page.getByText('Signed in as analyst@example.org (analyst)').waitFor();
  await assertAccessible(page, 'home');
  await page.screenshot({ path: screenshotPath('console-home'), fullPage: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email address').waitFor();
  await page.getByLabel('Email address').fill('analyst@example.org');
  await page.getByLabel('Password').fill('wrong password entirely');
  await page.getByRole('button', { name: /Continue|Sign in/ }).click();
  await page.getByText('The email address or password is not right.').first().waitFor();
  await assertAccessible(page, 'login with an error');
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

test('the language switch re-words the screen and keeps what was typed; sign-in by keyboard alone', async () => {
  const created = await t.ctx.access.createUser({ email: 'verifier@example.org', role: 'verifier' }, cliActor);
  const token = new URL(created.enrolmentUrl).searchParams.get('token') as string;
  const enrol = await browser.newPage();
  await enrol.goto(`${baseUrl}/console/enrol?token=${token}`);
  const secret = ((await enrol.locator('.secret-value').textContent()) ?? '').replace(/\s+/g, '');
  await enrol.getByLabel('New password').fill('another long unrelated passphrase');
  await enrol.getByLabel('Confirm the password').fill('another long unrelated passphrase');
  await enrol.getByLabel('6-digit code').fill(totpNow(secret));
  await enrol.getByRole('button', { name: 'Finish setup' }).click();
  await enrol.getByText(/Signed in as verifier/).waitFor();
  await enrol.close();

  const page = await browser.newPage({ locale: 'en-CA' });
  const blocked = watchErrors(page);
  await page.goto(`${baseUrl}/console/login`);
  await page.getByLabel('Email address').waitFor();
  await tabTo(page, /Email address/);
  await page.keyboard.type('verifier@example.org');
  await tabTo(page, /^Password$/);
  await page.keyboard.type('a wrong password');
  await page.keyboard.press('Enter');
  await page.getByText('The email address or password is not right.').first().waitFor();

  // Switch to French by keyboard: the screen is re-worded, the email stays, the error too.
  // The switch is one tab stop (a toggle group): Tab reaches the current language, arrows move.
  await tabTo(page, /^English$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  assert.equal(await page.getByLabel('Adresse courriel').inputValue(), 'verifier@example.org');
  await page.getByText('L’adresse courriel ou le mot de passe n’est pas correct.').first().waitFor();
  assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'fr');
  await assertAccessible(page, 'login (French)');
  await page.screenshot({ path: screenshotPath('console-login-fr'), fullPage: true });

  await page.getByLabel('Mot de passe').focus();
  await page.keyboard.type('another long unrelated passphrase');
  await page.keyboard.press('Enter');
  await page.getByLabel('Code à 6 chiffres').waitFor();
  await page.keyboard.type(totpNow(secret, Date.now() + 30_000));
  await page.keyboard.press('Enter');
  await page.getByText('Connecté en tant que verifier@example.org (vérificateur)').waitFor();
  await assertAccessible(page, 'home (French)');
  await page.screenshot({ path: screenshotPath('console-home-fr'), fullPage: true });

  // The choice is kept across reloads.
  await page.reload();
  await page.getByRole('heading', { name: 'Accueil' }).waitFor();
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.close();
});
