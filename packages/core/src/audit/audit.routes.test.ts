import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { appendAuditEvent, cliActor } from '@vigie/core';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';

// The audit trail's search and CSV export, on a trail written here with known times.

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: StaffSession;
const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));

before(async () => {
  t = await createTestApp();
  admin = await createStaffSession(t.ctx, 'administrator');
  const events: Array<[number, string, string, Record<string, unknown>]> = [
    [1, 'alert.published', 'a1', { language: 'en' }],
    [2, 'alert.withdrawn', 'a1', { reason: '=HYPERLINK("x")' }],
    [3, 'access.api-key-created', 'k1', {}],
    [4, 'access.api-key-revoked', 'k1', {}],
  ];
  for (const [n, action, subjectId, details] of events)
    await appendAuditEvent(t.ctx.db, cliActor, { action, subjectType: 'x', subjectId, details }, day(n));
});
after(() => t.close());

const get = (url: string, headers = admin.headers) => t.app.inject({ method: 'GET', url, headers });

test('filters by action prefix, object, time and actor; newest first', async () => {
  const byAction = (await get('/api/v1/audit?action=alert.')).json();
  assert.deepEqual(
    byAction.events.map((e: { action: string }) => e.action),
    ['alert.withdrawn', 'alert.published'],
  );
  const bySubject = (await get('/api/v1/audit?subject=k1&from=2026-01-04T00:00:00Z')).json();
  assert.deepEqual(
    bySubject.events.map((e: { action: string }) => e.action),
    ['access.api-key-revoked'],
  );
  const byTime = (await get('/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-04T00:00:00Z')).json();
  assert.deepEqual(
    byTime.events.map((e: { action: string }) => e.action),
    ['access.api-key-created', 'alert.withdrawn'],
  );
  const byCli = (
    await get(`/api/v1/audit?actor=${encodeURIComponent(cliActor.id as string)}&to=2026-02-01T00:00:00Z`)
  ).json();
  assert.equal(byCli.events.length, 4);
  const byEmail = (await get(`/api/v1/audit?actor=${encodeURIComponent(admin.email)}`)).json();
  assert.ok(byEmail.events.length >= 1, 'the admin signed in');
  assert.ok(byEmail.events.every((e: { actorEmail: string }) => e.actorEmail === admin.email));
});

test('pages by seq: the next page starts after the last one shown', async () => {
  const first = (await get('/api/v1/audit?to=2026-02-01T00:00:00Z&limit=3')).json();
  assert.equal(first.events.length, 3);
  assert.equal(first.nextBefore, first.events[2].seq);
  const second = (await get(`/api/v1/audit?to=2026-02-01T00:00:00Z&limit=3&before=${first.nextBefore}`)).json();
  assert.deepEqual(
    second.events.map((e: { action: string }) => e.action),
    ['alert.published'],
  );
  assert.equal(second.nextBefore, null);
});

test('exports CSV with formula-looking cells made inert', async () => {
  const res = await get('/api/v1/audit/export?action=alert.');
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/csv/);
  const lines = res.body.trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0] as string, /^seq,occurred_at,actor_type/);
  assert.match(lines[1] as string, /alert\.withdrawn/);
  assert.match(lines[1] as string, /"\{""reason"":""=HYPERLINK\(\\""x\\""\)""\}"/);
  assert.match(lines[2] as string, /2026-01-01T12:00:00\.000Z,cli,/);
});

test('supervisors and administrators may search; analysts may not', async () => {
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const analyst = await createStaffSession(t.ctx, 'analyst');
  assert.equal((await get('/api/v1/audit', supervisor.headers)).statusCode, 200);
  assert.equal((await get('/api/v1/audit/export', supervisor.headers)).statusCode, 200);
  assert.equal((await get('/api/v1/audit', analyst.headers)).statusCode, 403);
  assert.equal((await get('/api/v1/audit/export', analyst.headers)).statusCode, 403);
});
