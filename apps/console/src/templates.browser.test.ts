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
  openScreenFromHome,
  openSignedIn,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';

// The notice templates screen in Chromium, by keyboard: an administrator opens the English
// subject, is refused a source with a misspelt name (the reason at the field, nothing saved),
// previews and saves a corrected one, previews an HTML template in a sandboxed frame (its script
// never runs), resets the subject after confirming, and reads the screen in French. A supervisor
// reads and previews only; an analyst is told the screen is not for their role.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let admin: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist, VIGIE_NOTICE_ORGANISATION: 'Example Hotline' });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  admin = await createStaffSession(t.ctx, 'administrator', 'templates-admin@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const saved = () => t.ctx.db.selectFrom('notice_template').select(['name', 'language', 'source']).execute();

/** Opens a template's editor from its row's Edit button. */
async function openTemplate(page: Page, row: string, language: string, label: string): Promise<void> {
  const line = page.getByRole('row', { name: row }).filter({ hasText: language });
  await moveToControl(page, line, `Edit ${label}`);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `Edit: ${label}`, level: 2 }).waitFor();
}

/** Replaces the source in the editor by keyboard. */
async function typeSource(page: Page, source: string, label = 'Template source'): Promise<void> {
  await page.getByLabel(label).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(source);
}

async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

test('refused with its reason, previewed, saved, previewed in a sandbox, reset; in English and French', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, admin, 'Notice templates');
  await openTemplate(page, 'Notice: subject', 'English', 'Notice: subject (English)');
  const source = page.getByLabel('Template source');
  assert.match(await source.inputValue(), /^Removal notice \{\{noticeId\}\}/);

  await typeSource(page, 'Takedown request {{noticeId}} from {{organisaton}}');
  await press(page, 'Save');
  await page.getByText('The template was refused: {{organisaton}} is not a name this template may use').waitFor();
  assert.equal(await source.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await saved(), [], 'a refused template is not saved');

  await typeSource(page, 'Takedown request {{noticeId}} from {{organisation}}');
  await press(page, 'Preview');
  const preview = page.getByRole('region', { name: 'Preview on a sample notice' });
  await preview.getByText('Takedown request 00000000-0000-4000-8000-000000000001 from Example Hotline').waitFor();
  await preview
    .getByText(/files\.example\.org\/gallery\/a\.jpg/)
    .first()
    .waitFor();
  assert.equal(await source.getAttribute('aria-invalid'), null, 'the refusal is gone once the source compiles');
  await press(page, 'Save');
  await page.getByText('Saved: the next notices are written from this template.').waitFor();
  assert.deepEqual(await saved(), [
    { name: 'notice-subject', language: 'en', source: 'Takedown request {{noticeId}} from {{organisation}}' },
  ]);
  await page
    .getByRole('row', { name: 'Notice: subject' })
    .filter({ hasText: 'English' })
    .getByText('Changed here')
    .waitFor();
  await page
    .frameLocator('iframe.template-frame')
    .getByText('Example Hotline found child sexual abuse material')
    .waitFor();
  await assertAccessible(page, 'templates, subject saved and previewed');
  await page.screenshot({ path: docsScreenshotPath('templates.en'), fullPage: true });

  // The HTML preview is a sandboxed frame of its own: shown, its script blocked, nothing in the console's page.
  await openTemplate(page, 'Notice: HTML', 'English', 'Notice: HTML (English)');
  await typeSource(page, '<p>To {{recipientName}},</p><script>parent.document.title = "changed"</script>');
  await press(page, 'Preview');
  const frame = page.getByTitle('HTML preview of the sample notice');
  assert.equal(await frame.getAttribute('sandbox'), '');
  await page.frameLocator('iframe.template-frame').getByText('To Example Hosting,').waitFor();
  assert.notEqual(await page.title(), 'changed');
  await assertAccessible(page, 'templates, HTML preview');

  // Back to the subject: reset after confirming, the file's source is back.
  await openTemplate(page, 'Notice: subject', 'English', 'Notice: subject (English)');
  await press(page, 'Reset to default');
  const dialog = page.getByRole('alertdialog', { name: 'Go back to the file’s template?' });
  await assertAccessible(page, 'templates, reset dialog');
  await dialog.getByRole('button', { name: 'Reset to default' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Reset: the next notices are written from the file.').waitFor();
  assert.match(await source.inputValue(), /^Removal notice \{\{noticeId\}\}/);
  assert.deepEqual(await saved(), []);
  await page.getByRole('row', { name: 'Notice: subject' }).filter({ hasText: 'English' }).getByText('File').waitFor();

  await page.getByRole('radio', { name: 'Français' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'Modèles des avis', level: 1 }).waitFor();
  await page.getByText('Réinitialisé : les prochains avis sont rédigés avec le fichier.').waitFor();
  await typeSource(page, 'Avis {{#urls}}{{url}}', 'Source du modèle');
  await page.getByRole('button', { name: 'Prévisualiser', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Le modèle est refusé : {{#urls}} n’est pas fermé : ajoutez {{/urls}}.').waitFor();
  await assertAccessible(page, 'templates (French)');
  await page.screenshot({ path: docsScreenshotPath('templates.fr'), fullPage: true });
  const unexpected = errors.filter((e) => !/Blocked script execution in 'about:srcdoc'/.test(e));
  assert.deepEqual(unexpected, [], 'no console errors but the sandbox blocking the preview’s script');
  await page.context().close();
});

test('a supervisor reads and previews only; an analyst is told the screen is not for their role', async () => {
  const supervisor = await createStaffSession(t.ctx, 'supervisor', 'templates-supervisor@example.org');
  const { page } = await openScreenFromHome(browser, baseUrl, supervisor, 'Notice templates');
  await openTemplate(page, 'Follow-up: subject', 'French', 'Follow-up: subject (French)');
  await page.getByText('Only administrators change templates; you may read and preview them.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save', exact: true }).count(), 0);
  assert.equal(await page.getByLabel('Template source').getAttribute('readonly'), '');
  await press(page, 'Preview');
  await page.getByRole('region', { name: 'Preview on a sample notice' }).waitFor();
  await assertAccessible(page, 'templates, supervisor');
  await page.context().close();

  const analyst = await createStaffSession(t.ctx, 'analyst', 'templates-analyst@example.org');
  const refused = await openSignedIn(browser, baseUrl, analyst);
  await refused.goto(`${baseUrl}/console/`);
  await refused.getByRole('heading', { name: 'Home', level: 1 }).waitFor();
  assert.equal(await refused.getByRole('link', { name: 'Notice templates' }).count(), 0);
  await refused.goto(`${baseUrl}/console/templates`);
  await refused.getByRole('heading', { name: 'Not available to your role' }).waitFor();
  await assertAccessible(refused, 'templates, analyst refused');
  await refused.context().close();
});
