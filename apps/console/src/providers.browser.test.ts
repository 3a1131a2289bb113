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
  pressOn,
  type RdapTestServer,
  type StaffSession,
  startRdapServer,
  typeInto,
} from '@vigie/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import { fixture, installTestIpData } from '../../../packages/core/src/hosting/hosting.test-helpers.ts';

// The hosting providers screen in Chromium, by keyboard: a supervisor looks a loopback address up
// (the server's RDAP answers from a loopback fixture server, its IP facts from offline test data),
// adds the provider with a refused contact first (each refusal shown at its field), changes it,
// and finds that the directory now decides where the notice goes. An analyst reads only.

let t: Awaited<ReturnType<typeof createTestApp>>;
let rdap: RdapTestServer;
let browser: Browser;
let baseUrl: string;
let supervisor: StaffSession;
let analyst: StaffSession;
const mediaUrl = 'http://127.0.1.10/img.jpg';

before(async () => {
  const dist = ensureConsoleBuilt();
  rdap = await startRdapServer({
    answers: { 'ip/127.0.1.10': await fixture('ip_roles-combined_no-roles_duplicated.json') },
  });
  t = await createTestApp({
    VIGIE_CONSOLE_DIR: dist,
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_RDAP_BOOTSTRAP_DIR: rdap.bootstrapDir,
  });
  await installTestIpData(t.config.dataDir, [['127.0.1.0', '127.0.1.255', 64501, 'Second Host', 'FR']]);
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'providers-supervisor@example.org');
  analyst = await createStaffSession(t.ctx, 'analyst', 'providers-analyst@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
  await rdap?.close();
});

/** Opens a react-aria select by keyboard and picks the option whose name starts with `typed`. */
async function pick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

async function lookUp(page: Page, url: string): Promise<Locator> {
  const lookup = page.getByRole('form', { name: 'Look up a host' });
  await typeInto(page, lookup.getByLabel('URL, host or IP address'), url);
  await pressOn(page, lookup.getByRole('button', { name: 'Look up' }));
  const result = page.getByRole('article', { name: url });
  await result.waitFor();
  return result;
}

const providers = async () =>
  (await t.app.inject({ url: '/api/v1/providers', headers: supervisor.headers })).json().providers;

test('a host looked up, its provider added (refusals at their fields), changed, then deciding the notice', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Hosting providers');
  const directory = page.getByRole('grid', { name: 'Providers directory' });
  await directory.getByText('The directory is empty').waitFor();

  // Before the directory knows it: the network's abuse contacts, as RDAP gives them.
  const before = await lookUp(page, mediaUrl);
  await before.getByText('Hosts the material').waitFor();
  assert.match(await before.innerText(), /AS64501 · Second Host · FR/);
  assert.match(await before.innerText(), /abuse@second-host\.hosting-fixture, ops@second-host\.hosting-fixture/);
  assert.match(await before.innerText(), /RDAP, network abuse contact/);

  // A first try the server refuses: a reserved contact, a webhook without its address.
  const form = page.getByRole('form', { name: 'Add a provider' });
  await pressOn(page, form.getByRole('button', { name: 'Add provider' }));
  await form.getByText('Give the provider a name.').first().waitFor();
  await typeInto(page, form.getByLabel('Name', { exact: true }), 'Second Host');
  await typeInto(page, form.getByLabel('Abuse contacts'), 'abuse@example.com');
  await pick(page, form.getByRole('button', { name: /Notice channel/ }), 'Signed', 'Signed webhook');
  await typeInto(page, form.getByLabel('Notice language'), 'fr');
  await typeInto(page, form.getByLabel('Networks'), '127.0.1.0/24');
  await pressOn(page, form.getByRole('button', { name: 'Add provider' }));
  const contacts = form.getByRole('textbox', { name: 'Abuse contacts' });
  await form.getByText(/^Refused by the server: abuse@example\.com is refused/).waitFor();
  assert.equal(await contacts.getAttribute('aria-invalid'), 'true');
  const webhookUrl = form.getByRole('textbox', { name: 'Webhook address (URL)' });
  assert.equal(await webhookUrl.getAttribute('aria-invalid'), 'true');
  const webhookField = form.locator('.field', { has: page.getByRole('textbox', { name: 'Webhook address (URL)' }) });
  assert.match(await webhookField.innerText(), /Refused by the server: required for the webhook channel/);
  assert.deepEqual(await providers(), [], 'nothing saved');
  await assertAccessible(page, 'providers, refused entry');

  await typeInto(page, contacts, 'abuse-team@second-host.hosting-fixture');
  await typeInto(page, webhookUrl, 'https://hooks.second-host.hosting-fixture/notices');
  await typeInto(page, form.getByLabel('Signing secret'), 'a-very-long-shared-secret-0123456789');
  await pressOn(page, form.getByRole('button', { name: 'Add provider' }));
  await form.getByText('Provider “Second Host” saved.').waitFor();
  const row = directory.getByRole('row', { name: 'Second Host' });
  await row.getByText('Signed webhook').waitFor();
  assert.match(await row.innerText(), /signing secret set/);
  assert.match(await row.innerText(), /127\.0\.1\.0\/24/);
  assert.doesNotMatch(await page.content(), /a-very-long-shared-secret/, 'the secret is never shown again');
  const [added] = await providers();
  assert.deepEqual(
    [added.name, added.channel, added.language, added.hasWebhookSecret],
    ['Second Host', 'webhook', 'fr', true],
  );

  // A change: e-mail notices, gathered daily; the saved secret is kept.
  await moveToControl(page, row, 'Edit Second Host');
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Change Second Host' });
  await pick(page, edit.getByRole('button', { name: /Notice channel/ }), 'E-mail', 'E-mail');
  await pick(page, edit.getByRole('button', { name: /Sending/ }), 'gathered d', 'gathered daily');
  await pressOn(page, edit.getByRole('button', { name: 'Save changes' }));
  await edit.waitFor({ state: 'detached' });
  await row.getByText('gathered daily', { exact: false }).waitFor();
  const [changed] = await providers();
  assert.deepEqual([changed.channel, changed.batching, changed.hasWebhookSecret], ['email', 'daily', true]);

  // The search narrows the list.
  const search = page.getByLabel('Search');
  await typeInto(page, search, 'nowhere.hosting-fixture');
  await directory.getByText('No provider matches this search.').waitFor();
  await typeInto(page, search, '127.0.1');
  await row.waitFor();

  // Now the directory decides where the notice goes, in its language.
  const after = await lookUp(page, `${mediaUrl}?again`);
  await after.getByText('this directory (Second Host)', { exact: false }).waitFor();
  assert.match(await after.innerText(), /abuse-team@second-host\.hosting-fixture/);
  assert.match(await after.innerText(), /in fr/);
  await assertAccessible(page, 'providers');
  await page.screenshot({ path: docsScreenshotPath('providers.en'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Hébergeurs', level: 1 }).waitFor();
  await page.getByRole('grid', { name: 'Répertoire des hébergeurs' }).getByText('regroupés chaque jour').waitFor();
  await page
    .getByRole('article', { name: `${mediaUrl}?again` })
    .getByText('ce répertoire', { exact: false })
    .waitFor();
  await assertAccessible(page, 'providers (French)');
  await page.screenshot({ path: docsScreenshotPath('providers.fr'), fullPage: true });
  await page.getByRole('radio', { name: 'English' }).click();

  // A removal, after confirmation: audited, and gone from the list.
  await moveToControl(page, row, 'Remove Second Host');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Remove this provider?' });
  await pressOn(page, confirm.getByRole('button', { name: 'Remove' }));
  await confirm.waitFor({ state: 'detached' });
  await directory.getByText('The directory is empty').waitFor();
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('subject_type', '=', 'hosting_provider')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.action),
    ['hosting.provider-added', 'hosting.provider-updated', 'hosting.provider-removed'],
  );
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('an analyst reads the directory and looks hosts up, but is offered no changes', async () => {
  await t.ctx.hosting.directory.add(
    { name: 'Read Only Host', contacts: ['abuse@read-only.hosting-fixture'] },
    { type: 'cli' },
  );
  const { page, errors } = await openScreenFromHome(browser, baseUrl, analyst, 'Hosting providers');
  const row = page.getByRole('grid', { name: 'Providers directory' }).getByRole('row', { name: 'Read Only Host' });
  await row.waitFor();
  assert.equal(await page.getByRole('form', { name: 'Add a provider' }).count(), 0);
  assert.equal(await row.getByRole('button').count(), 0);
  await page.getByText('Supervisors and administrators change the directory').waitFor();
  const result = await lookUp(page, mediaUrl);
  await result.getByText('Hosts the material').waitFor();
  await assertAccessible(page, 'providers, analyst');
  assert.deepEqual(errors, []);
  await page.context().close();
});
