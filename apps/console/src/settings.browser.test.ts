import assert from 'node:assert/strict';
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
  pressOn,
  type StaffSession,
  typeInto,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';

// The installation settings screen in Chromium, by keyboard: an administrator names the tipline
// per language, has a phone number refused (the reason at its field), sets a valid one and new
// regions, sees them on the public tipline the same server renders, then resets the phone to the
// environment's value. A supervisor reads only; an analyst is told the screen is not for them.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let admin: StaffSession;
let supervisor: StaffSession;
let analyst: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist, VIGIE_TIPLINE_PHONE: '1-866-555-0100' });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  admin = await createStaffSession(t.ctx, 'administrator', 'settings-admin@example.org');
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'settings-supervisor@example.org');
  analyst = await createStaffSession(t.ctx, 'analyst', 'settings-analyst@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const current = async () => (await t.app.inject({ url: '/api/v1/settings/tipline', headers: admin.headers })).json();

async function tipline(page: Page, path: string): Promise<string> {
  const site = await page.context().newPage();
  await site.goto(`${baseUrl}${path}`);
  const text = await site.locator('body').innerText();
  await site.close();
  return text;
}

test('a setting changed shows on the tipline; a refusal at its field; a reset to the default', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, admin, 'Installation settings');
  const phone = page.getByRole('region', { name: /^Phone line/ });
  await phone.getByText('the environment’s default', { exact: true }).waitFor();
  assert.match(await phone.innerText(), /Now\s+1-866-555-0100\s+Default\s+1-866-555-0100/);

  // The name, per language.
  const name = page.getByRole('form', { name: 'Change Organisation name' });
  await pressOn(page, name.getByRole('checkbox', { name: 'A different text per language' }), 'Space');
  await typeInto(page, name.getByLabel('In English'), 'Example Hotline');
  await typeInto(page, name.getByLabel('In French'), 'Ligne Exemple');
  await pressOn(page, name.getByRole('button', { name: 'Save' }));
  const nameItem = page.getByRole('region', { name: /^Organisation name/ });
  await nameItem.getByText('Saved: the tipline shows it within seconds.').waitFor();
  await nameItem.getByText('en: Example Hotline · fr: Ligne Exemple').waitFor();

  // A phone number the server refuses: its reason at the field, nothing changed.
  const phoneForm = page.getByRole('form', { name: 'Change Phone line' });
  const phoneField = phoneForm.getByRole('textbox', { name: 'New Phone line' });
  await typeInto(page, phoneField, 'call us');
  await pressOn(page, phoneForm.getByRole('button', { name: 'Save' }));
  await phoneForm.getByText('Refused by the server: a phone number (digits, spaces and + - . ( )).').waitFor();
  assert.equal(await phoneField.getAttribute('aria-invalid'), 'true');
  assert.equal((await current()).settings.phone, '1-866-555-0100');
  await assertAccessible(page, 'settings, a refused value');

  await typeInto(page, phoneField, '+32 2 555 01 00');
  await pressOn(page, phoneForm.getByRole('button', { name: 'Save' }));
  await phone.getByText('changed here').waitFor();
  assert.match(await phone.innerText(), /Now\s+\+32 2 555 01 00\s+Default\s+1-866-555-0100/);
  assert.equal(await phoneField.getAttribute('aria-invalid'), null);

  // Regions, a line each.
  const regionsForm = page.getByRole('form', { name: 'Change Regions' });
  await typeInto(page, regionsForm.getByLabel('New Regions'), 'BRU | en: Brussels | fr: Bruxelles\nWAL | Wallonie');
  await pressOn(page, regionsForm.getByRole('button', { name: 'Save' }));
  await page
    .getByRole('region', { name: /^Regions/ })
    .getByText('2 regions: BRU (en: Brussels · fr: Bruxelles), WAL (Wallonie)')
    .waitFor();
  const saved = await current();
  assert.deepEqual(saved.changed, ['name', 'phone', 'regions']);
  assert.deepEqual(saved.settings.regions, [
    { code: 'BRU', name: { en: 'Brussels', fr: 'Bruxelles' } },
    { code: 'WAL', name: 'Wallonie' },
  ]);

  // The public tipline, rendered by the same server.
  const home = await tipline(page, '/?lang=fr');
  assert.match(home, /Ligne Exemple/);
  assert.match(home, /\+32 2 555 01 00/);
  const form = await tipline(page, '/report?type=luring&lang=fr');
  assert.match(form, /Bruxelles/);
  assert.doesNotMatch(form, /Québec/);
  await assertAccessible(page, 'settings');
  await page.screenshot({ path: docsScreenshotPath('settings.en'), fullPage: true });

  // Back to the environment's phone line.
  await pressOn(page, phoneForm.getByRole('button', { name: 'Reset to default' }));
  await phone.getByText('Reset to the environment’s default.').waitFor();
  await phone.getByText('the environment’s default', { exact: true }).waitFor();
  assert.match(await phone.innerText(), /Now\s+1-866-555-0100/);
  assert.deepEqual((await current()).changed, ['name', 'regions']);
  assert.match(await tipline(page, '/'), /1-866-555-0100/);
  assert.equal(await phoneForm.getByRole('button', { name: 'Reset to default' }).count(), 0);

  // The retention of reporters' personal data: a value the console refuses, then 30 days.
  const retention = page.getByRole('region', { name: /^Data retention/ });
  await retention.getByText('VIGIE_INTAKE_RETENTION_DAYS').waitFor();
  assert.match(await retention.innerText(), /Now\s+365 days\s+Default\s+365 days/);
  const retentionForm = page.getByRole('form', { name: 'Change Data retention' });
  const daysField = retentionForm.getByRole('textbox', { name: 'Days kept' });
  await typeInto(page, daysField, 'a month');
  await pressOn(page, retentionForm.getByRole('button', { name: 'Save' }));
  await retentionForm.getByText('Give a whole number of days from 0 to 36500.').waitFor();
  await typeInto(page, daysField, '30');
  await pressOn(page, retentionForm.getByRole('button', { name: 'Save' }));
  await retention.getByText('Saved: the next erasure, within the hour, uses it.').waitFor();
  assert.match(await retention.innerText(), /Now\s+30 days\s+Default\s+365 days/);
  const kept = await t.app.inject({ url: '/api/v1/settings/retention', headers: admin.headers });
  assert.deepEqual(kept.json().settings, { intakeRetentionDays: 30 });

  // Set elsewhere: the review defaults and limits with their screens.
  const elsewhere = page.getByRole('region', { name: 'Set elsewhere' });
  assert.equal(await elsewhere.getByRole('link', { name: 'Exposure' }).getAttribute('href'), '/console/exposure');
  assert.equal(await elsewhere.getByRole('link', { name: 'Media review' }).getAttribute('href'), '/console/review');
  await elsewhere.getByText('Previews blurred').waitFor();

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Paramètres de l’installation', level: 1 }).waitFor();
  await page
    .getByRole('region', { name: /^Ligne téléphonique/ })
    .getByText('Remis à la valeur par défaut de l’environnement.')
    .waitFor();
  await assertAccessible(page, 'settings (French)');
  await page.screenshot({ path: docsScreenshotPath('settings.fr'), fullPage: true });
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'settings.tipline-changed')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.details),
    [
      { set: ['name'], reset: [] },
      { set: ['phone'], reset: [] },
      { set: ['regions'], reset: [] },
      { set: [], reset: ['phone'] },
    ],
  );
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('a supervisor reads the settings without forms; an analyst is told the screen is not for them', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Installation settings');
  await page
    .getByRole('region', { name: /^Organisation name/ })
    .getByText('en: Example Hotline')
    .waitFor();
  await page.getByText('Administrators change these settings; you can read them.').waitFor();
  assert.equal(await page.getByRole('form').count(), 0);
  await assertAccessible(page, 'settings, supervisor');
  assert.deepEqual(errors, []);
  await page.context().close();

  const other = await openSignedIn(browser, baseUrl, analyst);
  await other.goto(`${baseUrl}/console/`);
  await other.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
  assert.equal(await other.getByRole('link', { name: 'Installation settings' }).count(), 0);
  await other.goto(`${baseUrl}/console/settings`);
  await other.getByRole('heading', { name: 'Not available to your role' }).waitFor();
  await assertAccessible(other, 'settings, analyst');
  await other.context().close();
});
