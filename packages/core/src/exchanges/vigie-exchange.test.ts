import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildHttpApp, cliActor } from '@vigie/core';
import { createStaffSession, createTestApp, createTestContext } from '@vigie/testkit';
import { seededPdqHex } from '../hashbank/hashbank.test-helpers.ts';

// Two Vigie installations on loopback: SOURCE shares a bank with an organisation; PULLER holds
// that organisation's key as an exchange's credentials and pulls SOURCE's hash list on a
// schedule (the recurring job), with deletions propagating, feedback going back, and a pull
// killed midway resuming without duplicates.

let source: Awaited<ReturnType<typeof createTestApp>>;
let puller: Awaited<ReturnType<typeof createTestContext>>;
let pullerApp: Awaited<ReturnType<typeof buildHttpApp>>;
let sourceUrl: string;
let apiKey: string;
let resumeKey: string;
let orgId: string;
let clock = Date.parse('2026-12-02T10:00:00Z');
const now = () => new Date(clock);
const labels = {
  ageBand: 'prepubescent',
  activity: 'sexual_posing',
  origin: 'unknown',
  victimIdentified: false,
} as const;
const analyst = { type: 'user' as const, id: 'analyst-1' };
let supervisor: Record<string, string>;

async function addAtSource(bank: string, seed: number): Promise<number> {
  const { id } = await source.ctx.hashbank.getBank(bank);
  const [entryId] = await source.ctx.hashbank.addEntries(
    [{ bankId: id, signals: { pdq: seededPdqHex(seed) }, labels }],
    analyst,
    { action: 'hashbank.entry-added' },
  );
  return entryId!;
}

const pulledEntries = (bank: string) =>
  puller.ctx.db
    .selectFrom('bank_entry')
    .innerJoin('hash_bank', 'hash_bank.id', 'bank_entry.bank_id')
    .select([
      'bank_entry.id',
      'bank_entry.pdq',
      'bank_entry.withdrawn_at',
      'bank_entry.provenance',
      'bank_entry.age_band',
      'bank_entry.activity',
    ])
    .where('hash_bank.name', '=', bank)
    .orderBy('bank_entry.id')
    .execute();

async function scheduleAndDrain() {
  await puller.ctx.enqueue(puller.ctx.db, 'exchanges.schedule-fetches', {});
  await puller.drain();
}

before(async () => {
  source = await createTestApp();
  sourceUrl = await source.app.listen({ port: 0, host: '127.0.0.1' });
  const key = await source.ctx.access.createApiKey(
    { organisation: 'Partner Hotline', scopes: ['hashes:read', 'hashes:match'] },
    cliActor,
  );
  apiKey = key.key;
  orgId = key.organisationId;
  await source.ctx.hashbank.createBank('SHARED', {}, cliActor);
  await source.ctx.hashbank.grantBank('SHARED', orgId, ['notice_and_takedown'], 'full_labels', cliActor);
  // A second partner sees only RESUME, so that its pages hold RESUME's entries alone.
  const second = await source.ctx.access.createApiKey(
    { organisation: 'Second Hotline', scopes: ['hashes:read'] },
    cliActor,
  );
  resumeKey = second.key;
  await source.ctx.hashbank.createBank('RESUME', {}, cliActor);
  await source.ctx.hashbank.grantBank('RESUME', second.organisationId, ['forensics'], 'scheme_category', cliActor);
  await source.ctx.hashbank.createBank('PRIVATE', {}, cliActor);
  puller = await createTestContext({ VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8' }, { now });
  pullerApp = await buildHttpApp(puller.ctx);
  supervisor = (await createStaffSession(puller.ctx, 'supervisor')).headers;
});
after(async () => {
  await pullerApp.close();
  await puller.close();
  await source.close();
});

test('a scheduled pull from another Vigie: provenance, labels, matching, deletions, feedback, status', async () => {
  const first = [await addAtSource('SHARED', 1), await addAtSource('SHARED', 2), await addAtSource('SHARED', 3)];
  await addAtSource('PRIVATE', 9);

  const created = await pullerApp.inject({
    method: 'POST',
    url: '/api/v1/exchanges',
    headers: supervisor,
    payload: {
      name: 'PARTNER_SHARED',
      api: 'vigie',
      settings: { url: sourceUrl, banks: ['SHARED'], page_size: 2 },
      credentials: { api_key: apiKey },
      intervalMinutes: 30,
    },
  });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().hasCredentials, true);
  assert.equal(JSON.stringify(created.json()).includes(apiKey), false, 'the key is never answered back');
  const sealed = await puller.ctx.db.selectFrom('exchange').select('credentials').executeTakeFirstOrThrow();
  assert.equal(sealed.credentials!.includes(Buffer.from(apiKey)), false, 'credentials are encrypted at rest');

  await scheduleAndDrain();
  let rows = await pulledEntries('PARTNER_SHARED');
  assert.equal(rows.length, 3);
  assert.deepEqual(
    rows.map((r) => r.provenance.remoteId),
    first.map(String),
  );
  for (const row of rows) {
    assert.equal(row.provenance.exchange, 'PARTNER_SHARED');
    assert.equal(row.provenance.remoteBank, 'SHARED');
    assert.equal(row.age_band, 'prepubescent');
    assert.equal(row.activity, 'sexual_posing');
  }
  const match = await puller.ctx.hashbank.lookup('pdq', seededPdqHex(2));
  assert.deepEqual(
    match.matches.map((m) => m.bankName),
    ['PARTNER_SHARED'],
    'the pulled hash matches at the puller',
  );

  // Not due yet: the schedule queues nothing, nothing is fetched again.
  const pulls = () =>
    puller.ctx.db.selectFrom('audit_event').select('action').where('action', '=', 'exchanges.fetched').execute();
  const before = (await pulls()).length;
  await scheduleAndDrain();
  assert.equal((await pulls()).length, before);

  // At the source: one entry withdrawn, one added; 31 minutes later the next scheduled pull.
  await source.ctx.hashbank.withdrawEntry(first[0]!, 'mistake', cliActor);
  const added = await addAtSource('SHARED', 4);
  clock += 31 * 60_000;
  await scheduleAndDrain();
  rows = await pulledEntries('PARTNER_SHARED');
  const live = rows.filter((r) => r.withdrawn_at === null).map((r) => r.provenance.remoteId);
  assert.deepEqual(live, [String(first[1]), String(first[2]), String(added)]);
  assert.equal((await puller.ctx.hashbank.lookup('pdq', seededPdqHex(1))).matches.length, 0, 'the deletion propagated');

  const status = await pullerApp.inject({
    method: 'GET',
    url: '/api/v1/exchanges/PARTNER_SHARED/status',
    headers: supervisor,
  });
  assert.equal(status.statusCode, 200);
  const s = status.json();
  assert.equal(s.lastFetchSucceeded, true);
  assert.equal(s.lastSuccessAt, now().toISOString());
  assert.equal(s.counts.added, 4);
  assert.equal(s.counts.withdrawn, 1);
  assert.equal(s.counts.live, 3);
  assert.equal(typeof s.checkpoint.cursor, 'string');

  // Feedback: a false positive at the puller goes back to the source as the organisation's.
  const pulled = rows.find((r) => r.provenance.remoteId === String(first[1]))!;
  const feedback = await pullerApp.inject({
    method: 'POST',
    url: '/api/v1/exchanges/PARTNER_SHARED/feedback',
    headers: supervisor,
    payload: { entryId: Number(pulled.id), verdict: 'false_positive' },
  });
  assert.equal(feedback.statusCode, 202, feedback.body);
  await puller.drain();
  const received = await source.ctx.db
    .selectFrom('bank_match_feedback')
    .select(['entry_id', 'organisation_id', 'verdict'])
    .execute();
  assert.deepEqual(received, [{ entry_id: first[1], organisation_id: orgId, verdict: 'false_positive' }]);
  const sent = await puller.ctx.exchanges.readFeedback(feedback.json().feedbackId);
  assert.equal(sent?.state, 'sent');
});

test('a pull killed midway resumes from its checkpoint without duplicates', async () => {
  const ids = [];
  for (let seed = 20; seed < 27; seed++) ids.push(await addAtSource('RESUME', seed));
  await puller.ctx.exchanges.create(
    {
      name: 'PARTNER_RESUME',
      api: 'vigie',
      settings: { url: sourceUrl, page_size: 2 },
      credentials: { api_key: resumeKey },
    },
    cliActor,
  );
  const killed = puller.ctx.exchanges.fetch('PARTNER_RESUME', cliActor, {
    afterPage: (n) => {
      if (n === 2) throw new Error('killed after the second page');
    },
  });
  await assert.rejects(killed, /killed after the second page/);
  const kept = (await pulledEntries('PARTNER_RESUME')).length;
  assert.equal(kept, 4, 'two pages committed');
  const stopped = await puller.ctx.exchanges.status('PARTNER_RESUME');
  assert.equal(stopped.lastFetchSucceeded, false);
  assert.match(stopped.lastError ?? '', /killed/);

  // The next pull also starts from the beginning of a page already half-seen: nothing twice.
  const result = await puller.ctx.exchanges.fetch('PARTNER_RESUME', cliActor);
  assert.equal(result.added, 3);
  const rows = await pulledEntries('PARTNER_RESUME');
  assert.deepEqual(
    rows.map((r) => r.provenance.remoteId),
    ids.map(String),
  );
  // Pulling again from an unchanged source adds nothing.
  const again = await puller.ctx.exchanges.fetch('PARTNER_RESUME', cliActor);
  assert.equal(again.added, 0);
  const final = await pulledEntries('PARTNER_RESUME');
  assert.equal(final.length, 7);
  // At the scheme_category tier the source sends categories only: the legal-scheme tables give
  // the activity back (every scheme category here says sexual posing), not the age band.
  assert.deepEqual(
    final.map((r) => [r.age_band, r.activity]),
    ids.map(() => [null, 'sexual_posing']),
  );
});

test('a wrong key is an error in the status, not an exception in the job', async () => {
  await puller.ctx.exchanges.create(
    { name: 'PARTNER_BADKEY', api: 'vigie', settings: { url: sourceUrl }, credentials: { api_key: 'vgk_wrong' } },
    cliActor,
  );
  await scheduleAndDrain();
  const status = await puller.ctx.exchanges.status('PARTNER_BADKEY');
  assert.equal(status.lastFetchSucceeded, false);
  assert.match(status.lastError ?? '', /EXCHANGE_REMOTE_REFUSED/);
});
