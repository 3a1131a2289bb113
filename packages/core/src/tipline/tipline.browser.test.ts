import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createTestApp, launchBrowser, screenshotPath } from '@vigie/testkit';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// The public tipline in Chromium: English and French, JavaScript on and off, a mistake first
// (a data: URL, which the form must refuse) and then a report that is stored.
describe('tipline in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  before(async () => {
    t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000' });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const cases = [
    {
      lang: 'en',
      locale: 'en-CA',
      js: true,
      start: 'Make a report',
      type: 'Luring a child',
      error: 'Line 2: this address contains a file itself',
      submit: 'Send the report',
      done: 'Your report was received',
    },
    {
      lang: 'fr',
      locale: 'fr-CA',
      js: false,
      start: 'Faire un signalement',
      type: 'Leurre d\u2019un enfant',
      error: 'Ligne 2\\s: cette adresse contient un fichier',
      submit: 'Envoyer le signalement',
      done: 'Votre signalement a été reçu',
    },
    {
      lang: 'en',
      locale: 'en-CA',
      js: false,
      start: 'Make a report',
      type: 'Luring a child',
      error: 'Line 2: this address contains a file itself',
      submit: 'Send the report',
      done: 'Your report was received',
    },
    {
      lang: 'fr',
      locale: 'fr-CA',
      js: true,
      start: 'Faire un signalement',
      type: 'Leurre d\u2019un enfant',
      error: 'Ligne 2\\s: cette adresse contient un fichier',
      submit: 'Envoyer le signalement',
      done: 'Votre signalement a été reçu',
    },
  ];

  for (const c of cases) {
    it(`reports in ${c.lang} with JavaScript ${c.js ? 'on' : 'off'}: errors first, then a report number`, async () => {
      const context = await browser.newContext({
        locale: c.locale,
        javaScriptEnabled: c.js,
        viewport: { width: 900, height: 1200 },
      });
      const page = await context.newPage();
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(base)) external.push(r.url());
      });
      const tag = `${c.lang}-js-${c.js ? 'on' : 'off'}`;
      await page.goto(`${base}/`);
      assert.equal(await page.getAttribute('html', 'lang'), c.lang, 'language from the browser');
      await page.screenshot({ path: screenshotPath(`tipline-home-${tag}`), fullPage: true });

      await page.getByRole('main').getByRole('link', { name: c.start }).click();
      // Keyboard only for the type: focus the radio, Space to choose, Enter to continue.
      await page.getByLabel(c.type, { exact: true }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await page.waitForURL(/type=luring/);

      await page
        .getByLabel(c.lang === 'fr' ? 'Adresses Web (URL)' : 'Web addresses (URLs)')
        .fill('https://game.example.org/u/stranger\ndata:image/png;base64,AAAA');
      await page
        .getByLabel(c.lang === 'fr' ? 'Que s\u2019est-il passé\u202f?' : 'What happened?')
        .fill('A stranger asked for pictures (synthetic test).');
      await page
        .getByRole('group', { name: c.lang === 'fr' ? /en ce moment/ : /happening now/ })
        .getByRole('radio', { name: c.lang === 'fr' ? 'Oui' : 'Yes', exact: true })
        .check();
      await page.getByRole('button', { name: c.submit }).click();

      const summary = page.getByRole('alert');
      await summary.waitFor();
      const link = summary.getByRole('link', { name: new RegExp(c.error) });
      assert.equal(await link.getAttribute('href'), '#urls');
      const urls = page.locator('#urls');
      assert.equal(await urls.getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#urls-error').innerText(), new RegExp(c.error));
      assert.match(await urls.inputValue(), /data:image/, 'input kept');
      assert.equal(await page.locator('#description').inputValue(), 'A stranger asked for pictures (synthetic test).');
      await page.screenshot({ path: screenshotPath(`tipline-errors-${tag}`), fullPage: true });
      await link.click();
      assert.equal(await page.locator('#urls:focus').count(), 1, 'the summary link moves focus to its field');

      await urls.fill('https://game.example.org/u/stranger');
      await page.getByRole('button', { name: c.submit }).click();
      await page.getByRole('heading', { name: c.done }).waitFor();
      const number = (await page.locator('#report-number').innerText()).trim();
      assert.match(number, /^\d{3}-\d{3}-\d{4}$/);
      assert.match((await page.locator('#follow-up-code').innerText()).trim(), /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      await page.screenshot({ path: screenshotPath(`tipline-confirmation-${tag}`), fullPage: true });

      const row = await t.ctx.db
        .selectFrom('report')
        .select(['language', 'type', 'happening_now'])
        .where('report_number', '=', number)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { language: c.lang, type: 'luring', happening_now: true });
      assert.deepEqual(external, [], 'no third-party requests');
      await context.close();
    });
  }
});
