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

// The public alerts screen in Chromium, by keyboard: a supervisor writes an alert in English and
// French (previewed in each language as the tipline shows it), saves both drafts, publishes the
// French one (only then is it on the tipline) and withdraws it (and it is gone again).

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let supervisor: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'alerts-supervisor@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const tipline = async (lang: 'en' | 'fr') => (await t.app.inject({ url: `/alerts?lang=${lang}` })).body;

test('draft in both languages with previews, publish, withdraw; the tipline shows published alerts only', async () => {
  const page = await openSignedIn(browser, baseUrl, supervisor);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Public alerts' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Public alerts', level: 1 }).waitFor();

  const english = page.getByRole('group', { name: 'English version' });
  const french = page.getByRole('group', { name: 'French version' });
  await english.getByLabel('Title').focus();
  await page.keyboard.type('Fake modelling agency');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Messages offer teenagers photo shoots.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Do not answer; report the account here.');
  await french.getByLabel('Title').focus();
  await page.keyboard.type('Fausse agence de mannequins');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Des messages proposent des séances photo à des adolescents.');

  // Each preview reads as the tipline will, in its own language, paragraphs as written.
  const englishPreview = english.getByRole('article');
  await englishPreview.getByRole('heading', { name: 'Fake modelling agency' }).waitFor();
  assert.equal(await englishPreview.locator('p:not(.hint)').count(), 2);
  await englishPreview.getByText(/^Published on /).waitFor();
  const frenchPreview = french.getByRole('article');
  await frenchPreview.getByText(/^Publiée le /).waitFor();
  assert.equal(await frenchPreview.getAttribute('lang'), 'fr');
  await assertAccessible(page, 'alerts, draft with previews');
  await page.screenshot({ path: docsScreenshotPath('console-alerts-draft'), fullPage: true });

  await page.getByRole('button', { name: 'Save draft' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('2 drafts saved.').waitFor();
  const frenchRow = page.getByRole('row', { name: 'Fausse agence de mannequins' });
  await frenchRow.getByText('Draft', { exact: true }).waitFor();
  assert.doesNotMatch(await tipline('fr'), /Fausse agence/, 'a draft is not on the tipline');

  await moveToControl(page, frenchRow, 'Publish “Fausse agence de mannequins”');
  await page.keyboard.press('Enter');
  const publish = page.getByRole('alertdialog', { name: 'Publish this alert?' });
  await publish.getByRole('heading', { name: 'Fausse agence de mannequins' }).waitFor();
  await assertAccessible(page, 'alerts, publish dialog with the preview');
  await publish.getByRole('button', { name: 'Publish' }).focus();
  await page.keyboard.press('Enter');
  await publish.waitFor({ state: 'detached' });
  await frenchRow.getByText('Published', { exact: true }).waitFor();
  assert.match(await tipline('fr'), /Fausse agence de mannequins/);
  assert.doesNotMatch(await tipline('en'), /Fake modelling agency/, 'the English draft is still a draft');

  await moveToControl(page, frenchRow, 'Withdraw “Fausse agence de mannequins”');
  await page.keyboard.press('Enter');
  const withdraw = page.getByRole('alertdialog', { name: 'Withdraw this alert?' });
  await withdraw.getByLabel('Reason (optional)').focus();
  await page.keyboard.type('agency closed');
  await withdraw.getByRole('button', { name: 'Withdraw' }).focus();
  await page.keyboard.press('Enter');
  await withdraw.waitFor({ state: 'detached' });
  await frenchRow.getByText('Withdrawn', { exact: true }).waitFor();
  assert.doesNotMatch(await tipline('fr'), /Fausse agence/, 'a withdrawn alert leaves the tipline');
  const reason = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'alert.withdrawn')
    .executeTakeFirstOrThrow();
  assert.deepEqual(reason.details, { reason: 'agency closed' });
  await assertAccessible(page, 'alerts, after withdrawing');
  await page.screenshot({ path: docsScreenshotPath('console-alerts'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Alertes publiques', level: 1 }).waitFor();
  await frenchRow.getByText('Retirée', { exact: true }).waitFor();
  await page.getByRole('row', { name: 'Fake modelling agency' }).getByText('Brouillon', { exact: true }).waitFor();
  await assertAccessible(page, 'alerts (French)');
  await page.screenshot({ path: docsScreenshotPath('console-alerts-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
