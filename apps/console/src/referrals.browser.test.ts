import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  createStaffSession,
  createTestApp,
  docsScreenshotPath,
  ensureConsoleBuilt,
  launchBrowser,
  moveToControl,
  openScreenFromHome,
  pressOn,
  type StaffSession,
  typeInto,
} from '@vigie/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  markReport,
  privateAuthority,
  startApiReceiver,
  submitReport,
  type ApiReceiver,
} from '../../../packages/core/src/referrals/referrals.test-helpers.ts';

// The referrals screen in Chromium, by keyboard: a supervisor adds a police force to the
// recipients directory (its HTTPS address a loopback receiver whose certificate the force's own
// authority issued, pasted in the form) and creates a forwarding rule.
// Two reports the crawler marked are then forwarded automatically by that rule through the real
// services: one leaves after its undo window and is delivered, the other is undone in the console
// while still held (nothing leaves). The delivered one gets an acknowledgement and an outcome.

let clock = new Date();
const advance = (minutes: number) => void (clock = new Date(clock.getTime() + minutes * 60_000));
let t: Awaited<ReturnType<typeof createTestApp>>;
let browser: Browser;
let baseUrl: string;
let police: ApiReceiver;
let supervisor: StaffSession;
let analyst: StaffSession;
const force = 'Manitoba police (console test)';
const ruleName = 'Banked material to the regional police';
const authority = privateAuthority();

before(async () => {
  const dist = ensureConsoleBuilt();
  police = await startApiReceiver('/referrals', authority);
  t = await createTestApp(
    { VIGIE_CONSOLE_DIR: dist, VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8', VIGIE_REFERRAL_UNDO_MINUTES: '15' },
    { now: () => new Date(clock), referralCountryOf: async (address) => (address === '192.0.2.10' ? 'CA' : null) },
  );
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  supervisor = await createStaffSession(t.ctx, 'supervisor', 'referrals-supervisor@example.org');
  analyst = await createStaffSession(t.ctx, 'analyst', 'referrals-analyst@example.org');
});
after(async () => {
  await browser?.close();
  await t?.close();
  await police?.close();
});

const openReferrals = (staff: StaffSession) => openScreenFromHome(browser, baseUrl, staff, 'Referrals');

/** Moves along the tab list by the arrow keys (tabs are selected as they take focus). */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 3; i++) {
    if ((await page.getByRole('tab', { name, selected: true }).count()) === 1) return;
    await page.keyboard.press('ArrowRight');
  }
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

/** Opens a react-aria select by keyboard and picks the option whose name starts with `typed`. */
async function pick(page: Page, select: Locator, typed: string, option: string): Promise<void> {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

const referralsOf = (reportId: string) =>
  t.ctx.db.selectFrom('referral').selectAll().where('report_id', '=', reportId).execute();
const viewOf = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/referrals/${id}`, headers: supervisor.headers })).json();

/** A report whose URL led to banked material, forwarded by the rule: its one referral, held. */
async function forwardedReport(): Promise<{ id: string; reference: string }> {
  const reportId = await submitReport(t.ctx, { region: 'MB' });
  await markReport(t.ctx, reportId);
  assert.deepEqual(await t.ctx.referrals.forwardAutomatic(), { decided: 1, forwarded: 1 });
  const [held, ...others] = await referralsOf(reportId);
  assert.equal(others.length, 0);
  assert.equal(held!.state, 'held');
  return { id: held!.id, reference: held!.reference };
}

test('a recipient and a rule added, an automatic referral undone, another acknowledged with its outcome', async () => {
  const { page, errors } = await openReferrals(supervisor);

  // The directory: a police force for Manitoba, reached by signed HTTPS requests (here loopback).
  await openTab(page, 'Recipients');
  await page.getByRole('heading', { name: 'Recipients directory' }).waitFor();
  const form = page.getByRole('form', { name: 'Add a recipient' });
  await pressOn(page, form.getByRole('button', { name: 'Add recipient' }));
  await form.getByText('Give the recipient a name.').first().waitFor();
  await typeInto(page, form.getByLabel('Name', { exact: true }), force);
  await typeInto(page, form.getByLabel('Province or state'), 'mb');
  await typeInto(page, form.getByLabel('Address (URL)'), police.url);
  await typeInto(page, form.getByLabel('Signing secret'), 'a shared secret of sixteen+ chars');
  await form.getByLabel('Private certificate authority').focus();
  await page.keyboard.insertText(authority.ca);
  await pressOn(page, form.getByRole('button', { name: 'Add recipient' }));
  await form.getByText(`Recipient “${force}” saved.`).waitFor();
  const directory = page.getByRole('grid', { name: 'Recipients directory' });
  const row = directory.getByRole('row', { name: force });
  await row.getByText('Police force').waitFor();
  assert.match(await row.innerText(), /MB, CA/);
  assert.match(await row.innerText(), /signing secret set/);
  assert.doesNotMatch(await page.content(), /sixteen\+ chars/, 'the secret is never shown again');
  const listed = (await t.app.inject({ url: '/api/v1/referral-recipients', headers: supervisor.headers })).json();
  const saved = listed.recipients.find((r: { name: string }) => r.name === force);
  assert.equal(saved.region, 'MB');
  assert.equal(saved.apiUrl, police.url);
  assert.equal(saved.hasSecret, true);
  assert.deepEqual(
    saved.apiCaCertificates.map((c: { subject: string }) => c.subject),
    ['CN=Police test authority'],
  );
  await assertAccessible(page, 'referrals, recipients directory');
  await page.screenshot({ path: docsScreenshotPath('console-recipients'), fullPage: true });

  // A forwarding rule: prepubescent material to the police of the report's jurisdiction.
  await openTab(page, 'Forwarding rules');
  await page.getByRole('heading', { name: 'Forwarding rules', level: 2 }).waitFor();
  const ruleForm = page.getByRole('form', { name: 'New rule' });
  await typeInto(page, ruleForm.getByLabel('Rule', { exact: true }), ruleName);
  await pressOn(page, ruleForm.getByRole('button', { name: 'Create rule' }));
  await ruleForm.getByText('Tick at least one kind of recipient or one recipient.').first().waitFor();
  await pressOn(page, ruleForm.getByRole('checkbox', { name: 'Prepubescent' }), 'Space');
  await pressOn(page, ruleForm.getByRole('checkbox', { name: 'Police force' }), 'Space');
  await pressOn(page, ruleForm.getByRole('button', { name: 'Create rule' }));
  await ruleForm.getByText(`Rule “${ruleName}” saved.`).waitFor();
  const ruleRow = page.getByRole('grid', { name: 'Forwarding rules' }).getByRole('row', { name: ruleName });
  await ruleRow.getByText('Prepubescent · any activity').waitFor();
  const rules = (await t.app.inject({ url: '/api/v1/referral-rules', headers: supervisor.headers })).json();
  assert.equal(rules.rules.length, 1);
  assert.deepEqual(rules.rules[0].ageBands, ['prepubescent']);
  assert.deepEqual(rules.rules[0].recipientKinds, ['police']);
  assert.equal(rules.rules[0].enabled, true);
  await assertAccessible(page, 'referrals, forwarding rules');
  await page.screenshot({ path: docsScreenshotPath('console-referral-rules'), fullPage: true });

  // The rule at work: one referral leaves after its window and is delivered; another is held.
  const delivered = await forwardedReport();
  advance(16);
  await t.ctx.referrals.release(delivered.id);
  await t.drain();
  assert.equal(police.posts.length, 1);
  assert.equal(police.posts[0]!.body.reference, delivered.reference);
  const held = await forwardedReport();

  await page.reload();
  await openTab(page, 'Referrals');
  const heldRow = page.getByRole('grid', { name: 'Waiting for their undo window' }).getByRole('row', {
    name: held.reference,
  });
  await heldRow.getByText(/^\d+:\d\d left$/).waitFor();
  await moveToControl(page, heldRow, `Undo referral ${held.reference}`);
  await page.keyboard.press('Enter');
  const undo = page.getByRole('alertdialog', { name: 'Undo this referral?' });
  await undo.getByText(`${held.reference} will not go to ${force}`, { exact: false }).waitFor();
  await typeInto(page, undo.getByLabel('Reason (optional)'), 'A known false positive.');
  await assertAccessible(page, 'referrals, undoing a held referral');
  await pressOn(page, undo.getByRole('button', { name: 'Undo' }));
  await undo.waitFor({ state: 'detached' });
  const all = page.getByRole('grid', { name: 'All referrals' });
  await all.getByRole('row', { name: held.reference }).getByText('Undone').waitFor();
  await page
    .getByRole('grid', { name: 'Waiting for their undo window' })
    .getByText('No automatic referral is waiting.')
    .waitFor();
  const undone = await viewOf(held.id);
  assert.equal(undone.state, 'cancelled');
  assert.deepEqual(
    undone.events.map((e: { kind: string }) => e.kind),
    ['created', 'undone'],
  );
  advance(16);
  await t.ctx.referrals.release(held.id);
  await t.drain();
  assert.equal(police.posts.length, 1, 'the undone referral never left');

  // The delivered one: the police acknowledge it with their own reference, then tell its outcome.
  const sentRow = all.getByRole('row', { name: delivered.reference });
  await sentRow.getByText('Delivered').waitFor();
  await moveToControl(page, sentRow, `Record acknowledgement of ${delivered.reference}`);
  await page.keyboard.press('Enter');
  const acknowledge = page.getByRole('alertdialog', { name: 'The recipient has it' });
  await typeInto(page, acknowledge.getByLabel('Their reference'), 'MB-2026-0042');
  await typeInto(page, acknowledge.getByLabel('Note'), 'Received by the on-call officer.');
  await pressOn(page, acknowledge.getByRole('button', { name: 'Record acknowledgement' }));
  await acknowledge.waitFor({ state: 'detached' });
  await sentRow.getByText('Acknowledged').waitFor();

  await moveToControl(page, sentRow, `Record outcome of ${delivered.reference}`);
  await page.keyboard.press('Enter');
  const outcome = page.getByRole('alertdialog', { name: 'What the recipient did' });
  await pick(page, outcome.getByRole('button', { name: /Outcome/ }), 'Arrest', 'Arrest');
  await typeInto(page, outcome.getByLabel('Note'), 'One arrest, per the investigator.');
  await assertAccessible(page, 'referrals, recording an outcome');
  await pressOn(page, outcome.getByRole('button', { name: 'Record outcome' }));
  await outcome.waitFor({ state: 'detached' });
  await sentRow.getByText('Arrest').waitFor();
  const followed = await viewOf(delivered.id);
  assert.equal(followed.state, 'acknowledged');
  assert.equal(followed.outcome, 'arrest');
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('subject_id', 'in', [delivered.id, held.id])
    .execute();
  const actions = audited.map((a) => a.action);
  for (const action of ['referral.undone', 'referral.acknowledged', 'referral.outcome-recorded'])
    assert.ok(actions.includes(action), `${action} audited (${actions.join(', ')})`);

  const decisions = page.getByRole('grid', { name: 'Automatic decisions' });
  assert.equal(await decisions.getByText('Forwarded', { exact: true }).count(), 2);
  await assertAccessible(page, 'referrals');
  await page.screenshot({ path: docsScreenshotPath('console-referrals'), fullPage: true });

  await page.getByRole('radio', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Transmissions', level: 1 }).waitFor();
  const tous = page.getByRole('grid', { name: 'Toutes les transmissions' });
  await tous.getByRole('row', { name: held.reference }).getByText('Annulée').waitFor();
  await tous.getByRole('row', { name: delivered.reference }).getByText('Arrestation').waitFor();
  await assertAccessible(page, 'referrals (French)');
  await page.screenshot({ path: docsScreenshotPath('console-referrals-fr'), fullPage: true });
  assert.deepEqual(errors, [], 'no console errors (CSP violations included)');
  await page.context().close();
});

test('an analyst follows referrals but cannot change the rules or the directory', async () => {
  const { page, errors } = await openReferrals(analyst);
  await page.getByRole('grid', { name: 'All referrals' }).waitFor();
  await openTab(page, 'Forwarding rules');
  await page.getByRole('grid', { name: 'Forwarding rules' }).getByRole('row', { name: ruleName }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'New rule' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: `Delete ${ruleName}` }).count(), 0);
  await openTab(page, 'Recipients');
  await page.getByRole('grid', { name: 'Recipients directory' }).getByRole('row', { name: force }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Add a recipient' }).count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});
