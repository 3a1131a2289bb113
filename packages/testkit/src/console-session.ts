// The console in a browser page, already signed in as a staff member (the session cookie the
// real enrolment gave), so that a screen's test starts on its screen rather than at sign-in.
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import type { StaffSession } from './staff.ts';

export async function openSignedIn(
  browser: Browser,
  baseUrl: string,
  staff: StaffSession,
  locale: 'en-CA' | 'fr-CA' = 'en-CA',
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const value = staff.cookie.slice(staff.cookie.indexOf('=') + 1);
  await context.addCookies([{ name: 'vigie_session', value, url: baseUrl, httpOnly: true, sameSite: 'Strict' }]);
  return context.newPage();
}

/** Script errors and CSP refusals on the page (failed loads, such as expected 4xx, excepted). */
export function watchPageErrors(page: Page): string[] {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      blocked.push(message.text());
  });
  page.on('pageerror', (error) => blocked.push(error.message));
  return blocked;
}

/**
 * Waits for react-aria's live announcements to expire (it keeps each for seven seconds, labelled by
 * elements a closed dialog took away), so that axe judges the screen as a user now meets it.
 */
export async function settleAnnouncements(page: Page): Promise<void> {
  // Polled through page.evaluate: waitForFunction would eval a string, which the console's CSP refuses.
  for (let waited = 0; waited < 15_000; waited += 250) {
    const pending = await page.evaluate<number>(`document.querySelectorAll('[role=log] [aria-labelledby]').length`);
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('live announcements did not clear');
}

/** axe finds nothing on the screen as it stands once its announcements have cleared. */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  await settleAnnouncements(page);
  assert.deepEqual(await findAccessibilityViolations(page), [], `axe on ${screen}`);
}

/** Focuses a table row, then moves by arrow keys (the grid's own navigation) to the named control. */
export async function moveToControl(page: Page, row: Locator, name: string): Promise<void> {
  await row.focus();
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate<string>(
      `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''`,
    );
    if (focused === name) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the arrow keys never reached ${name}`);
}

/** A screen opened from its home-page link by keyboard, signed in, with its page errors watched. */
export async function openScreenFromHome(
  browser: Browser,
  baseUrl: string,
  staff: StaffSession,
  name: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await openSignedIn(browser, baseUrl, staff);
  const errors = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  return { page, errors };
}

/** Focuses a control and presses a key on it (Enter by default), as a keyboard user does. */
export async function pressOn(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

/** Replaces a field's text by typing, as a keyboard user does (select all, then type). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Waits until `check` holds (every 100 ms, up to 30 s), else fails naming `what`. */
export async function pollUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what} never held`);
}

/** Moves into a table row by arrow keys (the grid's own navigation) to the named link, and follows it. */
export async function followLink(page: Page, row: Locator, name: string): Promise<void> {
  await row.focus();
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate<string>(
      `document.activeElement?.tagName === 'A' ? document.activeElement.textContent ?? '' : ''`,
    );
    if (focused === name) return page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the arrow keys never reached the link ${name}`);
}
