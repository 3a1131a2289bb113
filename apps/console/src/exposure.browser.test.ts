import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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
import type { Browser, Page } from 'playwright-core';

// The exposure screen in Chromium, on a fake clock: two analysts review media (console
// heartbeats through the real API) on a Monday evening and the Tuesday after; a supervisor
// sees today's figures and the week's sums (never a picture), then changes the review policy by
// keyboard: a limit out of range and a soft limit above the hard one are refused by the server
// and shown at their fields, a valid policy is saved and applies.

let clock = new Date('2026-12-07T23:50:00.000Z');
const advance = (seconds: number) => void (clock = new Date(clock.getTime() + seconds * 1000));
let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let supervisor: StaffSession;
let first: StaffSession;
let second: StaffSession;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp(
    {
      VIGIE_CONSOLE_DIR: dist,
      VIGIE_REVIEW_SOFT_LIMIT_MINUTES: '2',
      VIGIE_REVIEW_HARD_LIMIT_MINUTES: '3',
      VIGIE_REVIEW_BREAK_MINUTES: '2',
      VIGIE_REVIEW_DAILY_LIMIT_MINUTES: '30',
      VIGIE_REVIEW_SESSION_TIMEOUT_MINUTES: '2',
      VIGIE_REVIEW_ALLOW_HOVER_PEEK: 'true',
    },
    { now: () => new Date(clock) },
  );
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'exposure-supervisor@example.org');
  first = await createStaffSession(t.ctx, 'analyst', 'analyst-one@example.org');
  second = await createStaffSession(t.ctx, 'analyst', 'analyst-two@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
});

/** Review time as the console's heartbeats count it: one beat, then one a minute. */
async function review(who: StaffSession, minutes: number) {
  for (let i = 0; i <= minutes; i++) {
    if (i > 0) advance(60);
    const beat = await t.app.inject({ method: 'POST', url: '/api/v1/review/exposure/heartbeat', headers: who.headers });
    assert.equal(beat.statusCode, 200, beat.body);
  }
}
const team = async (day: string) =>
  (await t.app.inject({ url: `/api/v1/review/exposure/team?day=${day}`, headers: supervisor.headers })).json();
const rowText = (page: Page, table: string, email: string) =>
  page.getByRole('grid', { name: table }).getByRole('row', { name: email }).innerText();

test('team figures for today and the week, and the review policy with the server’s refusals', async () => {
  await review(first, 4); // Monday: four minutes, a break imposed at the hard limit
  advance(5 * 60); // past midnight (UTC): Tuesday
  await review(first, 1);
  await review(second, 2); // Tuesday: a break suggested at the soft limit
  const monday = await team('2026-12-07');
  const tuesday = await team('2026-12-08');
  const firstMonday = monday.analysts.find((a: { email: string }) => a.email === first.email);
  const firstTuesday = tuesday.analysts.find((a: { email: string }) => a.email === first.email);
  assert.ok(firstMonday.reviewSeconds >= 180 && firstTuesday.reviewSeconds >= 60, 'both days have review time');

  const page = await openSignedIn(browser, baseUrl, supervisor);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Exposure' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Exposure', level: 1 }).waitFor();

  const today = 'Today (2026-12-08, UTC)';
  const week = 'This week (2026-12-07 to 2026-12-08, UTC)';
  await page.getByRole('heading', { name: week }).waitFor();
  const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min`;
  const secondToday = tuesday.analysts.find((a: { email: string }) => a.email === second.email);
  assert.match(await rowText(page, today, second.email), new RegExp(`${minutes(secondToday.reviewSeconds)}`));
  assert.match(await rowText(page, today, second.email), /Break suggested/);
  assert.match(await rowText(page, today, first.email), new RegExp(minutes(firstTuesday.reviewSeconds)));
  // The week sums Monday and Tuesday: more than today alone.
  const weekFirst = await rowText(page, week, first.email);
  assert.match(weekFirst, new RegExp(minutes(firstMonday.reviewSeconds + firstTuesday.reviewSeconds)));
  assert.match(weekFirst, new RegExp(`\\b${firstMonday.breaks + firstTuesday.breaks}\\b`));
  assert.equal(await page.locator('img, video, canvas').count(), 0, 'never any media on this screen');

  // The policy form by keyboard.
  await page.getByRole('heading', { name: /^Installation defaults/ }).waitFor();
  const daily = page.getByLabel('Daily limit', { exact: true });
  await daily.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2000');
  await page.keyboard.press('Enter');
  await page.getByText('The server refused this value: it must be from 1 to 1440 minutes.').waitFor();
  assert.equal(await daily.getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'exposure, a limit refused');

  await daily.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('240');
  await page.getByLabel('Suggest a break after').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('50');
  await page.keyboard.press('Enter');
  await page.getByText('The break must be suggested no later than it is imposed.').first().waitFor();
  assert.equal(await page.getByLabel('Suggest a break after').getAttribute('aria-invalid'), 'true');

  await page.keyboard.press('Shift+Tab'); // the summary took focus; back to the form
  await page.getByLabel('Suggest a break after').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('40');
  await page.getByLabel('Impose a break after').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('60');
  assert.equal(await page.getByLabel('Reveal on hover (peek)').isChecked(), true, 'the installation allows peeking');
  await page.getByLabel('Reveal on hover (peek)').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save the policy' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Policy saved.').waitFor();
  const policy = (await t.app.inject({ url: '/api/v1/review/policy', headers: supervisor.headers })).json();
  assert.equal(policy.softLimitMinutes, 40);
  assert.equal(policy.hardLimitMinutes, 60);
  assert.equal(policy.dailyLimitMinutes, 240);
  assert.equal(policy.allowHoverPeek, false);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('action', '=', 'review.policy-changed')
    .execute();
  assert.equal(audited.length, 1, 'only the valid policy was saved');

  // The installation defaults every analyst starts from: one still per video, then back.
  const defaults = page.getByRole('form', { name: 'Change the installation defaults' });
  await defaults.getByRole('button', { name: /Videos shown as$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'one still', exact: true }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await defaults.getByRole('button', { name: 'Save the defaults' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Saved: analysts without choices of their own start from these.').waitFor();
  const saved = (await t.app.inject({ url: '/api/v1/review/defaults', headers: supervisor.headers })).json();
  assert.equal(saved.defaults.videoMode, 'poster');
  assert.equal(saved.changed, true);
  await page.getByRole('heading', { name: /^Installation defaults changed here/ }).waitFor();
  await defaults.getByRole('button', { name: 'Back to the environment’s' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Installation defaults the environment’s/ }).waitFor();
  await page.getByText('Back to the environment’s defaults.').waitFor();
  const reset = (await t.app.inject({ url: '/api/v1/review/defaults', headers: supervisor.headers })).json();
  assert.deepEqual(reset.defaults, reset.environment);
  await assertAccessible(page, 'exposure');
  await page.screenshot({ path: docsScreenshotPath('console-exposure'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Exposition', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Aujourd’hui (2026-12-08, UTC)' }).waitFor();
  // The new policy applies at once: at 40 minutes, two minutes no longer call for a break.
  await page
    .getByRole('grid', { name: 'Aujourd’hui (2026-12-08, UTC)' })
    .getByText('Dans les limites')
    .first()
    .waitFor();
  assert.match(await rowText(page, 'Aujourd’hui (2026-12-08, UTC)', second.email), /Dans les limites/);
  await page.getByLabel('Limite quotidienne').waitFor();
  await assertAccessible(page, 'exposure (French)');
  await page.screenshot({ path: docsScreenshotPath('console-exposure-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('an analyst is told the exposure screen is not for their role', async () => {
  const page = await openSignedIn(browser, baseUrl, first);
  await page.goto(`${baseUrl}/console/exposure`);
  await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
  await page.context().close();
});
