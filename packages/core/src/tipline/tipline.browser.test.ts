import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, launchBrowser, screenshotPath } from '@vigie/testkit';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let t: TestApp;
let browser: Browser;
let base: string;
// The quick exit's neutral site, on loopback like everything a test talks to.
let neutral: Server;
let neutralUrl: string;
before(async () => {
  neutral = createServer((_request, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>Weather</title><h1>Weather</h1>');
  });
  await new Promise<void>((resolve) => neutral.listen(0, '127.0.0.1', resolve));
  neutralUrl = `http://127.0.0.1:${(neutral.address() as AddressInfo).port}/`;
  t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000', VIGIE_TIPLINE_EXIT_URL: neutralUrl });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await t?.close();
  await new Promise((resolve) => neutral?.close(resolve));
});

async function reportCount(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('report')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// The public tipline in Chromium: English and French, JavaScript on and off, a mistake first
// (a data: URL, which the form must refuse) and then a report that is stored.
describe('tipline in the browser', () => {
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

// What a person does next: reload or go Back, switch language half-way, say it is happening now,
// leave in a hurry.
describe('tipline flows in the browser', () => {
  const open = async (js: boolean, locale = 'en-CA'): Promise<Page> => {
    const context = await browser.newContext({ locale, javaScriptEnabled: js, viewport: { width: 900, height: 1200 } });
    return context.newPage();
  };

  it('files once: reload and Back after the confirmation neither resend nor show the code again', async () => {
    const page = await open(false);
    await page.goto(`${base}/report?type=luring&lang=en`);
    await page.getByLabel('What happened?').fill('A stranger asked for pictures (synthetic test).');
    const before = await reportCount();
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.waitForURL(/\/report\/done\//);
    assert.match((await page.locator('#report-number').innerText()).trim(), /^\d{3}-\d{3}-\d{4}$/);
    await page.reload();
    await page.getByRole('heading', { name: 'This confirmation is no longer shown' }).waitFor();
    assert.equal(await page.locator('#follow-up-code').count(), 0);
    await page.screenshot({ path: screenshotPath('tipline-confirmation-reloaded'), fullPage: true });
    await page.goBack();
    await page.getByRole('heading', { name: 'Report: Luring a child' }).waitFor();
    assert.equal(await page.getByLabel('What happened?').inputValue(), '', 'a fresh form, nothing kept');
    assert.equal(await reportCount(), before + 1);
    await page.context().close();
  });

  for (const js of [false, true])
    it(`switches language half-way with JavaScript ${js ? 'on' : 'off'}, keeping what was typed and the confirmation`, async () => {
      const page = await open(js, 'fr-CA');
      await page.goto(`${base}/report?type=luring`);
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      await page.getByLabel('Adresses Web (URL)').fill('https://game.example.org/u/stranger');
      await page.getByLabel('Que s\u2019est-il passé\u202f?').fill('Il demande des photos à mon fils (test).');
      await page.getByLabel('Votre province ou territoire').selectOption('QC');
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      assert.equal(await page.getByLabel('Web addresses (URLs)').inputValue(), 'https://game.example.org/u/stranger');
      assert.equal(await page.getByLabel('What happened?').inputValue(), 'Il demande des photos à mon fils (test).');
      assert.equal(await page.getByLabel('Your province or territory').inputValue(), 'QC');
      await page.screenshot({ path: screenshotPath(`tipline-switched-js-${js ? 'on' : 'off'}`), fullPage: true });
      await page.getByLabel('What happened?').press('Tab');
      await page.getByRole('button', { name: 'Send the report' }).click();
      await page.waitForURL(/\/report\/done\//);
      const number = (await page.locator('#report-number').innerText()).trim();
      const code = (await page.locator('#follow-up-code').innerText()).trim();
      await page.getByRole('link', { name: 'Français' }).click();
      await page.getByRole('heading', { name: 'Merci. Votre signalement a été reçu.' }).waitFor();
      assert.equal((await page.locator('#report-number').innerText()).trim(), number);
      assert.equal((await page.locator('#follow-up-code').innerText()).trim(), code);
      await page.screenshot({
        path: screenshotPath(`tipline-confirmation-switched-js-${js ? 'on' : 'off'}`),
        fullPage: true,
      });
      await page.context().close();
    });

  it('says to call the emergency number the moment "happening now: yes" is chosen, without JavaScript', async () => {
    const page = await open(false);
    await page.goto(`${base}/report?type=other&lang=en`);
    const notice = page.locator('#now-yes-notice');
    assert.equal(await notice.isVisible(), false);
    await page
      .getByRole('group', { name: /happening now/ })
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    assert.equal(await notice.isVisible(), true);
    assert.match(await notice.innerText(), /Call 911 now/);
    assert.equal(await notice.getByRole('link', { name: '911' }).getAttribute('href'), 'tel:911');
    await page.screenshot({ path: screenshotPath('tipline-happening-now'), clip: await boxOf(page, 'fieldset.now') });
    await page.getByLabel('What happened?').fill('A man is taking a child into his car (synthetic).');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('heading', { name: /Call 911 now if you have not/ }).waitFor();
    await page.screenshot({ path: screenshotPath('tipline-confirmation-happening-now'), fullPage: true });
    await page.context().close();
  });

  it('leaves at once for the neutral site, and with JavaScript Back does not return to the page left', async () => {
    for (const js of [true, false]) {
      const page = await open(js);
      await page.goto(`${base}/?lang=en`);
      await page.getByRole('main').getByRole('link', { name: 'Make a report' }).click();
      await page.waitForURL(/\/report/);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.locator('#quick-exit:focus').count(), 1, 'second stop after the skip link');
      await page.keyboard.press('Enter');
      await page.waitForURL(neutralUrl);
      await page.goBack();
      assert.equal(
        new URL(page.url()).pathname,
        js ? '/' : '/report',
        js ? 'the page left was replaced' : 'a plain link',
      );
      await page.context().close();
    }
  });
});

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box);
  return { x: 0, y: Math.max(0, box.y - 8), width: 900, height: box.height + 16 };
}
