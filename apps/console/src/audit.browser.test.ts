import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { appendAuditEvent, cliActor } from '@vigie/core';
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

// The audit trail screen in Chromium, by keyboard, on a trail written here with known days: an
// administrator verifies the chain (its head is the database's), searches by action and by day,
// pages through, and exports what the search found; a supervisor searches in French.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let admin: StaffSession;
const day = (n: number) => new Date(2026, 0, n, 12);

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  admin = await createStaffSession(t.ctx, 'administrator', 'audit-admin@example.org');
  await appendAuditEvent(
    t.ctx.db,
    cliActor,
    { action: 'alert.published', subjectType: 'public_alert', subjectId: 'a-1' },
    day(3),
  );
  await appendAuditEvent(
    t.ctx.db,
    cliActor,
    { action: 'alert.withdrawn', subjectType: 'public_alert', subjectId: 'a-1' },
    day(5),
  );
  for (let i = 0; i < 55; i++)
    await appendAuditEvent(t.ctx.db, cliActor, { action: 'test.bulk', subjectId: `b-${i}` }, day(10));
});
after(async () => {
  await browser?.close();
  await t?.close();
});

test('verify the chain, search by action and day, page, export; by keyboard', async () => {
  const page = await openSignedIn(browser, baseUrl, admin);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Audit trail' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Verify the chain' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^The chain is intact: \d+ events checked\.$/).waitFor();
  const head = await t.ctx.db.selectFrom('audit_event').select('hash').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  assert.equal(await page.locator('.verification .hash').textContent(), head.hash);

  // Everything, newest first, 50 at a time; "Show more" brings the rest.
  await page.getByText('50 events shown; more match.').waitFor();
  await page.getByRole('button', { name: 'Show more' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^\d+ events match\.$/).waitFor();

  // By action prefix and a day range (both days included).
  await page.getByLabel('Action').focus();
  await page.keyboard.type('alert.');
  await page.getByRole('spinbutton', { name: /year, From/ }).focus();
  await page.keyboard.type('20260104');
  await page.getByRole('spinbutton', { name: /year, To/ }).focus();
  await page.keyboard.type('20260105');
  // The day's segments are spin buttons, not inputs: Enter does not submit from them.
  await page.getByRole('button', { name: 'Search' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('1 event matches.').waitFor();
  const rows = page.getByRole('grid', { name: 'Events' }).getByRole('row');
  assert.match(
    (await rows.nth(1).textContent()) ?? '',
    /command line.*Alert withdrawn.*alert\.withdrawn.*public_alert.*a-1/,
  );
  await assertAccessible(page, 'audit trail, searched');
  await page.screenshot({ path: docsScreenshotPath('console-audit'), fullPage: true });

  // The export carries the same search.
  const href = (await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')) ?? '';
  assert.match(href, /^\/api\/v1\/audit\/export\?action=alert\.&from=.*&to=/);
  const csv = await page.request.get(`${baseUrl}${href}`);
  assert.equal(csv.status(), 200);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.equal(lines.length, 2);
  assert.match(lines[1] ?? '', /,alert\.withdrawn,public_alert,a-1,/);
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('a supervisor searches by actor in French; verification is left to administrators', async () => {
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const page = await openSignedIn(browser, baseUrl, supervisor, 'fr-CA');
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/audit`);
  await page.getByRole('heading', { name: 'Journal d’audit', level: 1 }).waitFor();
  await page.getByText('La vérification de la chaîne est réservée aux administrateurs.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Vérifier la chaîne' }).count(), 0);
  await page.getByLabel('Acteur').focus();
  await page.keyboard.type(admin.email);
  await page.keyboard.press('Enter');
  const rows = page.getByRole('grid', { name: 'Événements' }).getByRole('row');
  await rows.filter({ hasText: 'Inscription terminée' }).waitFor();
  const texts = (await rows.allTextContents()).slice(1);
  assert.ok(texts.length >= 1);
  assert.ok(
    texts.every((text) => text.includes(admin.email)),
    texts.join('\n'),
  );
  await assertAccessible(page, 'audit trail (French)');
  await page.screenshot({ path: docsScreenshotPath('console-audit-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
