import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  bankKnownImages,
  createStaffSession,
  createTestApp,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  openSignedIn,
  pageWithKnownAndUnknownImages,
  pressOn,
  type StaffSession,
  startTestWeb,
  type TestWeb,
  watchPageErrors,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';

// A whole day in one run, in Chromium, by keyboard, through the real services: a report arrives
// through the public API naming a page of the synthetic web (a known image the test banked, and
// unknown ones); it is captured and triaged; an analyst opens it from the queue, sees the known
// media as a count only and assesses the unknown ones in the review grid by keys alone; a
// verifier confirms them blind; the analyst then decides the case.

let web: TestWeb;
let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let analyst: StaffSession;
let verifier: StaffSession;
let pageUrl: string;

before(async () => {
  const dist = ensureConsoleBuilt();
  web = await startTestWeb({ seed: 5, sites: 2, pagesPerSite: 6, mediaPerPage: 4, linksPerPage: 1, knownShare: 0.3 });
  t = await createTestApp({
    VIGIE_CONSOLE_DIR: dist,
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
  });
  await bankKnownImages(t.ctx, web);
  pageUrl = pageWithKnownAndUnknownImages(web).url;
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  analyst = await createStaffSession(t.ctx, 'analyst', 'day-analyst@example.org');
  verifier = await createStaffSession(t.ctx, 'verifier', 'day-verifier@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
  await web?.close();
});

const tiles = (page: Page) => page.getByRole('grid').getByRole('row');

test('a whole day: a report arrives, is triaged, its media assessed by keys, verified blind, and the case decided', async () => {
  // Morning: a report through the public API, captured and triaged by the workers.
  const arrived = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { type: 'child_sexual_abuse_material', urls: [pageUrl], description: 'Pictures of a child.' },
  });
  assert.equal(arrived.statusCode, 201, arrived.body);
  const { reportNumber } = arrived.json();
  await t.drain();

  // The analyst claims it in the triage queue and opens it.
  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await pressOn(page, page.getByRole('link', { name: 'Triage queue' }));
  const row = page.getByRole('row', { name: reportNumber });
  await moveToControl(page, row, `Claim ${reportNumber}`);
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`^You hold ${reportNumber} until`)).waitFor();
  await moveToControl(page, row, reportNumber);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `Case ${reportNumber}`, level: 1 }).waitFor();
  await page.getByText('You hold this case until', { exact: false }).waitFor();

  // Known media as a count only; the unknown ones are assessed in the grid.
  await page
    .getByText(/items? the bank classified \(not shown\)$/)
    .first()
    .waitFor();
  const assess = page.getByRole('link', { name: /^Assess media: the image found at / }).first();
  const label = (await assess.getAttribute('aria-label'))!;
  await moveToControl(page, page.getByRole('row').filter({ has: assess }), label);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Media review', level: 1 }).waitFor();
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).waitFor();
  const count = await tiles(page).count();
  assert.ok(count >= 1);
  await page.getByText(`0 of ${count} decided.`).waitFor();
  await tiles(page).first().focus();
  for (let done = 1; done <= count; done++) {
    await page.keyboard.press('1');
    await page.getByText(`${done} of ${count} decided.`).waitFor();
  }
  await assertAccessible(page, 'the case’s media, assessed');
  const assessed = await t.ctx.db
    .selectFrom('review_decision')
    .select(['verdict', 'sha256'])
    .where('stage', '=', 'first')
    .where('undone_at', 'is', null)
    .execute();
  assert.deepEqual(
    assessed.map((d) => d.verdict),
    Array(count).fill('csam_a1'),
  );

  // The verifier confirms each verdict without seeing it.
  const checking = await openSignedIn(browser, baseUrl, verifier);
  const blockedToo = watchPageErrors(checking);
  await checking.goto(`${baseUrl}/console/`);
  await pressOn(checking, checking.getByRole('link', { name: 'Verification' }));
  await checking.getByText(`0 of ${count} decided.`).waitFor();
  for (let i = 0; i < count; i++) {
    await tiles(checking).nth(i).focus();
    await checking.keyboard.press('1');
    await checking.getByText(`${i + 1} of ${count} decided.`).waitFor();
  }
  const assessedMedia = assessed.map((d) => d.sha256);
  const items = await t.ctx.db.selectFrom('review_item').select('state').where('sha256', 'in', assessedMedia).execute();
  assert.deepEqual(
    items.map((i) => i.state),
    Array(count).fill('confirmed'),
  );
  const states = await t.ctx.db.selectFrom('media').select('state').where('sha256', 'in', assessedMedia).execute();
  assert.deepEqual(
    states.map((m) => m.state),
    Array(count).fill('known'),
    'confirmed media is never shown again',
  );
  await checking.context().close();

  // Evening: the analyst decides the case.
  await page.goBack();
  await page.getByRole('heading', { name: `Case ${reportNumber}`, level: 1 }).waitFor();
  await pressOn(page, page.getByRole('button', { name: 'Close', exact: true }));
  const close = page.getByRole('alertdialog', { name: 'Close' });
  await pressOn(page, close.getByRole('button', { name: 'Close', exact: true }));
  await close.waitFor({ state: 'detached' });
  await page
    .getByText(/^Closed: /)
    .first()
    .waitFor();
  const decided = await t.ctx.db
    .selectFrom('case_file')
    .innerJoin('report', 'report.id', 'case_file.report_id')
    .select('case_file.state')
    .where('report.report_number', '=', reportNumber)
    .executeTakeFirstOrThrow();
  assert.equal(decided.state, 'closed');
  assert.deepEqual([...blocked, ...blockedToo], [], 'no console errors (CSP violations included)');
  await page.context().close();
});
