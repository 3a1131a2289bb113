import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  bankKnownImages,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  openSignedIn,
  pageWithKnownAndUnknownImages,
  type StaffSession,
  startTestWeb,
  type TestWeb,
  watchPageErrors,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';
import {
  recipient,
  startApiReceiver,
  type ApiReceiver,
} from '../../../packages/core/src/referrals/referrals.test-helpers.ts';

// The triage queue and a case page in Chromium, by keyboard: reports from the tipline (naming a
// page the server captures, a known image and unknown ones on it), the public API (a child in
// danger now) and a staff intake; the queue's order and counts, a filter kept in the URL, a claim
// from the list; then the case: its capture and the sanitised page in a sandboxed frame, the known
// media as a count only, the contact details (audited), a classification, a forward to a recipient
// chosen from the directory (delivered to its loopback API) and a close with a reason.

let web: TestWeb;
let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let analyst: StaffSession;
let pageUrl: string;
let knownSha: string;
let police: ApiReceiver;
const force = 'Manitoba police (cases test)';

before(async () => {
  const dist = ensureConsoleBuilt();
  web = await startTestWeb({ seed: 5, sites: 2, pagesPerSite: 6, mediaPerPage: 4, linksPerPage: 1, knownShare: 0.3 });
  t = await createTestApp({
    VIGIE_CONSOLE_DIR: dist,
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_FETCH_DNS_SERVERS: `${web.dns.host}:${web.dns.port}`,
    VIGIE_INTAKE_RATE_PER_MINUTE: '1000',
  });
  await bankKnownImages(t.ctx, web);
  // A page with a known image and an unknown one, both as images the sanitiser keeps as such.
  ({ url: pageUrl, knownSha256: knownSha } = pageWithKnownAndUnknownImages(web));
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  analyst = await createStaffSession(t.ctx, 'analyst', 'cases-analyst@example.org');
  police = await startApiReceiver();
  const supervisor = await createStaffSession(t.ctx, 'supervisor', 'cases-supervisor@example.org');
  const added = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-recipients',
    headers: supervisor.headers,
    payload: recipient(force, { apiUrl: police.url }),
  });
  assert.equal(added.statusCode, 201, added.body);
});
after(async () => {
  await browser?.close();
  await t?.close();
  await web?.close();
  await police?.close();
});

let tiplineNumber: string;
let dangerNumber: string;
let staffNumber: string;
let tiplineId: string;

const rowNumbers = async (page: Page) => page.locator('.table-queue tbody tr a.case-link').allTextContents();

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`${label}$`) }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().waitFor({ state: 'detached' });
}

test('the queue: danger now first, counts per state, a staff intake by keyboard, a filter kept in the URL, a claim', async () => {
  const tipline = await t.ctx.intake.submitReport(
    {
      type: 'other',
      urls: [pageUrl],
      description: 'Found this page while searching.',
      anonymous: false,
      suspect: { usernames: ['seller_42'] },
      reporter: { region: 'QC', contact: { name: 'Alex', email: 'reporter@example.test' } },
    },
    { source: 'tipline', language: 'en', address: '192.0.2.9', actor: { type: 'anonymous', address: '192.0.2.9' } },
  );
  ({ id: tiplineId, reportNumber: tiplineNumber } = tipline);
  const danger = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { type: 'luring', description: 'He is meeting her tonight.', incident: { happeningNow: true } },
  });
  assert.equal(danger.statusCode, 201, danger.body);
  dangerNumber = danger.json().reportNumber;
  await t.drain();

  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Triage queue' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Triage queue', level: 1 }).waitFor();
  await page.getByRole('row', { name: dangerNumber }).waitFor();
  assert.deepEqual(await rowNumbers(page), [dangerNumber, tiplineNumber]);
  const counts = page.getByRole('region', { name: 'Cases by state' });
  await counts.getByRole('link', { name: '2 Open' }).waitFor();

  // A call taken by phone, entered by keyboard.
  await page.getByRole('button', { name: 'Enter a report taken by phone or e-mail' }).focus();
  await page.keyboard.press('Enter');
  const intake = page.getByRole('dialog', { name: 'A report taken by phone or e-mail' });
  await intake.getByLabel('What the reporter said').focus();
  await page.keyboard.type('A parent called about messages sent to their son.');
  await intake.getByLabel('The reporter’s region code (optional)').focus();
  await page.keyboard.type('ON');
  await chooseOption(page, 'How it came', 'E-mail (staff)');
  await assertAccessible(page, 'cases, staff intake');
  await page.screenshot({ path: docsScreenshotPath('console-cases-intake') });
  await intake.getByRole('button', { name: 'Enter the report' }).focus();
  await page.keyboard.press('Enter');
  await intake.waitFor({ state: 'detached' });
  const entered = await page.getByText(/^Report [\d-]+ entered\./).textContent();
  staffNumber = /Report ([\d-]+) entered/.exec(entered ?? '')![1]!;
  const staffRow = await t.ctx.db
    .selectFrom('report')
    .select(['source', 'reporter_region'])
    .where('report_number', '=', staffNumber)
    .executeTakeFirstOrThrow();
  assert.deepEqual(staffRow, { source: 'email', reporter_region: 'ON' });
  await t.drain();
  await page.reload();
  await page.getByRole('row', { name: staffNumber }).waitFor();
  assert.deepEqual(await rowNumbers(page), [dangerNumber, tiplineNumber, staffNumber], 'danger, person info, oldest');
  await counts.getByRole('link', { name: '3 Open' }).waitFor();

  // A filter by keyboard goes to the URL; the URL alone gives the same queue.
  await chooseOption(page, 'Source', 'E-mail (staff)');
  await page.getByRole('button', { name: 'Apply the filters' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]source=email/);
  await page.getByRole('row', { name: dangerNumber }).waitFor({ state: 'detached' });
  await page.getByRole('row', { name: staffNumber }).waitFor();
  assert.deepEqual(await rowNumbers(page), [staffNumber]);
  await page.goto(`${baseUrl}/console/cases?region=QC`);
  await page.getByRole('row', { name: tiplineNumber }).waitFor();
  assert.deepEqual(await rowNumbers(page), [tiplineNumber]);
  await page.getByRole('link', { name: 'Clear the filters' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('row', { name: dangerNumber }).waitFor();

  // Claimed from the list: the row says who holds it and until when.
  const row = page.getByRole('row', { name: tiplineNumber });
  await moveToControl(page, row, `Claim ${tiplineNumber}`);
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`^You hold ${tiplineNumber} until`)).waitFor();
  await row.getByText(/^You, until /).waitFor();
  await row.getByRole('button', { name: `Release ${tiplineNumber}` }).waitFor();
  await assertAccessible(page, 'cases queue');
  await page.screenshot({ path: docsScreenshotPath('console-cases'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'File de tri', level: 1 }).waitFor();
  await row.getByText(/^Vous, jusqu’à /).waitFor();
  await page.getByRole('region', { name: 'Dossiers par état' }).getByRole('link', { name: '3 Ouvert' }).waitFor();
  await assertAccessible(page, 'cases queue (French)');
  await page.screenshot({ path: docsScreenshotPath('console-cases-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('the case page: capture and sanitised page in a sandboxed frame, known media as a count, contact (audited), classify, forward, close', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/cases`);
  const row = page.getByRole('row', { name: tiplineNumber });
  await moveToControl(page, row, tiplineNumber);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `Case ${tiplineNumber}`, level: 1 }).waitFor();
  await page.getByText('You hold this case until', { exact: false }).waitFor();
  await page.getByText('Found this page while searching.').waitFor();
  assert.ok(!(await page.content()).includes('reporter@example.test'), 'contact details hidden until asked for');

  const capture = page.getByRole('article', { name: `Capture of ${pageUrl}` });
  await capture.getByText('200', { exact: true }).waitFor();
  assert.match((await capture.locator('dd code').first().textContent()) ?? '', /^127\./, 'the address fetched from');
  await capture.getByRole('button', { name: 'Show the page as captured' }).focus();
  await page.keyboard.press('Enter');
  const frame = capture.locator('iframe');
  await frame.waitFor();
  assert.equal(await frame.getAttribute('sandbox'), 'allow-same-origin', 'nothing in the frame may run');
  const inside = page.frameLocator('iframe.captured-page');
  await inside.locator('body').getByText(/\S/).first().waitFor();
  const framed = await (await frame.elementHandle())!.contentFrame();
  const frameHtml = await framed!.content();
  assert.doesNotMatch(frameHtml, /<script|\son[a-z]+=|<iframe|<form/i);
  assert.ok(!frameHtml.includes(knownSha), 'the known image is not in the page, not even as a preview');
  // Evaluated as a string in the frame: this package is type-checked without the DOM's types.
  const previews = await framed!.evaluate<Array<{ src: string; loaded: boolean }>>(
    `[...document.images].map((i) => ({ src: i.getAttribute('src') ?? '', loaded: i.complete && i.naturalWidth > 0 }))`,
  );
  assert.ok(previews.length > 0, `the unknown media are previewed: ${frameHtml}`);
  for (const p of previews) assert.ok(p.src.startsWith('/api/v1/media/') && p.loaded, JSON.stringify(p));

  const media = page.getByRole('region', { name: 'Media found' });
  await media.getByText(/the bank classified \(not shown\)/).waitFor();
  const assess = media.getByRole('link', { name: /^Assess media: the image found at / }).first();
  assert.match((await assess.getAttribute('href')) ?? '', /^\/console\/review\?capture=[0-9a-f-]{36}$/);

  await page.getByRole('button', { name: 'Show contact details' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('reporter@example.test').waitFor();
  const viewed = await t.ctx.db
    .selectFrom('audit_event')
    .select('actor_id')
    .where('action', '=', 'case.contact-viewed')
    .where('subject_id', '=', tiplineId)
    .execute();
  assert.equal(viewed.length, 1, 'the view is audited');

  await page.getByRole('button', { name: 'Confirm or correct the type' }).focus();
  await page.keyboard.press('Enter');
  const classify = page.getByRole('alertdialog', { name: 'Confirm or correct the type' });
  await chooseOption(page, 'Type', 'Child sexual abuse material');
  await classify.getByRole('button', { name: 'Confirm or correct the type' }).focus();
  await page.keyboard.press('Enter');
  await classify.waitFor({ state: 'detached' });
  await page.getByText('Type confirmed or corrected: Recorded.').waitFor();
  await page.getByText('(reported as Other or not sure)').waitFor();
  await page.getByRole('row', { name: 'Type confirmed or corrected' }).waitFor();
  await assertAccessible(page, 'case page');
  await page.screenshot({ path: docsScreenshotPath('console-case'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: `Dossier ${tiplineNumber}`, level: 1 }).waitFor();
  await page.getByRole('row', { name: 'Type confirmé ou corrigé' }).waitFor();
  await assertAccessible(page, 'case page (French)');
  await page.screenshot({ path: docsScreenshotPath('console-case-fr'), fullPage: true });
  await page.getByRole('radio', { name: 'English' }).click();

  // A forward to a recipient chosen from the directory, not to the rules' choice.
  await page.getByRole('button', { name: 'Forward', exact: true }).focus();
  await page.keyboard.press('Enter');
  const forward = page.getByRole('alertdialog', { name: 'Forward' });
  await forward.getByText('Chosen by the rules (the report’s jurisdiction)').first().waitFor();
  // The directory's recipients by name, kind and place (typeahead on the name).
  await page.getByRole('button', { name: /Recipient$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: `${force} — Police force, MB, CA`, exact: true }).waitFor();
  await page.keyboard.type(force);
  await page.keyboard.press('Enter');
  await page.getByRole('option').first().waitFor({ state: 'detached' });
  await forward.getByRole('button', { name: 'Forward', exact: true }).focus();
  await page.keyboard.press('Enter');
  await forward.waitFor({ state: 'detached' });
  await page
    .getByText(/^Forwarded: /)
    .first()
    .waitFor();
  await t.drain();
  const referrals = await t.ctx.db
    .selectFrom('referral')
    .innerJoin('referral_recipient', 'referral_recipient.id', 'referral.recipient_id')
    .select(['referral_recipient.name', 'referral.state', 'referral.origin'])
    .where('referral.report_id', '=', tiplineId)
    .execute();
  assert.deepEqual(referrals, [{ name: force, state: 'sent', origin: 'analyst' }]);
  assert.equal(police.posts.length, 1, 'delivered to the chosen recipient');

  await page.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Enter');
  const close = page.getByRole('alertdialog', { name: 'Close' });
  await chooseOption(page, 'Reason', 'Duplicate');
  await close.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Enter');
  await close.waitFor({ state: 'detached' });
  await page.getByText('Closed: Recorded.').waitFor();
  await page.getByText('Closed because Duplicate').waitFor();
  const closed = await t.ctx.db
    .selectFrom('case_file')
    .select(['state', 'close_reason'])
    .where('report_id', '=', tiplineId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(closed, { state: 'closed', close_reason: 'duplicate' });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
