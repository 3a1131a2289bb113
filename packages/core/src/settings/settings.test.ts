import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';

// An administrator changes what the public site says about the installation, at run time: the
// pages and the report form's regions follow at once in this process; bad values are refused;
// a reset goes back to the environment's value; every change is audited.

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: Record<string, string>;
let supervisor: Record<string, string>;

before(async () => {
  t = await createTestApp({ VIGIE_INTAKE_RATE_PER_MINUTE: '1000', VIGIE_TIPLINE_PHONE: '1-866-555-0100' });
  admin = (await createStaffSession(t.ctx, 'administrator')).headers;
  supervisor = (await createStaffSession(t.ctx, 'supervisor')).headers;
});
after(() => t.close());

const put = (payload: object, headers = admin) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/settings/tipline', payload, headers });
const report = (region: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { type: 'luring', description: 'x', reporter: { region } },
  });

test('the environment is the default; a change shows on the site and in the form at once', async () => {
  const before = (await t.app.inject({ url: '/api/v1/settings/tipline', headers: supervisor })).json();
  assert.deepEqual(before.changed, []);
  assert.equal(before.settings.phone, '1-866-555-0100');
  assert.equal(before.settings.regions.length, 13, "Canada's provinces and territories");

  const changed = await put({
    name: { en: 'Example Hotline', fr: 'Ligne Exemple' },
    phone: '+32 2 555 01 00',
    regions: [
      { code: 'BRU', name: { en: 'Brussels', fr: 'Bruxelles' } },
      { code: 'WAL', name: 'Wallonie' },
    ],
    helpLines: [{ label: { en: 'Child line', fr: 'Écoute enfants' }, phone: '103' }],
  });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.deepEqual(changed.json().changed, ['name', 'phone', 'regions', 'helpLines']);

  const home = (await t.app.inject({ url: '/?lang=fr' })).body;
  assert.match(home, /Ligne Exemple/);
  assert.match(home, /href="tel:103">103<\/a>/);
  assert.match(home, /\+32 2 555 01 00/);
  const form = (await t.app.inject({ url: '/report?type=luring&lang=fr' })).body;
  assert.match(form, /<option value="BRU">Bruxelles<\/option>/);
  assert.doesNotMatch(form, /value="QC"/);
  assert.equal((await report('BRU')).statusCode, 201);
  assert.equal((await report('QC')).statusCode, 400, 'a region no longer offered');
});

test('bad values are refused, each with its reason, and nothing is changed', async () => {
  const answer = await put({ phone: 'call us', exitUrl: 'javascript:alert(1)', regions: [], name: 'New name' });
  assert.equal(answer.statusCode, 400);
  const message = answer.json().error.message as string;
  assert.match(message, /phone: expected a phone number/);
  assert.match(message, /exitUrl: expected an absolute http\(s\) URL/);
  assert.match(message, /regions: expected a non-empty list/);
  assert.deepEqual(
    answer.json().error.details.map((d: { path: string }) => d.path),
    ['/phone', '/exitUrl', '/regions'],
    'each refusal at its key, the valid name not among them',
  );
  assert.match(answer.json().error.details[0].message, /^expected a phone number/);
  const now = (await t.app.inject({ url: '/api/v1/settings/tipline', headers: admin })).json();
  assert.deepEqual(now.settings.name, { en: 'Example Hotline', fr: 'Ligne Exemple' });
  const duplicate = await put({
    regions: [
      { code: 'A', name: 'A' },
      { code: 'A', name: 'B' },
    ],
  });
  assert.equal(duplicate.statusCode, 400);
  assert.equal((await put({ unknown: 1 } as object)).statusCode, 400);
});

test('only administrators change them; a reset goes back to the environment; changes are audited', async () => {
  assert.equal((await put({ phone: '+1 555 0100' }, supervisor)).statusCode, 403);
  const reset = await put({ reset: ['phone', 'regions'] });
  assert.equal(reset.statusCode, 200, reset.body);
  assert.equal(reset.json().settings.phone, '1-866-555-0100');
  assert.deepEqual(reset.json().changed, ['name', 'helpLines']);
  assert.equal((await report('QC')).statusCode, 201, "Canada's regions again");
  const events = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('action', '=', 'settings.tipline-changed')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((e) => e.details),
    [
      { set: ['name', 'phone', 'regions', 'helpLines'], reset: [] },
      { set: [], reset: ['phone', 'regions'] },
    ],
  );
});
