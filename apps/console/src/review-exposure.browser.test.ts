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
import { checkerboard, plantMedia } from '../../../packages/core/src/review/review.test-helpers.ts';

// Exposure limits in the review screen, on the server's fake clock (the browser's own clock is
// not faked: the console asks the server what time has been counted). "Stop now" (Escape) hides
// every media at once and ends the review session; a break the server imposes hides every media
// until it is over; a review session that timed out hides everything and sends the analyst to
// sign in again.

let clock = new Date('2026-12-07T08:00:00.000Z');
const advance = (seconds: number) => void (clock = new Date(clock.getTime() + seconds * 1000));
let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp(
    {
      VIGIE_CONSOLE_DIR: dist,
      VIGIE_REVIEW_SOFT_LIMIT_MINUTES: '2',
      VIGIE_REVIEW_HARD_LIMIT_MINUTES: '3',
      VIGIE_REVIEW_BREAK_MINUTES: '5',
      VIGIE_REVIEW_DAILY_LIMIT_MINUTES: '60',
      VIGIE_REVIEW_SESSION_TIMEOUT_MINUTES: '2',
    },
    { now: () => new Date(clock) },
  );
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const tiles = (page: Page) => page.locator('[data-entry]');
const beat = async (who: StaffSession) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/review/exposure/heartbeat',
    headers: who.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as Promise<{ state: string }>;
};
const dayOf = (who: StaffSession) =>
  t.ctx.db
    .selectFrom('review_exposure_day as d')
    .innerJoin('staff_user as u', 'u.id', 'd.user_id')
    .select(['d.stops', 'd.breaks'])
    .where('u.email', '=', who.email)
    .executeTakeFirst();

// Each analyst's grid holds the media it was given: each test plants its own.
let seed = 20;
async function plant(count: number) {
  for (let i = 0; i < count; i++)
    await plantMedia(t.ctx, await checkerboard(++seed), { pageUrl: 'http://limits.example.test/', priority: 50 });
}

async function openReview(who: StaffSession): Promise<Page> {
  await plant(2);
  const page = await openSignedIn(browser, baseUrl, who);
  await page.goto(`${baseUrl}/console/review`);
  await page.getByRole('heading', { name: 'Media review', level: 1 }).waitFor();
  return page;
}

test('"stop now" (Escape) hides every media at once and ends the review session', async () => {
  const analyst = await createStaffSession(t.ctx, 'analyst', 'stop-now@example.org');
  const page = await openReview(analyst);
  const blocked = watchPageErrors(page);
  await tiles(page).first().waitFor();
  await tiles(page).first().focus();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Review stopped' }).waitFor();
  assert.equal(await tiles(page).count(), 0, 'no media left on screen');
  assert.equal(await page.locator('img').count(), 0, 'no picture left on screen');
  for (let i = 0; i < 50 && (await dayOf(analyst))?.stops !== 1; i++) await page.waitForTimeout(100);
  assert.equal((await dayOf(analyst))?.stops, 1, 'the server counted the stop');
  await assertAccessible(page, 'review stopped');
  await page.getByRole('button', { name: 'Resume review' }).focus();
  await page.keyboard.press('Enter');
  await tiles(page).first().waitFor();
  assert.deepEqual(blocked, []);
  await page.context().close();
});

test('a break the server imposes hides every media until it is over', async () => {
  const analyst = await createStaffSession(t.ctx, 'analyst', 'break@example.org');
  // Three minutes of review (a beat a minute): the hard limit imposes the break.
  await beat(analyst);
  for (let i = 0; i < 3; i++) {
    advance(60);
    await beat(analyst);
  }
  assert.equal((await beat(analyst)).state, 'break_required');
  const page = await openReview(analyst);
  const blocked = watchPageErrors(page);
  await page.getByRole('heading', { name: 'Break time' }).waitFor();
  assert.equal(await tiles(page).count(), 0, 'no media during the break');
  await assertAccessible(page, 'review break');
  await page.screenshot({ path: docsScreenshotPath('console-review-break'), fullPage: true });
  advance(5 * 60 + 1);
  await page.getByRole('button', { name: 'Check again' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Break time' }).waitFor({ state: 'detached' });
  await plant(2);
  await tiles(page).first().waitFor();
  assert.ok(((await dayOf(analyst))?.breaks ?? 0) >= 1);
  assert.deepEqual(
    blocked.filter((b) => !b.includes('423')),
    [],
  );
  await page.context().close();
});

test('a review session that timed out hides everything and sends the analyst to sign in', async () => {
  const analyst = await createStaffSession(t.ctx, 'analyst', 'timeout@example.org');
  const page = await openReview(analyst);
  await tiles(page).first().waitFor();
  await tiles(page).first().focus();
  // The activity is reported by the next heartbeat; the clock moves only once it is in (else the
  // heartbeat would arrive after the jump, as it never could in five seconds of real time).
  const beat = page.waitForResponse((r) => r.url().endsWith('/api/v1/review/exposure/heartbeat'));
  await page.keyboard.press('ArrowRight');
  await beat;
  // Past the session timeout on the server's clock: the console's next check finds it over.
  advance(3 * 60);
  await page.getByLabel('Email address').waitFor({ timeout: 20_000 });
  assert.equal(await tiles(page).count(), 0);
  assert.match(page.url(), /\/console\/login/);
  await page.context().close();
});
