import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { multipartBody, seededPdqHex, syntheticPhoto } from './hashbank.test-helpers.ts';

// The providers' API with real keys: grants decide which banks an organisation sees, for which
// uses and at which classification tier. "Known-bad" here means: this test put the hash in a bank.
let t: Awaited<ReturnType<typeof createTestApp>>;
let platform: Record<string, string>;
let readOnly: Record<string, string>;
let stranger: Record<string, string>;
let orgId: string;
const analysts = [
  { type: 'user' as const, id: 'analyst-1' },
  { type: 'user' as const, id: 'analyst-2' },
];
const labels = {
  ageBand: 'prepubescent',
  activity: 'sexual_posing',
  origin: 'unknown',
  victimIdentified: false,
} as const;

const hex = seededPdqHex;

async function add(bank: string, signals: { pdq?: string; md5?: string }, confirm = false): Promise<number> {
  const { id } = await t.ctx.hashbank.getBank(bank);
  const [entryId] = await t.ctx.hashbank.addEntries([{ bankId: id, signals, labels }], analysts[0]!, {
    action: 'hashbank.entry-added',
  });
  if (confirm) await t.ctx.hashbank.assessEntry(entryId!, 'concur', analysts[1]!);
  return entryId!;
}

const post = (url: string, payload: unknown, headers = platform) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers = platform) => t.app.inject({ method: 'GET', url, headers });
const upload = (url: string, photo: Buffer, headers = platform) => {
  const body = multipartBody('photo', photo);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...headers } });
};

before(async () => {
  t = await createTestApp();
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match', 'hashes:read', 'hashes:submit'] },
    cliActor,
  );
  const weak = await t.ctx.access.createApiKey({ organisation: 'Example Platform', scopes: ['hashes:read'] }, cliActor);
  const other = await t.ctx.access.createApiKey(
    { organisation: 'Other Platform', scopes: ['hashes:match', 'hashes:read', 'hashes:submit'] },
    cliActor,
  );
  platform = { authorization: `Bearer ${key.key}` };
  readOnly = { authorization: `Bearer ${weak.key}` };
  stranger = { authorization: `Bearer ${other.key}` };
  orgId = key.organisationId;
  const h = t.ctx.hashbank;
  for (const name of ['TAKEDOWN', 'FORENSIC', 'VICTIM_ID', 'SECRET']) await h.createBank(name, {}, cliActor);
  await h.grantBank('TAKEDOWN', orgId, ['notice_and_takedown'], 'full_labels', cliActor);
  await h.grantBank('FORENSIC', orgId, ['forensics'], 'scheme_category', cliActor);
  await h.grantBank('VICTIM_ID', orgId, ['victim_identification'], 'match_only', cliActor);
});
after(() => t.close());

test('matching hashes: only granted banks, each at its tier, with distance and threshold', async () => {
  const pdq = hex(1);
  const ids = {
    takedown: await add('TAKEDOWN', { pdq }),
    forensic: await add('FORENSIC', { pdq }),
    victim: await add('VICTIM_ID', { pdq }),
  };
  await add('SECRET', { pdq });
  const answer = await post('/api/v1/hashes/match', {
    signals: [
      { signalType: 'pdq', signal: pdq },
      { signalType: 'md5', signal: 'd41d8cd98f00b204e9800998ecf8427e' },
    ],
  });
  assert.equal(answer.statusCode, 200, answer.body);
  const [pdqResult, md5Result] = (answer.json() as { results: Array<{ matches: Array<Record<string, unknown>> }> })
    .results;
  assert.equal(md5Result!.matches.length, 0);
  const byBank = Object.fromEntries(pdqResult!.matches.map((m) => [m.bank, m]));
  assert.deepEqual(Object.keys(byBank).sort(), ['FORENSIC', 'TAKEDOWN', 'VICTIM_ID'], 'SECRET is not granted');
  assert.deepEqual(byBank.TAKEDOWN, {
    bank: 'TAKEDOWN',
    entryId: ids.takedown,
    distance: 0,
    threshold: 31,
    confirmed: false,
    suspended: false,
    uses: ['notice_and_takedown'],
    classification: {
      tier: 'full_labels',
      categories: {
        ca_criminal_code: '163.1(1)(a)(ii)',
        uk_abc: 'C',
        industry_a1b2: 'A2',
        interpol_baseline: 'baseline',
      },
      labels,
    },
  });
  assert.deepEqual(byBank.FORENSIC!.classification, {
    tier: 'scheme_category',
    categories: {
      ca_criminal_code: '163.1(1)(a)(ii)',
      uk_abc: 'C',
      industry_a1b2: 'A2',
      interpol_baseline: 'baseline',
    },
  });
  assert.deepEqual(byBank.VICTIM_ID!.classification, { tier: 'match_only' });
  assert.equal(byBank.VICTIM_ID!.entryId, ids.victim);

  const forUse = (
    await post('/api/v1/hashes/match', { signals: [{ signalType: 'pdq', signal: pdq }], use: 'forensics' })
  ).json() as { results: Array<{ matches: Array<{ bank: string }> }> };
  assert.deepEqual(
    forUse.results[0]!.matches.map((m) => m.bank),
    ['FORENSIC'],
  );
  assert.equal(ids.forensic, byBank.FORENSIC!.entryId);

  const other = (
    await post('/api/v1/hashes/match', { signals: [{ signalType: 'pdq', signal: pdq }] }, stranger)
  ).json() as { results: Array<{ matches: unknown[] }> };
  assert.equal(other.results[0]!.matches.length, 0, 'an organisation without grants sees no bank');
});

test('matching refusals: no key, wrong scope, unknown type, too many signals', async () => {
  const body = { signals: [{ signalType: 'pdq', signal: hex(2) }] };
  assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/hashes/match', payload: body })).statusCode, 401);
  assert.equal((await post('/api/v1/hashes/match', body, readOnly)).statusCode, 403);
  const unknown = await post('/api/v1/hashes/match', { signals: [{ signalType: 'photodna', signal: 'x' }] });
  assert.equal((unknown.json() as { error: { code: string } }).error.code, 'HASHBANK_SIGNAL_TYPE_UNKNOWN');
  assert.equal(
    (await post('/api/v1/hashes/match', { signals: Array.from({ length: 101 }, () => body.signals[0]) })).statusCode,
    400,
  );
});

test('matching media and checking an upload: block only for confirmed, unsuspended takedown entries', async () => {
  const photo = await syntheticPhoto(7);
  const hashed = await t.ctx.hashbank.hashMedia(photo, 'photo');
  const forensic = await add('FORENSIC', { pdq: hashed.pdq! }, true);
  let check = await upload('/api/v1/uploads/check', photo);
  assert.equal(check.statusCode, 200, check.body);
  assert.equal((check.json() as { decision: string }).decision, 'allow', 'a forensics-only grant never blocks');

  const entry = await add('TAKEDOWN', { md5: hashed.md5! });
  check = await upload('/api/v1/uploads/check', photo);
  const pending = check.json() as {
    decision: string;
    results: Array<{ signalType: string; matches: Array<{ entryId: number }> }>;
  };
  assert.equal(pending.decision, 'allow', 'a pending entry does not block');
  assert.deepEqual(
    pending.results.find((r) => r.signalType === 'md5')!.matches.map((m) => m.entryId),
    [entry],
  );

  await t.ctx.hashbank.assessEntry(entry, 'concur', analysts[1]!);
  check = await upload('/api/v1/uploads/check', photo);
  const blocked = check.json() as { decision: string; blockedBy: Array<{ entryId: number }> };
  assert.equal(blocked.decision, 'block');
  assert.deepEqual(
    blocked.blockedBy.map((m) => m.entryId),
    [entry],
  );

  await t.ctx.hashbank.setSuspended(entry, true, 'test', cliActor);
  assert.equal(
    (await upload('/api/v1/uploads/check', photo)).json().decision,
    'allow',
    'a suspended entry feeds no automatic action',
  );
  assert.equal((await upload('/api/v1/uploads/check', photo, stranger)).json().decision, 'allow');
  assert.equal((await upload('/api/v1/uploads/check', photo, readOnly)).statusCode, 403);

  const byMedia = (await upload('/api/v1/media/match', photo)).json() as {
    results: Array<{ signalType: string; matches: Array<{ entryId: number }> }>;
  };
  assert.deepEqual(
    byMedia.results.find((r) => r.signalType === 'pdq')!.matches.map((m) => m.entryId),
    [forensic],
  );
  assert.ok(!JSON.stringify(byMedia).includes(photo.subarray(0, 32).toString('base64')), 'no media in the answer');
});

test('the hash list: pages, tombstones, `since` for changes only, and no row missed behind a slow writer', async () => {
  const t0 = await t.app.inject({ method: 'GET', url: '/api/v1/hashes?limit=2', headers: stranger });
  assert.deepEqual(t0.json().entries, [], 'nothing for an organisation without grants');
  const all: Array<{ entryId: number; bank: string; withdrawn: boolean }> = [];
  let cursor = '';
  for (let page = 0; page < 50; page++) {
    const res = await get(`/api/v1/hashes?limit=2${cursor ? `&since=${cursor}` : ''}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { entries: typeof all; cursor: string; more: boolean };
    all.push(...body.entries);
    cursor = body.cursor;
    if (!body.more) break;
  }
  assert.ok(all.length >= 4);
  assert.ok(all.every((e) => e.bank !== 'SECRET' && e.bank !== 'QUARANTINE'));
  assert.equal((await get(`/api/v1/hashes?since=${cursor}`)).json().entries.length, 0, 'nothing changed since');

  const fresh = await add('VICTIM_ID', { pdq: hex(40) });
  await add('SECRET', { pdq: hex(41) });
  const gone = all.find((e) => e.bank === 'TAKEDOWN')!.entryId;
  await t.ctx.hashbank.withdrawEntry(gone, 'test', cliActor);
  const changes = (await get(`/api/v1/hashes?since=${cursor}`)).json() as {
    entries: Array<{ entryId: number; withdrawn: boolean; signals?: Record<string, string>; classification?: unknown }>;
    cursor: string;
  };
  assert.deepEqual(
    changes.entries.map((e) => [e.entryId, e.withdrawn]),
    [
      [fresh, false],
      [gone, true],
    ],
  );
  assert.deepEqual(changes.entries[0]!.signals, { pdq: hex(40) });
  assert.deepEqual(changes.entries[0]!.classification, { tier: 'match_only' });

  // A writer that began earlier and commits later must not be skipped by a cursor taken meanwhile.
  const slow = await t.ctx.pool.connect();
  try {
    const bank = await t.ctx.hashbank.getBank('VICTIM_ID');
    await slow.query('begin');
    await slow.query(`insert into bank_entry (bank_id, pdq, contributor_type) values ($1, $2, 'system')`, [
      bank.id,
      hex(42),
    ]);
    const later = await add('VICTIM_ID', { pdq: hex(43) });
    const during = (await get(`/api/v1/hashes?since=${changes.cursor}`)).json() as {
      entries: Array<{ entryId: number }>;
      cursor: string;
    };
    assert.deepEqual(during.entries, [], 'held back until the older writer ends');
    await slow.query('commit');
    const afterwards = (await get(`/api/v1/hashes?since=${during.cursor}`)).json() as {
      entries: Array<{ entryId: number; signals: { pdq: string } }>;
    };
    assert.deepEqual(
      afterwards.entries.map((e) => e.signals.pdq),
      [hex(42), hex(43)],
    );
    assert.equal(afterwards.entries[1]!.entryId, later);
  } finally {
    slow.release();
  }
  assert.equal((await get('/api/v1/hashes?since=not-a-cursor')).json().error.code, 'HASHBANK_CURSOR_INVALID');
  assert.equal(
    (await post('/api/v1/hashes/match', { signals: [{ signalType: 'pdq', signal: hex(40) }] }, readOnly)).statusCode,
    403,
  );
});

test('submissions land in the quarantine bank and the analysts queue, never in a live bank', async () => {
  const pdq = hex(60);
  const first = await post('/api/v1/submissions', {
    signals: [{ signalType: 'pdq', signal: pdq }],
    labels: { ageBand: 'pubescent' },
    note: 'found on example.org',
  });
  assert.equal(first.statusCode, 201, first.body);
  const { submissionId, created, status } = first.json() as { submissionId: number; created: boolean; status: string };
  assert.deepEqual([created, status], [true, 'awaiting_review']);
  assert.equal(
    (await post('/api/v1/submissions', { signals: [{ signalType: 'pdq', signal: pdq }] })).json().submissionId,
    submissionId,
  );

  const bank = await t.ctx.hashbank.getBank('QUARANTINE');
  assert.equal(bank.kind, 'quarantine');
  await t.ctx.hashbank.grantBank('QUARANTINE', orgId, ['forensics'], 'full_labels', cliActor);
  const matched = (await post('/api/v1/hashes/match', { signals: [{ signalType: 'pdq', signal: pdq }] })).json() as {
    results: Array<{ matches: unknown[] }>;
  };
  assert.equal(matched.results[0]!.matches.length, 0, 'quarantined hashes never match');
  const queue = await t.ctx.hashbank.provider.listSubmissions();
  const queued = queue.find((q) => q.submissions.some((s) => s.id === submissionId))!;
  assert.equal(queued.contributor_organisation_id, orgId);
  assert.equal((queued.provenance as { note: string }).note, 'found on example.org');

  const media = await upload('/api/v1/submissions/media', await syntheticPhoto(61));
  assert.equal(media.statusCode, 201, media.body);
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'actor_type'])
    .where('action', '=', 'hashbank.submission-received')
    .execute();
  assert.equal(audit.length, 2);
  assert.ok(audit.every((a) => a.actor_type === 'api_key'));
  assert.equal(
    (await post('/api/v1/submissions', { signals: [{ signalType: 'pdq', signal: pdq }] }, readOnly)).statusCode,
    403,
  );
  assert.equal((await post('/api/v1/submissions', { signals: [] })).statusCode, 400);
});

test('submissions are deduplicated per organisation: an answer never tells of another organisation sending it', async () => {
  const pdq = hex(62);
  const body = { signals: [{ signalType: 'pdq', signal: pdq }] };
  const mine = (await post('/api/v1/submissions', body)).json() as { submissionId: number; created: boolean };
  const again = (await post('/api/v1/submissions', body)).json() as { submissionId: number; created: boolean };
  assert.deepEqual(
    again,
    { ...mine, created: false, status: 'awaiting_review' },
    'the same organisation: its earlier one',
  );
  const theirs = await post('/api/v1/submissions', body, stranger);
  assert.equal(theirs.statusCode, 201, theirs.body);
  const answer = theirs.json() as { submissionId: number; created: boolean };
  assert.equal(answer.created, true, 'as if nobody had sent it before');
  assert.notEqual(answer.submissionId, mine.submissionId);
  assert.ok(answer.submissionId > mine.submissionId, 'a fresh id, not an older one that would date the first');
  const queued = (await t.ctx.hashbank.provider.listSubmissions()).filter((q) => q.pdq === pdq);
  assert.equal(queued.length, 1, 'analysts assess the media once');
  assert.equal(queued[0]!.submissions.length, 2, 'and see both organisations');
});

test('feedback on a match: recorded with an event and an audit entry, only for granted banks', async () => {
  const entry = await add('TAKEDOWN', { pdq: hex(70) });
  const secret = await add('SECRET', { pdq: hex(71) });
  const res = await post('/api/v1/matches/feedback', { entryId: entry, verdict: 'false_positive', reason: 'a logo' });
  assert.equal(res.statusCode, 201, res.body);
  const row = await t.ctx.db
    .selectFrom('bank_match_feedback')
    .selectAll()
    .where('id', '=', res.json().feedbackId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(
    [Number(row.entry_id), row.organisation_id, row.verdict, row.reason],
    [entry, orgId, 'false_positive', 'a logo'],
  );
  const events = await t.ctx.db.selectFrom('bank_entry_event').select('kind').where('entry_id', '=', entry).execute();
  assert.ok(events.some((e) => e.kind === 'feedback'));
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select('subject_id')
    .where('action', '=', 'hashbank.match-feedback')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.subject_id),
    [String(entry)],
  );

  assert.equal(
    (await post('/api/v1/matches/feedback', { entryId: secret, verdict: 'confirmed' })).statusCode,
    404,
    'a bank not granted is not disclosed',
  );
  assert.equal((await post('/api/v1/matches/feedback', { entryId: entry, verdict: 'maybe' })).statusCode, 400);
  assert.equal(
    (await post('/api/v1/matches/feedback', { entryId: entry, verdict: 'confirmed' }, readOnly)).statusCode,
    403,
  );
});

test('the provider routes are in the OpenAPI document', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, unknown>;
  };
  for (const path of [
    '/api/v1/hashes/match',
    '/api/v1/media/match',
    '/api/v1/uploads/check',
    '/api/v1/hashes',
    '/api/v1/submissions',
    '/api/v1/matches/feedback',
  ])
    assert.ok(doc.paths[path], path);
});
