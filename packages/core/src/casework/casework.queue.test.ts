import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import { caseCloseReasons, caseDecisionKinds, caseEventKinds, caseStates, reportSources } from '@vigie/contract';
import { createStaffSession, createTestContext, type TestContext } from '@vigie/testkit';
import { isAppError } from '../platform/errors.ts';
import type { CaseActor } from './casework.types.ts';
import { queuePageQuery } from './queue.repository.ts';

// The triage queue: danger now first, then information on a victim or suspect, then oldest;
// filters; keyset pages that stay cheap with 100,000 open cases; counts per state; claims that
// exclude a second analyst and expire.

let t: TestContext;
let clock = new Date('2026-12-04T08:00:00Z');
let analystA: CaseActor;
let analystB: CaseActor;
let supervisor: CaseActor;

async function actor(role: 'analyst' | 'supervisor'): Promise<CaseActor> {
  const session = await createStaffSession(t.ctx, role);
  const principal = await t.ctx.access.authenticateSession(session.cookie.split('=')[1] as string);
  return { staffId: principal!.kind === 'staff' ? principal!.userId : '', role, address: '127.0.0.1' };
}

async function report(input: Record<string, unknown>, minutesLater: number, source: 'phone' | 'email' = 'phone') {
  clock = new Date(clock.getTime() + minutesLater * 60_000);
  const { id } = await t.ctx.casework.submitStaffReport(
    { source, language: 'en', report: { type: 'luring', description: 'told on the phone', ...input } as never },
    analystA,
  );
  return id;
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (isAppError(error) ? error.code : String(error)),
  );

before(async () => {
  t = await createTestContext({ VIGIE_CASE_CLAIM_MINUTES: '30' }, { now: () => clock });
  analystA = await actor('analyst');
  analystB = await actor('analyst');
  supervisor = await actor('supervisor');
});
after(() => t.close());

test('the queue puts danger now first, then person information, then the oldest', async () => {
  const old = await report({ description: 'oldest, nothing urgent' }, 0);
  const person = await report({ suspect: { usernames: ['someone'] } }, 1);
  const danger = await report({ incident: { happeningNow: true } }, 2, 'email');
  const newer = await report({ description: 'newer, nothing urgent' }, 3);
  const danger2 = await report({ incident: { happeningNow: true }, reporter: { region: 'QC' } }, 4);
  await t.drain();

  const page = await t.ctx.casework.queue({}, analystA.staffId);
  assert.deepEqual(
    page.cases.map((c) => c.reportId),
    [danger, danger2, person, old, newer],
  );
  assert.deepEqual(page.counts, { open: 5, in_review: 0, closed: 0 });
  assert.equal(page.next, null);

  // Keyset pages of one walk the same order without repeats.
  const walked: string[] = [];
  let after: string | undefined;
  do {
    const p = await t.ctx.casework.queue({ limit: 1, ...(after ? { after } : {}) }, analystA.staffId);
    walked.push(...p.cases.map((c) => c.reportId));
    after = p.next ?? undefined;
  } while (after);
  assert.deepEqual(walked, [danger, danger2, person, old, newer]);

  const filtered = async (query: Record<string, string>) =>
    (await t.ctx.casework.queue(query, analystA.staffId)).cases.map((c) => c.reportId);
  assert.deepEqual(await filtered({ source: 'email' }), [danger]);
  assert.deepEqual(await filtered({ region: 'QC' }), [danger2]);
  assert.deepEqual(await filtered({ type: 'child_trafficking' }), []);
  assert.deepEqual(await filtered({ state: 'closed' }), []);
  assert.equal(await codeOf(t.ctx.casework.queue({ after: 'bm9wZQ' }, analystA.staffId)), 'CASE_CURSOR_INVALID');

  const row = await t.ctx.db.selectFrom('report').select('source').where('id', '=', danger).executeTakeFirstOrThrow();
  assert.equal(row.source, 'email', 'the staff intake records its source on the report');
});

test('one analyst per case: a claim excludes others until it expires or a supervisor releases it', async () => {
  const id = await report({ description: 'to claim' }, 1);
  await t.drain();

  const claimed = await t.ctx.casework.claim(id, analystA);
  assert.equal(claimed.claim?.staffId, analystA.staffId);
  assert.equal(claimed.claim?.isMine, true);
  assert.equal(await codeOf(t.ctx.casework.claim(id, analystB)), 'CASE_CLAIMED');
  assert.equal(await codeOf(t.ctx.casework.release(id, analystB, null)), 'CASE_CLAIMED');
  assert.equal(await codeOf(t.ctx.casework.close(id, analystB, 'duplicate', null)), 'CASE_CLAIMED');
  const mine = await t.ctx.casework.queue({ assignee: analystA.staffId }, analystB.staffId);
  assert.deepEqual(
    mine.cases.map((c) => c.reportId),
    [id],
  );
  assert.ok(!(await t.ctx.casework.queue({ assignee: 'none' }, analystB.staffId)).cases.some((c) => c.reportId === id));

  // Activity renews the claim: 20 minutes, a page view, 20 more minutes: still A's.
  clock = new Date(clock.getTime() + 20 * 60_000);
  await t.ctx.casework.page(id, analystA);
  clock = new Date(clock.getTime() + 20 * 60_000);
  assert.equal(await codeOf(t.ctx.casework.claim(id, analystB)), 'CASE_CLAIMED');
  // Then 31 minutes without activity: the claim lapsed, B may take the case.
  clock = new Date(clock.getTime() + 31 * 60_000);
  assert.equal((await t.ctx.casework.queue({ assignee: 'me' }, analystA.staffId)).cases.length, 0);
  const taken = await t.ctx.casework.claim(id, analystB);
  assert.equal(taken.claim?.staffId, analystB.staffId);
  assert.equal(await codeOf(t.ctx.casework.close(id, analystA, 'duplicate', null)), 'CASE_CLAIMED');

  // A supervisor releases B's claim.
  const released = await t.ctx.casework.release(id, supervisor, 'B went home');
  assert.equal(released.claim, null);
  assert.equal(await codeOf(t.ctx.casework.close(id, analystB, 'duplicate', null)), 'CASE_NOT_CLAIMED');

  const events = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id'])
    .where('subject_id', '=', id)
    .where('action', 'like', 'case.%')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((e) => [e.action, e.actor_id]),
    [
      ['case.claimed', analystA.staffId],
      ['case.claimed', analystB.staffId],
      ['case.released', supervisor.staffId],
    ],
  );
});

test('closed sets match the CHECK constraints', async () => {
  const checked = async (table: string, column: string) => {
    const { rows } = await sql<{ definition: string }>`
      select pg_get_constraintdef(c.oid) as definition from pg_constraint c join pg_class r on r.oid = c.conrelid
      where r.relname = ${table} and c.contype = 'c'`.execute(t.ctx.db);
    const d = rows.map((r) => r.definition).find((x) => new RegExp(`\\(\\(?${column}\\b`).test(x) && /ANY/.test(x));
    assert.ok(d, `${table}.${column}`);
    return [...d.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
  };
  const sorted = (v: readonly string[]) => [...v].sort();
  assert.deepEqual(await checked('case_file', 'state'), sorted(caseStates));
  assert.deepEqual(await checked('case_file', 'source'), sorted(reportSources));
  assert.deepEqual(await checked('case_file', 'close_reason'), sorted(caseCloseReasons));
  assert.deepEqual(await checked('case_decision', 'kind'), sorted(caseDecisionKinds));
  assert.deepEqual(await checked('case_event', 'kind'), sorted(caseEventKinds));
});

test('with 100,000 open cases a deep page reads the index from the cursor, and the counts are kept', async () => {
  const before = await t.ctx.casework.counts();
  // Reports and their triage entries straight in SQL: the trigger opens a case for each.
  await sql`
    insert into report (id, report_number, follow_up_code_hash, type, source, language, description, anonymous,
      incident, suspect, victim, happening_now, has_person_info, priority, received_at)
    select gen_random_uuid(), 'bulk-' || g, 'bulk-' || g, 'child_sexual_abuse_material', 'tipline', 'en', '', true,
      '{}', '{}', '{}', g % 97 = 0, g % 5 = 0, (case when g % 97 = 0 then 400 else 0 end) + (case when g % 5 = 0 then 100 else 0 end) + 4,
      timestamptz '2026-01-01' + g * interval '1 second'
    from generate_series(1, 100000) g`.execute(t.ctx.db);
  await sql`insert into triage_entry (report_id, priority, received_at)
    select id, priority, received_at from report where report_number like 'bulk-%'`.execute(t.ctx.db);
  await sql`analyze case_file`.execute(t.ctx.db);
  const counts = await t.ctx.casework.counts();
  assert.equal(counts.open, before.open + 100_000);

  // Walk 40 pages deep, then read the plan of the next page.
  let after: string | undefined;
  for (let i = 0; i < 40; i++) after = (await t.ctx.casework.queue({ limit: 200, after }, analystA.staffId)).next!;
  const started = performance.now();
  const page = await t.ctx.casework.queue({ limit: 50, after }, analystA.staffId);
  const ms = performance.now() - started;
  assert.equal(page.cases.length, 50);
  const cursor = Buffer.from(after!, 'base64url').toString().split('|');
  const compiled = queuePageQuery(
    t.ctx.db,
    {},
    { rank: Number(cursor[0]), receivedAt: new Date(cursor[1]!), reportId: cursor[2]! },
    51,
    clock,
  ).compile();
  const { rows } = await t.ctx.db.executeQuery<{ 'QUERY PLAN': unknown }>(
    CompiledQuery.raw(`explain (analyze, buffers, format json) ${compiled.sql}`, [...compiled.parameters]),
  );
  const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
  assert.match(plan, /case_file_active_idx/);
  assert.doesNotMatch(plan, /"Node Type":"Sort"/, 'no sort: the index gives the order');
  const scanned = [...plan.matchAll(/"Index Name":"case_file_active_idx"[^}]*?"Actual Rows":(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  assert.ok(
    scanned.every((n) => n <= 51),
    `index rows read: ${scanned.join(',')}`,
  );
  assert.ok(ms < 500, `a deep page took ${ms.toFixed(0)} ms`);
});
