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
  pollUntil,
  pressOn,
  watchPageErrors,
  type StaffSession,
} from '@vigie/testkit';
import type { Browser, Page } from 'playwright-core';
import { checkerboard, plantMedia, type PlantedMedia } from '../../../packages/core/src/review/review.test-helpers.ts';

// An analyst's own review settings in Chromium: hover-to-peek is off by default and the policy
// forbids it, so turning it on is refused with the server's reason; once a supervisor allows it,
// the analyst turns it on, and pointing at a blurred media reveals it (audited) until the pointer
// leaves, which hides it again and ends the reveal. Blur stays on: the policy forbids switching it off.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let analyst: StaffSession;
let supervisor: StaffSession;
const pageUrl = 'http://peek.example.test/gallery/';
const media: PlantedMedia[] = [];

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  analyst = await createStaffSession(t.ctx, 'analyst', 'peek-analyst@example.org');
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'peek-supervisor@example.org');
  for (const seed of [21, 22])
    media.push(await plantMedia(t.ctx, await checkerboard(seed), { pageUrl, queued: false }));
});
after(async () => {
  await browser?.close();
  await t?.close();
});

const reveals = () => t.ctx.db.selectFrom('review_reveal').select(['sha256', 'ended_at']).execute();

async function openReview(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/console/review?page=${encodeURIComponent(pageUrl)}`);
  await page.getByRole('heading', { name: 'Media review', level: 1 }).waitFor();
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).waitFor();
}

async function openSettings(page: Page) {
  await pressOn(page, page.getByRole('button', { name: 'My review settings' }));
  const panel = page.getByRole('region', { name: 'My review settings' });
  await panel.getByRole('checkbox', { name: 'Reveal on hover' }).waitFor();
  return panel;
}

test('hover-to-peek: refused while the policy forbids it; once allowed, pointing reveals and leaving hides', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  await openReview(page);
  let panel = await openSettings(page);
  assert.match(await panel.innerText(), /Reveal on hover\s+Default: off\. Supervisors do not allow changing this\./);

  // Refused by the server: its reason said, the box left as it was.
  await pressOn(page, panel.getByRole('checkbox', { name: 'Reveal on hover' }), 'Space');
  await panel.getByText('The review policy set by supervisors does not allow this setting.').first().waitFor();
  assert.equal(await panel.getByRole('checkbox', { name: 'Reveal on hover' }).isChecked(), false);
  // Pointing at a media reveals nothing while peeking is off.
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).hover();
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('img', { name: 'Media 1, revealed' }).count(), 0);
  assert.deepEqual(await reveals(), []);
  // Blur cannot be switched off either (the policy's default).
  await pressOn(page, panel.getByRole('checkbox', { name: 'Blur previews' }), 'Space');
  await panel.getByText('The review policy set by supervisors does not allow this setting.').first().waitFor();
  assert.equal(await panel.getByRole('checkbox', { name: 'Blur previews' }).isChecked(), true);
  await assertAccessible(page, 'review settings, a refusal');

  const allowed = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/review/policy',
    headers: supervisor.headers,
    payload: { allowHoverPeek: true },
  });
  assert.equal(allowed.statusCode, 200, allowed.body);

  await openReview(page);
  panel = await openSettings(page);
  assert.doesNotMatch(await panel.innerText(), /Reveal on hover\s+Default: off\. Supervisors do not allow/);
  await pressOn(page, panel.getByRole('checkbox', { name: 'Reveal on hover' }), 'Space');
  await panel.getByText('Settings saved.').waitFor();
  assert.equal(await panel.getByRole('checkbox', { name: 'Reveal on hover' }).isChecked(), true);
  await page.screenshot({ path: docsScreenshotPath('console-review-settings'), fullPage: true });

  // Pointing at the first media reveals it (audited); moving away hides it and ends the reveal.
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).hover();
  await page.getByRole('img', { name: 'Media 1, revealed' }).waitFor();
  const first = (await page.getByRole('grid').getByRole('row').first().getAttribute('data-entry'))!;
  assert.ok(media.some((m) => m.sha256 === first));
  await pollUntil(async () => (await reveals()).some((r) => r.sha256 === first), 'the reveal recorded');
  await page.mouse.move(0, 0);
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).waitFor();
  await pollUntil(async () => (await reveals()).every((r) => r.ended_at !== null), 'the reveal ended');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('subject_id', '=', first)
    .where('action', 'in', ['review.media-revealed', 'review.reveal-ended'])
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audited.map((a) => a.action),
    ['review.media-revealed', 'review.reveal-ended'],
  );

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('checkbox', { name: 'Révéler au survol' }).waitFor();
  await assertAccessible(page, 'review settings (French)');
  await page.screenshot({ path: docsScreenshotPath('console-review-settings-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});
