import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  followLink,
  ensureConsoleBuilt,
  launchBrowser,
  type MailServer,
  openScreenFromHome,
  pressOn,
  type StaffSession,
  startMailServer,
  typeInto,
} from '@vigie/testkit';
import type { Browser } from 'playwright-core';
import {
  emailRecipient,
  memoryResolver,
  plantDetections,
} from '../../../packages/core/src/notices/notices.test-helpers.ts';

// The crawler and notices screens in Chromium, by keyboard. Two detections of confirmed material
// (planted as the crawler records them): one at a host whose provider is known, so a notice goes
// by e-mail to a loopback SMTP server, one at a host nobody answers for. An analyst reads the
// crawler's totals and detections, adds a seed (refusals at the field first), then follows the
// notice from the list to its page and its delivery.

let t: Awaited<ReturnType<typeof createTestApp>>;
let mail: MailServer;
let browser: Browser;
let baseUrl: string;
let analyst: StaffSession;
const known = 'https://files.provider.test/a.jpg';
const orphan = 'https://nobody.orphan.test/b.jpg';

before(async () => {
  const dist = ensureConsoleBuilt();
  mail = await startMailServer();
  t = await createTestApp(
    {
      VIGIE_CONSOLE_DIR: dist,
      VIGIE_SMTP_HOST: '127.0.0.1',
      VIGIE_SMTP_PORT: String(mail.port),
      VIGIE_SMTP_FROM: 'Hotline notices <notices@hotline.example>',
      VIGIE_NOTICE_DOMAIN: 'hotline.example',
    },
    { recipientResolver: memoryResolver({ 'files.provider.test': emailRecipient('known', 'abuse@provider.test') }) },
  );
  await plantDetections(t.ctx, [
    { url: known, address: '198.51.100.7' },
    { url: orphan, address: '203.0.113.9' },
  ]);
  await t.drain();
  assert.equal(mail.received.length, 1, 'the known provider was sent its notice');
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  analyst = await createStaffSession(t.ctx, 'analyst', 'crawler-analyst@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
  await mail?.close();
});

test('the crawler screen: totals, detections and their removal, a seed added after two refusals', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, analyst, 'Crawler');
  const figure = (name: string) => page.locator('.facts > div', { has: page.getByText(name, { exact: true }) });
  await figure('Detections of known material').getByText('2', { exact: true }).waitFor();
  const detections = page.getByRole('grid', { name: 'Detections' });
  await detections
    .getByRole('row', { name: new RegExp(known) })
    .getByText('In a notice')
    .waitFor();
  await detections
    .getByRole('row', { name: new RegExp(orphan) })
    .getByText('Nobody to notify found yet (tried again hourly)')
    .waitFor();
  assert.equal(await detections.getByRole('row').count(), 3, 'a header and two detections');

  const form = page.getByRole('form', { name: 'Crawl from a site' });
  const url = form.getByLabel('URL to start from');
  await pressOn(page, form.getByRole('button', { name: 'Add the seed' }));
  await form.getByText('Enter the URL to start from.').first().waitFor();
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  await typeInto(page, url, 'ftp://files.example.test/');
  await typeInto(page, form.getByLabel('Depth'), '3');
  await pressOn(page, form.getByRole('button', { name: 'Add the seed' }));
  await form.getByText('The crawler cannot fetch this URL', { exact: false }).first().waitFor();
  await typeInto(page, url, 'http://127.0.0.1:9/start');
  await pressOn(page, form.getByRole('checkbox', { name: 'Honour the site’s robots.txt' }), 'Space');
  await pressOn(page, form.getByRole('button', { name: 'Add the seed' }));
  const said = form.getByRole('status');
  await said.getByText(/is a seed/).waitFor();
  assert.match(await said.innerText(), /^http:\/\/127\.0\.0\.1:9\/start is a seed: \d+ URLs? queued\.$/);
  const seeds = page.getByRole('grid', { name: 'Seeds' });
  const row = seeds.getByRole('row', { name: /127\.0\.0\.1:9\/start/ });
  await row.getByText('An analyst').waitFor();
  await row.getByText('robots.txt not honoured', { exact: false }).waitFor();
  await row.getByText('depth 3', { exact: false }).waitFor();
  const stored = await t.ctx.db.selectFrom('crawl_seed').selectAll().where('origin', '=', 'analyst').execute();
  assert.equal(stored.length, 1);
  assert.equal(stored[0]!.honour_robots, false);
  assert.equal(stored[0]!.max_depth, 3);
  await assertAccessible(page, 'crawler');
  await page.screenshot({ path: docsScreenshotPath('crawler.en'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Robot d’exploration', level: 1 }).waitFor();
  await page.getByText('Dans un avis').first().waitFor();
  await assertAccessible(page, 'crawler (French)');
  await page.screenshot({ path: docsScreenshotPath('crawler.fr'), fullPage: true });
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.close();
});

test('the notices screen: the list by status, a notice with its URLs and its delivery', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, analyst, 'Removal notices');
  const list = page.getByRole('grid', { name: 'Notices' });
  const link = list.getByRole('link', { name: 'Provider known' });
  await link.waitFor();
  await list.locator('.tag', { hasText: 'Sent' }).waitFor();
  await list.getByText('Vigie, automatically').waitFor();

  // Only the notices not delivered: none.
  const status = page.getByRole('button', { name: /Status/ });
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Not delivered', exact: true }).waitFor();
  await page.keyboard.type('Not');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await list.getByText('No notice with this status.').waitFor();
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'Sent', exact: true }).waitFor();
  await page.keyboard.type('Sent');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await link.waitFor();
  await assertAccessible(page, 'notices');
  await page.screenshot({ path: docsScreenshotPath('notices.en'), fullPage: true });

  await followLink(page, list.getByRole('row', { name: /Provider known/ }), 'Provider known');
  await page.getByRole('heading', { name: 'Notice to Provider known', level: 1 }).waitFor();
  const urls = page.getByRole('grid', { name: '1 URL listed' });
  await urls.getByText(known).waitFor();
  assert.equal(await page.getByText(orphan).count(), 0, 'the other host’s URL is not in this notice');
  const delivery = page.getByRole('article', { name: 'To abuse@provider.test' });
  await delivery.getByText('accepted', { exact: false }).waitFor();
  await assertAccessible(page, 'a notice');
  await page.screenshot({ path: docsScreenshotPath('notice.en'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Avis à Provider known', level: 1 }).waitFor();
  await page.getByRole('article', { name: 'À abuse@provider.test' }).getByText('accepté', { exact: false }).waitFor();
  await page.screenshot({ path: docsScreenshotPath('notice.fr'), fullPage: true });
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.close();
});
