import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
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
import sharp from 'sharp';
import {
  checkerboard,
  plantMedia,
  testVideo,
  type PlantedMedia,
} from '../../../packages/core/src/review/review.test-helpers.ts';

// The media review screens in Chromium, by keyboard, on media made by code (checkerboards and
// ffmpeg's test pattern): media the test banks is never shown (its classification and count
// stand in for it) and never even fetched; the rest are the server's blurred previews, fetched
// with the session and shown through object URLs; one media is revealed (audited) and hidden
// again by moving on; a queue grid is classified by keys alone, with undo; a verifier confirms
// one verdict and disagrees with another, blind; a supervisor settles the disagreement.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let analyst: StaffSession;
let verifier: StaffSession;
let supervisor: StaffSession;
const pageUrl = 'http://review.example.test/gallery/';
const known: PlantedMedia[] = [];
const unknown: PlantedMedia[] = [];
const queued: PlantedMedia[] = [];

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  analyst = await createStaffSession(t.ctx, 'analyst', 'review-analyst@example.org');
  verifier = await createStaffSession(t.ctx, 'verifier', 'review-verifier@example.org');
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'review-supervisor@example.org');
  for (const seed of [1, 2]) known.push(await plantMedia(t.ctx, await checkerboard(seed), { pageUrl, queued: false }));
  for (const seed of [3, 4, 5])
    unknown.push(await plantMedia(t.ctx, await checkerboard(seed), { pageUrl, queued: false }));
  unknown.push(await plantMedia(t.ctx, await testVideo(), { pageUrl, kind: 'video', queued: false }));
  await bank(known);
  const queue = 'http://queue.example.test/page/';
  for (const [i, seed] of [11, 12, 13, 14].entries())
    queued.push(await plantMedia(t.ctx, await checkerboard(seed), { pageUrl: queue, priority: 100 - i }));
  // A re-encoded copy of the first, grouped under it: decided once with it.
  queued.push(await plantMedia(t.ctx, await checkerboard(11, 256), { pageUrl: queue, groupOf: queued[0]!.sha256 }));
});
after(async () => {
  await browser?.close();
  await t?.close();
});

/** Banks the media in a partner's bank as B2 (pubescent, sexual posing): known from then on. */
async function bank(media: PlantedMedia[]) {
  const partner = await t.ctx.hashbank.createBank('PARTNER', {}, cliActor);
  for (const m of media) {
    const [entryId] = await t.ctx.hashbank.addEntries(
      [
        {
          bankId: partner.id,
          signals: { sha256: m.sha256 },
          labels: { ageBand: 'pubescent', activity: 'sexual_posing' },
        },
      ],
      cliActor,
      { action: 'test.bank-filled' },
    );
    await t.ctx.db
      .updateTable('media')
      .set({
        state: 'known',
        entry_id: String(entryId),
        bank_id: partner.id,
        age_band: 'pubescent',
        activity: 'sexual_posing',
      })
      .where('sha256', '=', m.sha256)
      .execute();
  }
}

/** Every request the page makes: the console's own origin only, and which previews it asked for. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const tiles = (page: Page) => page.getByRole('grid').getByRole('row');
const auditOf = (action: string, subject: string) =>
  t.ctx.db
    .selectFrom('audit_event')
    .select(['details'])
    .where('action', '=', action)
    .where('subject_id', '=', subject)
    .execute();

test('known media hidden as classification and count, unknown blurred, one revealed and hidden again', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  const requests = watchRequests(page);
  await page.goto(`${baseUrl}/console/review?page=${encodeURIComponent(pageUrl)}`);
  await page.getByRole('heading', { name: 'Media review', level: 1 }).waitFor();
  const notShown = page.getByRole('region', { name: 'Not shown' });
  await notShown.getByText('B2 · Pubescent · Sexual posing (PARTNER): 2 media').waitFor();
  assert.equal(await tiles(page).count(), unknown.length, 'only unknown media are in the grid');
  // Evaluated as strings: this test is type-checked without the DOM's types.
  const blobs = () =>
    page.evaluate<number>(
      `[...document.querySelectorAll('[role=grid] img')].filter((i) => i.src.startsWith('blob:')).length`,
    );
  await poll(async () => (await blobs()) === unknown.length, 'every preview shown');
  // Each image is the server's preview (the answer the page fetched, at its size), by object URL.
  const firstSha = (await tiles(page).first().getAttribute('data-entry'))!;
  assert.ok(unknown.some((m) => m.sha256 === firstSha));
  const size = await page.evaluate<{ width: number; height: number }>(
    `(({ naturalWidth: width, naturalHeight: height }) => ({ width, height }))(document.querySelector('[role=grid] img'))`,
  );
  const served = await t.app.inject({ url: `/api/v1/media/${firstSha}/preview`, headers: analyst.headers });
  assert.equal(served.headers['cache-control'], 'no-store, private');
  const metadata = await sharp(served.rawPayload).metadata();
  assert.deepEqual(size, { width: metadata.width, height: metadata.height });
  assert.ok(requests.some((u) => u.endsWith(`/api/v1/media/${firstSha}/preview`)));
  assert.equal(await page.getByRole('img', { name: /video shown as blurred stills/ }).count(), 1);
  for (const m of known) assert.ok(!requests.some((u) => u.includes(m.sha256)), 'known media are never even asked for');
  assert.ok(
    requests.every((u) => u.startsWith(baseUrl) || u.startsWith('blob:')),
    'no remote content',
  );
  await assertAccessible(page, 'review grid');
  await page.screenshot({ path: docsScreenshotPath('console-review'), fullPage: true });

  await tiles(page).first().focus();
  await page.keyboard.press('r');
  await page.getByRole('img', { name: 'Media 1, revealed' }).waitFor();
  const revealed = await auditOf('review.media-revealed', firstSha);
  assert.equal(revealed.length, 1, 'the reveal is audited');
  await page.screenshot({ path: docsScreenshotPath('console-review-revealed'), fullPage: true });
  await page.keyboard.press('ArrowRight');
  await page.getByRole('img', { name: 'Media 1, blurred preview' }).waitFor();
  await poll(async () => (await auditOf('review.reveal-ended', firstSha)).length === 1);
  const row = await t.ctx.db
    .selectFrom('review_reveal')
    .select(['ended_at'])
    .where('sha256', '=', firstSha)
    .executeTakeFirstOrThrow();
  assert.notEqual(row.ended_at, null, 'moving on ends the reveal');

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Revue des médias', level: 1 }).waitFor();
  await page.getByText('B2 · Pubère · Pose sexuelle (PARTNER) : 2 médias').waitFor();
  await assertAccessible(page, 'review grid (French)');
  await page.screenshot({ path: docsScreenshotPath('console-review-fr'), fullPage: true });
  assert.deepEqual(blocked, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

async function poll(check: () => Promise<boolean>, what = 'condition') {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what} never held`);
}

const focusedEntry = (page: Page) =>
  page.evaluate<string | null>(`document.activeElement?.getAttribute('data-entry') ?? null`);
const decisionsOf = (sha256: string) =>
  t.ctx.db
    .selectFrom('review_decision')
    .select(['verdict', 'origin', 'undone_at', 'stage'])
    .where('sha256', '=', sha256)
    .orderBy('id')
    .execute();

test('a queue grid classified by keys alone: labels, the next media after each verdict, undo', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Media review' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Media review', level: 1 }).waitFor();
  await page.getByText('0 of 4 decided.').waitFor();
  const order = await Promise.all((await tiles(page).all()).map((row) => row.getAttribute('data-entry')));
  assert.deepEqual(
    order,
    queued.slice(0, 4).map((m) => m.sha256),
    'by priority; the copy is inside its group',
  );
  await tiles(page).first().getByText('Group of 2 near-duplicates').waitFor();

  await tiles(page).first().focus();
  await page.keyboard.press('1');
  await page.getByText('1 of 4 decided.').waitFor();
  assert.equal(await focusedEntry(page), queued[1]!.sha256, 'the next media takes focus');
  await page.keyboard.press('o');
  await page.keyboard.press('o');
  await page.getByRole('button', { name: /Self-generated/ }).waitFor();
  await page.keyboard.press('4');
  await page.getByText('2 of 4 decided.').waitFor();
  await page.keyboard.press('n');
  await page.getByText('3 of 4 decided.').waitFor();
  await page.keyboard.press('z');
  await page.getByText('2 of 4 decided.').waitFor();
  await poll(async () => (await focusedEntry(page)) === queued[2]!.sha256, 'the undone media back in focus');
  await page.keyboard.press('3');
  await page.getByText('3 of 4 decided.').waitFor();
  await page.keyboard.press('u');
  await page.getByText('4 of 4 decided.').waitFor();
  await page.getByRole('button', { name: 'Next grid' }).waitFor();
  await page.getByRole('button', { name: 'Undo last verdict' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('3 of 4 decided.').waitFor();
  await tiles(page).nth(3).focus();
  await page.keyboard.press('n');
  await page.getByText('4 of 4 decided.').waitFor();

  const standing = async (m: PlantedMedia) => (await decisionsOf(m.sha256)).filter((d) => d.undone_at === null);
  assert.deepEqual(await standing(queued[0]!), [{ verdict: 'csam_a1', origin: null, undone_at: null, stage: 'first' }]);
  assert.deepEqual(
    (await standing(queued[1]!)).map((d) => [d.verdict, d.origin]),
    [['csam_b2', 'self_generated']],
  );
  assert.deepEqual(
    (await decisionsOf(queued[2]!.sha256)).map((d) => [d.verdict, d.undone_at === null]),
    [
      ['not_csam', false],
      ['csam_b1', true],
    ],
  );
  assert.deepEqual(
    (await decisionsOf(queued[3]!.sha256)).map((d) => [d.verdict, d.undone_at === null]),
    [
      ['unsure', false],
      ['not_csam', true],
    ],
  );
  const members = await t.ctx.db
    .selectFrom('review_member')
    .select('sha256')
    .where('sha256', '=', queued[4]!.sha256)
    .execute();
  assert.equal(members.length, 1, 'the near-duplicate is decided with its group');
  assert.deepEqual(blocked, []);
  await page.context().close();
});

const itemOf = async (m: PlantedMedia) =>
  await t.ctx.db
    .selectFrom('review_item')
    .select(['id', 'state'])
    .where('sha256', '=', m.sha256)
    .executeTakeFirstOrThrow();

test('a verifier confirms one verdict and disagrees with another, blind; a supervisor settles', async () => {
  const page = await openSignedIn(browser, baseUrl, verifier);
  const blocked = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/`);
  await page.getByRole('link', { name: 'Verification' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Verification', level: 1 }).waitFor();
  await page.getByText('0 of 3 decided.').waitFor();
  const grid = page.getByRole('grid', { name: 'Media to verify' });
  assert.doesNotMatch(await grid.innerText(), /A1|A2|B1|B2|Self-generated|review-analyst/, 'blind: no first verdict');
  const confirmed = String((await itemOf(queued[0]!)).id);
  const disputed = String((await itemOf(queued[1]!)).id);
  await page.locator(`[data-entry="${confirmed}"]`).focus();
  await page.keyboard.press('1');
  await page.getByText('Confirmed: the entries now drive automatic actions.').waitFor();
  await page.locator(`[data-entry="${disputed}"]`).focus();
  await page.keyboard.press('2');
  await page.getByText('Disagreement: a supervisor decides.').waitFor();
  assert.equal((await itemOf(queued[0]!)).state, 'confirmed');
  assert.equal((await itemOf(queued[1]!)).state, 'disputed');
  const media = await t.ctx.db
    .selectFrom('media')
    .select('state')
    .where('sha256', '=', queued[0]!.sha256)
    .executeTakeFirstOrThrow();
  assert.equal(media.state, 'known', 'confirmed media is never shown again');
  await assertAccessible(page, 'verification');
  await page.screenshot({ path: docsScreenshotPath('console-verification'), fullPage: true });
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Vérification', level: 1 }).waitFor();
  await assertAccessible(page, 'verification (French)');
  await page.screenshot({ path: docsScreenshotPath('console-verification-fr'), fullPage: true });
  await page.context().close();

  const settling = await openSignedIn(browser, baseUrl, supervisor);
  const blockedToo = watchPageErrors(settling);
  await settling.goto(`${baseUrl}/console/`);
  await settling.getByRole('link', { name: 'Disputes' }).focus();
  await settling.keyboard.press('Enter');
  await settling.getByRole('heading', { name: 'Disputes', level: 1 }).waitFor();
  const row = settling.locator(`[data-entry="${disputed}"]`);
  await row.getByText(/First analyst: B2: pubescent, lascivious exhibition · .*Self-generated/).waitFor();
  await row.getByText(/Verifier: A2: prepubescent, lascivious exhibition/).waitFor();
  await assertAccessible(settling, 'disputes');
  await settling.screenshot({ path: docsScreenshotPath('console-disputes'), fullPage: true });
  await row.focus();
  await settling.keyboard.press('4');
  await row.getByText('Settled: the entries are confirmed.').waitFor();
  assert.equal((await itemOf(queued[1]!)).state, 'settled');
  await settling.getByRole('radio', { name: 'Français' }).click();
  await settling.getByRole('heading', { name: 'Désaccords', level: 1 }).waitFor();
  await assertAccessible(settling, 'disputes (French)');
  await settling.screenshot({ path: docsScreenshotPath('console-disputes-fr'), fullPage: true });
  assert.deepEqual([...blocked, ...blockedToo], []);
  await settling.context().close();
});
