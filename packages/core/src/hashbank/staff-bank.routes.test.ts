import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';
import { multipartBody, seededPdqHex, syntheticPhoto } from './hashbank.test-helpers.ts';

// The staff console's hash bank routes with real sessions: analysts read, search and work the
// queues; supervisors withdraw, restore and grant. Every hash here was put in a bank by this test.
let t: Awaited<ReturnType<typeof createTestApp>>;
let analyst: StaffSession;
let supervisor: StaffSession;
let verifier: StaffSession;
let providerKey: Record<string, string>;
let organisationId: string;
const md5 = 'a'.repeat(32);

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: StaffSession, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

before(async () => {
  t = await createTestApp();
  [analyst, supervisor, verifier] = await Promise.all([
    createStaffSession(t.ctx, 'analyst'),
    createStaffSession(t.ctx, 'supervisor'),
    createStaffSession(t.ctx, 'verifier'),
  ]);
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:submit'] },
    cliActor,
  );
  providerKey = { authorization: `Bearer ${key.key}` };
  organisationId = key.organisationId;
  await t.ctx.hashbank.createBank('TAKEDOWN', { purpose: 'takedown notices' }, cliActor);
});
after(() => t.close());

async function addEntry(signals: { md5?: string; pdq?: string }): Promise<number> {
  const bank = await t.ctx.hashbank.getBank('TAKEDOWN');
  const [id] = await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals }], cliActor, {
    action: 'hashbank.entry-added',
  });
  return id!;
}

test('banks with counts, entries, search by hash and by media (hashed on the server)', async () => {
  const byMd5 = await addEntry({ md5 });
  const pdq = seededPdqHex(7);
  await addEntry({ pdq });
  const photo = await syntheticPhoto(3);
  const signals = await t.ctx.hashbank.hashMedia(photo, 'photo');
  const [photoEntry] = await t.ctx.hashbank.addEntries(
    [{ bankId: (await t.ctx.hashbank.getBank('TAKEDOWN')).id, signals }],
    cliActor,
    { action: 'hashbank.entry-added' },
  );

  const banks = (await call('GET', '/api/v1/banks', verifier)).json().banks;
  const takedown = banks.find((b: { name: string }) => b.name === 'TAKEDOWN');
  assert.equal(takedown.liveEntries, 3);
  assert.equal(takedown.matchingRatio, 1);

  const page = (await call('GET', '/api/v1/banks/TAKEDOWN/entries?limit=2', analyst)).json();
  assert.equal(page.entries.length, 2);
  assert.equal(page.entries[0].id, photoEntry, 'newest first');
  const rest = (await call('GET', `/api/v1/banks/TAKEDOWN/entries?before=${page.nextBefore}`, analyst)).json();
  assert.deepEqual(
    rest.entries.map((e: { id: number }) => e.id),
    [byMd5],
  );

  const found = (await call('POST', '/api/v1/bank-search', analyst, { signalType: 'md5', signal: md5 })).json();
  assert.deepEqual(
    found.matches.map((m: { entryId: number }) => m.entryId),
    [byMd5],
  );
  // A PDQ two bits away still matches, with its distance.
  const near = (pdq[0] === '0' ? '3' : '0') + pdq.slice(1);
  const close = (await call('POST', '/api/v1/bank-search', analyst, { signalType: 'pdq', signal: near })).json();
  assert.equal(close.matches.length, 1);
  assert.ok(close.matches[0].distance > 0 && close.matches[0].distance <= 4);
  const bad = await call('POST', '/api/v1/bank-search', analyst, { signalType: 'md5', signal: 'xyz' });
  assert.equal(bad.json().error.code, 'HASHBANK_SIGNAL_MALFORMED');

  const body = multipartBody('photo', photo);
  const media = await t.app.inject({
    method: 'POST',
    url: '/api/v1/bank-search/media',
    payload: body.payload,
    headers: { ...body.headers, ...analyst.headers },
  });
  assert.equal(media.statusCode, 200);
  assert.ok(media.json().matches.some((m: { entryId: number }) => m.entryId === photoEntry));
  assert.equal(media.json().signals.pdq, signals.pdq, 'answers the signals, never the media');

  const keyed = await t.app.inject({ method: 'GET', url: '/api/v1/banks', headers: providerKey });
  assert.equal(keyed.statusCode, 403, 'no provider key reaches the staff routes');
});

test('withdraw and restore: supervisors only, with a reason, in the history and the audit trail', async () => {
  const id = await addEntry({ md5: 'b'.repeat(32) });
  const refused = await call('POST', `/api/v1/bank-entries/${id}/withdraw`, analyst, { reason: 'x' });
  assert.equal(refused.statusCode, 403);
  const noCsrf = await t.app.inject({
    method: 'POST',
    url: `/api/v1/bank-entries/${id}/withdraw`,
    headers: { cookie: supervisor.cookie },
    payload: { reason: 'x' },
  });
  assert.equal(noCsrf.statusCode, 403);

  const withdrawn = await call('POST', `/api/v1/bank-entries/${id}/withdraw`, supervisor, { reason: 'mislabelled' });
  assert.equal(withdrawn.statusCode, 200);
  assert.equal(withdrawn.json().entry.withdrawn, true);
  assert.equal(withdrawn.json().withdrawnReason, 'mislabelled');
  const search = await call('POST', '/api/v1/bank-search', analyst, { signalType: 'md5', signal: 'b'.repeat(32) });
  assert.deepEqual(search.json().matches, [], 'a withdrawn entry matches nothing');

  const restored = await call('POST', `/api/v1/bank-entries/${id}/restore`, supervisor, { reason: 'checked again' });
  assert.equal(restored.statusCode, 200);
  assert.equal(restored.json().entry.withdrawn, false);
  assert.deepEqual(
    restored.json().events.map((e: { kind: string }) => e.kind),
    ['created', 'withdrawn', 'restored'],
  );
  assert.equal(restored.json().events[2].details.reason, 'checked again');
  const again = await call('POST', `/api/v1/bank-entries/${id}/restore`, supervisor, { reason: 'twice' });
  assert.equal(again.json().error.code, 'HASHBANK_ENTRY_NOT_WITHDRAWN');
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'hashbank.entry-restored')
    .where('subject_id', '=', String(id))
    .executeTakeFirstOrThrow();
  assert.deepEqual(audit.details, { reason: 'checked again' });

  // Restoring when the same media went live again in the bank is refused (one live entry per media).
  const twin = await addEntry({ md5: 'c'.repeat(32) });
  await call('POST', `/api/v1/bank-entries/${twin}/withdraw`, supervisor, { reason: 'duplicate' });
  await addEntry({ md5: 'c'.repeat(32) });
  const clash = await call('POST', `/api/v1/bank-entries/${twin}/restore`, supervisor, { reason: 'back' });
  assert.equal(clash.json().error.code, 'HASHBANK_ENTRY_EXISTS');
});

test('grants per organisation: supervisors add, change and remove them', async () => {
  assert.equal((await call('GET', '/api/v1/banks/TAKEDOWN/grants', analyst)).statusCode, 403);
  const url = `/api/v1/banks/TAKEDOWN/grants/${organisationId}`;
  const granted = await call('PUT', url, supervisor, {
    uses: ['notice_and_takedown'],
    tier: 'scheme_category',
    curate: false,
  });
  assert.equal(granted.statusCode, 200);
  assert.deepEqual(granted.json().grants, [
    {
      organisationId,
      organisation: 'Example Platform',
      uses: ['notice_and_takedown'],
      tier: 'scheme_category',
      curate: false,
    },
  ]);
  assert.ok(granted.json().organisations.some((o: { name: string }) => o.name === 'Example Platform'));
  const removed = await call('DELETE', url, supervisor);
  assert.deepEqual(removed.json().grants, []);
  const unknown = await call('PUT', '/api/v1/banks/TAKEDOWN/grants/00000000-0000-4000-8000-000000000000', supervisor, {
    uses: ['forensics'],
    tier: 'match_only',
    curate: false,
  });
  assert.equal(unknown.statusCode, 404);
});

test('the submission queue: accept into a bank or reject, with a reason', async () => {
  const submit = (value: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: providerKey,
      payload: { signals: [{ signalType: 'md5', signal: value }], note: 'found on our service' },
    });
  assert.equal((await submit('d'.repeat(32))).statusCode, 201);
  assert.equal((await submit('e'.repeat(32))).statusCode, 201);
  const queue = (await call('GET', '/api/v1/bank-submissions', verifier)).json().submissions;
  assert.equal(queue.length, 2);
  assert.deepEqual(
    queue[0].submissions.map((s: { organisation: string; note: string }) => [s.organisation, s.note]),
    [['Example Platform', 'found on our service']],
  );
  assert.equal(queue[0].signals.md5, 'd'.repeat(32));

  const [first, second] = queue.map((q: { entryId: number }) => q.entryId);
  assert.equal(
    (await call('POST', `/api/v1/bank-submissions/${first}/accept`, verifier, { bank: 'TAKEDOWN', reason: 'r' }))
      .statusCode,
    403,
  );
  const accepted = await call('POST', `/api/v1/bank-submissions/${first}/accept`, analyst, {
    bank: 'TAKEDOWN',
    reason: 'seen, matches the description',
  });
  assert.equal(accepted.statusCode, 200);
  assert.equal(accepted.json().created, true);
  const entry = (await call('GET', `/api/v1/bank-entries/${accepted.json().entryId}`, analyst)).json();
  assert.equal(entry.entry.bank, 'TAKEDOWN');
  assert.equal(entry.entry.signals.md5, 'd'.repeat(32));

  const rejected = await call('POST', `/api/v1/bank-submissions/${second}/reject`, analyst, { reason: 'not material' });
  assert.deepEqual(rejected.json().submissions, []);
  const twice = await call('POST', `/api/v1/bank-submissions/${second}/reject`, analyst, { reason: 'again' });
  assert.equal(twice.json().error.code, 'HASHBANK_NOT_A_SUBMISSION');
  const history = (await call('GET', `/api/v1/bank-entries/${second}`, analyst)).json();
  assert.equal(history.withdrawnReason, 'rejected: not material');
});

test('the flood-guard suspensions: listed until an analyst lifts one', async () => {
  const id = await addEntry({ md5: 'f'.repeat(32) });
  await t.ctx.hashbank.setSuspended(id, true, 'flood_guard', cliActor);
  const queue = (await call('GET', '/api/v1/bank-suspensions', analyst)).json().entries;
  assert.deepEqual(
    queue.map((e: { entryId: number; bank: string }) => [e.entryId, e.bank]),
    [[id, 'TAKEDOWN']],
  );
  const lifted = await call('POST', `/api/v1/bank-suspensions/${id}/lift`, analyst, {
    reason: 'a real wave of uploads',
  });
  assert.equal(lifted.json().entry.suspended, false);
  assert.deepEqual((await call('GET', '/api/v1/bank-suspensions', analyst)).json().entries, []);
});

test('legal-scheme mappings and imports with their progress', async () => {
  const mappings = (await call('GET', '/api/v1/legal-schemes', analyst)).json().mappings;
  assert.ok(mappings.some((m: { scheme: string }) => m.scheme === 'uk_abc'));
  const file = `signal_type,signal\nmd5,${'1'.repeat(32)}\nmd5,not-a-hash\n`;
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/v1/banks/TAKEDOWN/import?format=csv',
    headers: { ...supervisor.headers, 'content-type': 'text/csv' },
    payload: file,
  });
  assert.equal(imported.statusCode, 200);
  const imports = (await call('GET', '/api/v1/banks/TAKEDOWN/imports', supervisor)).json().imports;
  assert.equal(imports.length, 1);
  assert.equal(imports[0].format, 'csv');
  assert.equal(imports[0].added, 1);
  assert.ok(imports[0].finishedAt !== null);
});
