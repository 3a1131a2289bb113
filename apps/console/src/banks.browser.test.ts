import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  followLink,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  openScreenFromHome,
  openSignedIn,
  pressOn,
  type StaffSession,
  watchPageErrors,
} from '@vigie/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';

// The hash bank screens in Chromium, by keyboard: a supervisor opens them from home, finds an
// entry by its MD5, withdraws and restores it (both in its history), finds a generated photo's
// entry by uploading the photo (hashed on the server; no media is ever shown), accepts and rejects
// providers' submissions, lifts a flood-guard suspension, grants and revokes an organisation and
// imports a CSV file. An analyst is told the grants and imports screen is not for their role.

let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let supervisor: StaffSession;
let analyst: StaffSession;
let organisationId: string;
const md5 = '5d41402abc4b2a76b9719d911017c592';
let md5Entry: number;
let photoEntry: number;
let suspendedEntry: number;
let photo: Buffer;
const submitted = ['7'.repeat(32), '8'.repeat(32)];
/** A generated checkerboard with a band (nothing real), as PNG bytes. */
async function generatedPhoto(): Promise<Buffer> {
  const size = 256;
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const v = Math.abs(x - y - 40) < 20 ? 128 : ((x >> 4) + (y >> 4)) % 2 === 0 ? 230 : 20;
      pixels.fill(v, (y * size + x) * 3, (y * size + x) * 3 + 3);
    }
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

before(async () => {
  const dist = ensureConsoleBuilt();
  t = await createTestApp({ VIGIE_CONSOLE_DIR: dist });
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'banks-supervisor@example.org');
  analyst = await createStaffSession(t.ctx, 'analyst', 'banks-analyst@example.org');

  const bank = await t.ctx.hashbank.createBank('TAKEDOWN', { purpose: 'Notices to hosts' }, cliActor);
  photo = await generatedPhoto();
  const signals = [{ md5 }, await t.ctx.hashbank.hashMedia(photo, 'photo'), { md5: '9'.repeat(32) }];
  const labels = { ageBand: 'prepubescent', activity: 'sexual_posing', origin: 'unknown' } as const;
  [md5Entry, photoEntry, suspendedEntry] = (await t.ctx.hashbank.addEntries(
    signals.map((s, i) => ({ bankId: bank.id, signals: s, ...(i === 0 ? { labels } : {}) })),
    cliActor,
    { action: 'test.bank-filled' },
  )) as [number, number, number];
  await t.ctx.hashbank.setSuspended(suspendedEntry, true, 'flood_guard', cliActor);

  const key = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:submit'] },
    cliActor,
  );
  organisationId = key.organisationId;
  for (const signal of submitted) {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { authorization: `Bearer ${key.key}` },
      payload: { signals: [{ signalType: 'md5', signal }], note: 'seen on our service' },
    });
    assert.equal(answer.statusCode, 201, answer.body);
  }
});
after(async () => {
  await browser?.close();
  await t?.close();
});

/** Opens a react-aria select by keyboard and picks the named option. */
async function pick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** Confirms a reason dialog: refused empty (the reason is required), then with the reason typed. */
async function confirmWithReason(page: Page, dialog: Locator, button: string, reason: string): Promise<void> {
  await pressOn(page, dialog.getByRole('button', { name: button }));
  await dialog.getByText('Give a reason.').waitFor();
  await dialog.getByLabel('Reason').focus();
  await page.keyboard.type(reason);
  await pressOn(page, dialog.getByRole('button', { name: button }));
  await dialog.waitFor({ state: 'detached' });
}

const history = (page: Page) => page.getByRole('grid', { name: 'History' });

test('banks: search by hash, withdraw and restore, search by media, the two queues; English and French', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Hash banks');
  const banks = page.getByRole('grid', { name: 'Banks' });
  const takedown = banks.getByRole('row', { name: 'TAKEDOWN' });
  assert.match(await takedown.innerText(), /TAKEDOWN\s+Standard\s+Notices to hosts\s+3\s+0/);
  await banks.getByRole('row', { name: 'QUARANTINE' }).getByText('Quarantine', { exact: true }).waitFor();

  // A bank's entries, newest first, each linked to its page.
  await followLink(page, takedown, 'TAKEDOWN');
  await page.getByRole('heading', { name: 'Bank TAKEDOWN', level: 1 }).waitFor();
  const entries = page.getByRole('grid', { name: 'Entries' });
  await entries
    .getByRole('row', { name: `Entry ${suspendedEntry}` })
    .getByText('Suspended')
    .waitFor();
  await entries
    .getByRole('row', { name: `Entry ${md5Entry}` })
    .getByText(md5)
    .waitFor();
  await pick(page, page.getByRole('button', { name: /Show/ }), 'Withdrawn', 'Withdrawn entries');
  await page.getByText('No entries to show.').waitFor();
  await pressOn(page, page.getByRole('link', { name: 'All banks' }));

  // By hash: the MD5 finds its entry.
  await pressOn(page, page.getByRole('tab', { name: 'Search' }));
  await pick(page, page.getByRole('button', { name: /Hash type/ }), 'MD5', 'MD5');
  await page.getByLabel('Hash', { exact: true }).focus();
  await page.keyboard.type('not-a-hash');
  await page.keyboard.press('Enter');
  await page.getByText('This is not a hash of the type chosen. Check its length and characters.').waitFor();
  await page.getByLabel('Hash', { exact: true }).fill('');
  await page.keyboard.type(md5);
  await page.keyboard.press('Enter');
  await page.getByText('1 entry matches the MD5 hash.').waitFor();
  const matches = page.getByRole('grid', { name: 'Matches' });
  assert.match(
    await matches.getByRole('row', { name: `Entry ${md5Entry}` }).innerText(),
    /TAKEDOWN\s+MD5: distance 0 \(threshold 0\)/,
  );

  // The entry's page: withdraw then restore, each with a reason, both in its history.
  await followLink(page, matches.getByRole('row', { name: `Entry ${md5Entry}` }), `Entry ${md5Entry}`);
  await page.getByRole('heading', { name: `Entry ${md5Entry}`, level: 1 }).waitFor();
  // Its labels and what each legal scheme calls them (the mappings are the migration's).
  await page.getByText('Prepubescent').waitFor();
  assert.match(await page.locator('main').innerText(), /UK A\/B\/C\s+C\b/);
  await pressOn(page, page.getByRole('button', { name: 'Withdraw' }));
  const withdraw = page.getByRole('alertdialog', { name: 'Withdraw this entry?' });
  await assertAccessible(page, 'bank entry, withdraw dialog');
  await confirmWithReason(page, withdraw, 'Withdraw', 'Hash list line was mislabelled.');
  await page.getByText(`Entry ${md5Entry} withdrawn.`).waitFor();
  await history(page)
    .getByRole('row')
    .filter({ hasText: 'Withdrawn' })
    .getByText('Hash list line was mislabelled.')
    .waitFor();
  await pressOn(page, page.getByRole('button', { name: 'Restore' }));
  await confirmWithReason(
    page,
    page.getByRole('alertdialog', { name: 'Restore this entry?' }),
    'Restore',
    'Checked again: the label was right.',
  );
  await page.getByText(`Entry ${md5Entry} restored.`).waitFor();
  await history(page)
    .getByRole('row')
    .filter({ hasText: 'Restored' })
    .getByText('Checked again: the label was right.')
    .waitFor();
  assert.deepEqual(
    (await t.ctx.hashbank.staff.getEntry(md5Entry)).events.map((e) => e.kind),
    ['created', 'withdrawn', 'restored'],
  );
  await assertAccessible(page, 'bank entry');
  await page.screenshot({ path: docsScreenshotPath('bank-entry.en.png'), fullPage: true });
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('link', { name: 'Toutes les banques' }).waitFor();
  await assertAccessible(page, 'bank entry (French)');
  await page.screenshot({ path: docsScreenshotPath('bank-entry.fr.png'), fullPage: true });
  await page.getByRole('radio', { name: 'English' }).click();

  // By media: the generated photo, hashed on the server, finds its entry; nothing of it is shown.
  await pressOn(page, page.getByRole('link', { name: 'All banks' }));
  await pressOn(page, page.getByRole('tab', { name: 'Search' }));
  const chooser = page.waitForEvent('filechooser');
  await pressOn(page, page.getByRole('button', { name: 'Choose a photo or video…' }));
  await (await chooser).setFiles({ name: 'generated.png', mimeType: 'image/png', buffer: photo });
  await page.getByText('1 entry matches the file generated.png.').waitFor();
  await matches
    .getByRole('row', { name: `Entry ${photoEntry}` })
    .getByText(/^PDQ: distance 0/)
    .waitFor();
  assert.equal(await page.locator('img, video, canvas, picture').count(), 0, 'no media on the screen');
  await assertAccessible(page, 'banks, search by media');
  await page.screenshot({ path: docsScreenshotPath('banks.en.png'), fullPage: true });

  // Submissions: the first accepted into TAKEDOWN, the second rejected, each with a reason.
  await pressOn(page, page.getByRole('tab', { name: 'Submissions' }));
  const queue = page.getByRole('grid', { name: 'Submissions from providers' });
  const rows = queue.getByRole('row', { name: /^Entry \d+$/ });
  await rows.nth(1).waitFor();
  const [first, second] = (await rows.allInnerTexts()).map((text) => Number(/Entry (\d+)/.exec(text)?.[1]));
  assert.ok(first !== undefined && second !== undefined);
  await moveToControl(page, queue.getByRole('row', { name: `Entry ${first}` }), `Accept Entry ${first}`);
  await page.keyboard.press('Enter');
  const accept = page.getByRole('alertdialog', { name: 'Accept this submission into a bank?' });
  await accept
    .getByRole('button', { name: /Into bank/ })
    .getByText('TAKEDOWN')
    .waitFor();
  await confirmWithReason(page, accept, 'Accept', 'Seen: matches the description.');
  const accepted = await page.getByText(new RegExp(`Submission ${first} accepted into TAKEDOWN as entry \\d+\\.`));
  await accepted.waitFor();
  await moveToControl(page, queue.getByRole('row', { name: `Entry ${second}` }), `Reject Entry ${second}`);
  await page.keyboard.press('Enter');
  const reject = page.getByRole('alertdialog', { name: 'Reject this submission?' });
  await confirmWithReason(page, reject, 'Reject', 'Not material.');
  await page.getByText(`Submission ${second} rejected.`).waitFor();
  await page.getByText('No submissions waiting.').waitFor();
  const inBank = await t.app.inject({
    method: 'POST',
    url: '/api/v1/bank-search',
    headers: supervisor.headers,
    payload: { signalType: 'md5', signal: submitted[0] },
  });
  assert.deepEqual(
    inBank.json().matches.map((m: { bank: string }) => m.bank),
    ['TAKEDOWN'],
    'the accepted hash is in TAKEDOWN, no longer in quarantine',
  );

  // The flood guard's suspension, lifted with a reason.
  await pressOn(page, page.getByRole('tab', { name: 'Suspensions' }));
  const suspensions = page.getByRole('grid', { name: 'Suspended by the flood guard' });
  await suspensions
    .getByRole('row', { name: `Entry ${suspendedEntry}` })
    .getByText('Flood guard')
    .waitFor();
  await moveToControl(
    page,
    suspensions.getByRole('row', { name: `Entry ${suspendedEntry}` }),
    `Lift the suspension of Entry ${suspendedEntry}`,
  );
  await page.keyboard.press('Enter');
  await confirmWithReason(
    page,
    page.getByRole('alertdialog', { name: 'Lift this suspension?' }),
    'Lift',
    'A real wave of uploads after a news story.',
  );
  await page.getByText(`Suspension of entry ${suspendedEntry} lifted.`).waitFor();
  await page.getByText('No suspended entries.').waitFor();
  await assertAccessible(page, 'banks, suspensions');

  // French: re-worded in place.
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Banques d’empreintes', level: 1 }).waitFor();
  await page.getByText(`Suspension de l’entrée ${suspendedEntry} levée.`).waitFor();
  await pressOn(page, page.getByRole('tab', { name: 'Banques' }));
  await page
    .getByRole('grid', { name: 'Banques' })
    .getByRole('row', { name: 'TAKEDOWN' })
    .getByText('Standard')
    .waitFor();
  await assertAccessible(page, 'banks (French)');
  await page.screenshot({ path: docsScreenshotPath('banks.fr.png'), fullPage: true });
  await pressOn(page, page.getByRole('tab', { name: 'Régimes juridiques' }));
  await page
    .getByRole('grid', { name: 'Catégories des régimes juridiques' })
    .getByText('Royaume-Uni A/B/C')
    .first()
    .waitFor();
  await assertAccessible(page, 'banks, legal schemes (French)');
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('grants and imports: a supervisor grants and revokes an organisation, imports a file, follows an import', async () => {
  const { page, errors } = await openScreenFromHome(browser, baseUrl, supervisor, 'Hash banks');
  await followLink(page, page.getByRole('grid', { name: 'Banks' }).getByRole('row', { name: 'TAKEDOWN' }), 'TAKEDOWN');
  await pressOn(page, page.getByRole('link', { name: 'Grants and imports' }));
  await page.getByRole('heading', { name: 'Grants and imports of TAKEDOWN', level: 1 }).waitFor();
  const grants = page.getByRole('grid', { name: 'Organisations granted' });
  await grants.getByText('No organisation is granted this bank.').waitFor();

  await pick(page, page.getByRole('button', { name: /Organisation/ }), 'Example', 'Example Platform');
  await pick(page, page.getByRole('button', { name: /What a match shows/ }), 'The legal', 'The legal-scheme category');
  await pressOn(page, page.getByRole('button', { name: 'Grant', exact: true }));
  await page.getByText('Choose at least one use.').waitFor();
  await page.getByRole('checkbox', { name: 'Notice and takedown' }).focus();
  await page.keyboard.press('Space');
  await pressOn(page, page.getByRole('button', { name: 'Grant', exact: true }));
  await page.getByText('Example Platform granted.').waitFor();
  const granted = grants.getByRole('row', { name: 'Example Platform' });
  assert.match(await granted.innerText(), /Example Platform\s+Notice and takedown\s+The legal-scheme category\s+No/);
  assert.deepEqual(
    (await t.ctx.hashbank.staff.grantsOf('TAKEDOWN')).grants.map((g) => [g.organisationId, g.tier, g.uses]),
    [[organisationId, 'scheme_category', ['notice_and_takedown']]],
  );

  await moveToControl(page, granted, 'Revoke the grant of Example Platform');
  await page.keyboard.press('Enter');
  const revoke = page.getByRole('alertdialog', { name: 'Revoke this grant?' });
  await revoke.getByText('Example Platform no longer matches against TAKEDOWN.').waitFor();
  await pressOn(page, revoke.getByRole('button', { name: 'Revoke' }));
  await revoke.waitFor({ state: 'detached' });
  await page.getByText('Grant of Example Platform revoked.').waitFor();
  await grants.getByText('No organisation is granted this bank.').waitFor();
  assert.deepEqual((await t.ctx.hashbank.staff.grantsOf('TAKEDOWN')).grants, []);

  // A CSV file imported: one line added, the malformed one skipped and said.
  const chooser = page.waitForEvent('filechooser');
  await pressOn(page, page.getByRole('button', { name: 'Choose a file to import…' }));
  await (
    await chooser
  ).setFiles({
    name: 'takedown.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`signal_type,signal\nmd5,${'1'.repeat(32)}\nmd5,not-a-hash\n`),
  });
  await page.getByText('takedown.csv imported: 1 added, 1 skipped, 1 line refused.').waitFor();
  const imports = page.getByRole('grid', { name: 'Imports' });
  await imports.getByText(/^3 lines, finished /).waitFor();

  // An import stopped half way (as a restart leaves one) shows its progress, and the list follows it.
  const bank = await t.ctx.hashbank.getBank('TAKEDOWN');
  const { id } = await t.ctx.db
    .insertInto('bank_import')
    .values({ bank_id: bank.id, format: 'hma', file_sha256: 'f'.repeat(64), lines_done: 120 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await page.reload();
  await imports.getByText('In progress: 120 lines done').waitFor();
  await assertAccessible(page, 'bank grants and imports');
  await page.screenshot({ path: docsScreenshotPath('bank-curation.en.png'), fullPage: true });
  await t.ctx.db
    .updateTable('bank_import')
    .set({ lines_done: 300, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
  await imports.getByText(/^300 lines, finished /).waitFor();

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Autorisations et importations de TAKEDOWN', level: 1 }).waitFor();
  await page
    .getByRole('grid', { name: 'Importations' })
    .getByText(/^300 lignes, terminée /)
    .waitFor();
  await assertAccessible(page, 'bank grants and imports (French)');
  await page.screenshot({ path: docsScreenshotPath('bank-curation.fr.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('an analyst reads the banks and works the queues, but grants and imports are not for their role', async () => {
  const page = await openSignedIn(browser, baseUrl, analyst);
  const errors = watchPageErrors(page);
  await page.goto(`${baseUrl}/console/bank-entries/${md5Entry}`);
  await page.getByRole('heading', { name: `Entry ${md5Entry}`, level: 1 }).waitFor();
  await history(page).getByRole('row').filter({ hasText: 'Restored' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Withdraw|Restore/ }).count(), 0, 'supervisors withdraw');

  await page.goto(`${baseUrl}/console/banks/TAKEDOWN`);
  await page.getByRole('heading', { name: 'Bank TAKEDOWN', level: 1 }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Grants and imports' }).count(), 0);
  await page.goto(`${baseUrl}/console/banks/TAKEDOWN/curation`);
  await page.getByRole('heading', { name: 'Not available to your role', level: 1 }).waitFor();
  await assertAccessible(page, 'bank grants and imports, refused to an analyst');
  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Non disponible pour votre rôle', level: 1 }).waitFor();
  await assertAccessible(page, 'bank grants and imports, refused to an analyst (French)');
  assert.deepEqual(errors, []);
  await page.context().close();
});
