import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, type StaffSession } from '@vigie/testkit';

// Public alerts from draft to withdrawal: a draft is on no public page until it is published,
// is published once, and leaves the tipline when withdrawn; each step is in the audit trail.

let t: Awaited<ReturnType<typeof createTestApp>>;
let supervisor: StaffSession;
before(async () => {
  t = await createTestApp();
  supervisor = await createStaffSession(t.ctx, 'supervisor');
});
after(() => t.close());

const call = (method: 'GET' | 'POST', url: string, payload?: object, headers = supervisor.headers) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

test('a draft stays off the tipline until published, then leaves it when withdrawn', async () => {
  const draft = await call('POST', '/api/v1/alerts/drafts', {
    title: 'Fake modelling agency',
    body: 'Offers sent to teenagers.\n\nDo not answer.',
    language: 'fr',
  });
  assert.equal(draft.statusCode, 201, draft.body);
  const { id, state, publishedAt } = draft.json();
  assert.deepEqual([state, publishedAt], ['draft', null]);
  assert.deepEqual((await call('GET', '/api/v1/alerts?language=fr', undefined, {})).json(), []);
  assert.doesNotMatch((await t.app.inject({ url: '/alerts?lang=fr' })).body, /Fake modelling agency/);
  const all = (await call('GET', '/api/v1/alerts/all')).json();
  assert.equal(all[0].id, id);

  const published = await call('POST', `/api/v1/alerts/${id}/publish`, {});
  assert.equal(published.statusCode, 200, published.body);
  assert.equal(published.json().state, 'published');
  assert.ok(published.json().publishedAt);
  const listed = (await call('GET', '/api/v1/alerts?language=fr', undefined, {})).json();
  assert.deepEqual(
    listed.map((a: { id: string }) => a.id),
    [id],
  );
  assert.match((await t.app.inject({ url: '/alerts?lang=fr' })).body, /Fake modelling agency/);
  const again = await call('POST', `/api/v1/alerts/${id}/publish`, {});
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'INTAKE_ALERT_NOT_DRAFT');

  const withdrawn = await call('POST', `/api/v1/alerts/${id}/withdraw`, { reason: 'agency closed' });
  assert.equal(withdrawn.statusCode, 204);
  assert.deepEqual((await call('GET', '/api/v1/alerts?language=fr', undefined, {})).json(), []);
  const record = (await call('GET', '/api/v1/alerts/all')).json().find((a: { id: string }) => a.id === id);
  assert.equal(record.state, 'withdrawn');

  const trail = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id'])
    .where('subject_id', '=', id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    trail.map((e) => e.action),
    ['alert.drafted', 'alert.published', 'alert.withdrawn'],
  );
});

test('analysts may neither draft nor publish; an unknown draft is a 409', async () => {
  const analyst = await createStaffSession(t.ctx, 'analyst');
  const body = { title: 'x', body: 'y', language: 'en' };
  assert.equal((await call('POST', '/api/v1/alerts/drafts', body, analyst.headers)).statusCode, 403);
  assert.equal((await call('GET', '/api/v1/alerts/all', undefined, analyst.headers)).statusCode, 403);
  const unknown = await call('POST', '/api/v1/alerts/00000000-0000-4000-8000-000000000009/publish', {});
  assert.equal(unknown.statusCode, 409);
});
