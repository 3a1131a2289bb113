import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp, totpNow } from '@vigie/testkit';

// Administrators disable a staff account and reset a lost second factor from the API (the
// console's users screen); each change is in the audit trail under the user's id.

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('disable: the account is refused at once and its session ends; audited under its id', async () => {
  const admin = await createStaffSession(t.ctx, 'administrator');
  const analyst = await createStaffSession(t.ctx, 'analyst');
  const users = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers })).json();
  const id = users.find((u: { email: string }) => u.email === analyst.email).id as string;

  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${id}/disable`,
    headers: admin.headers,
    payload: { reason: 'left the hotline' },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().status, 'disabled');
  assert.equal(res.json().email, analyst.email);
  const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: analyst.headers });
  assert.equal(session.statusCode, 401);
  const audit = await t.app.inject({ method: 'GET', url: `/api/v1/audit?subject=${id}`, headers: admin.headers });
  assert.deepEqual(
    audit.json().events.map((e: { action: string; actorEmail: string }) => [e.action, e.actorEmail]),
    [
      ['access.user-disabled', admin.email],
      ['access.enrolment-completed', analyst.email],
      ['access.user-created', null],
    ],
  );
  assert.deepEqual(audit.json().events[0].details, { reason: 'left the hotline' });
});

test('reset: a new one-time link; the old factor no longer signs in, the new enrolment does', async () => {
  const admin = await createStaffSession(t.ctx, 'administrator');
  const verifier = await createStaffSession(t.ctx, 'verifier');
  const users = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers })).json();
  const id = users.find((u: { email: string }) => u.email === verifier.email).id as string;

  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${id}/reset`,
    headers: admin.headers,
    payload: {},
  });
  assert.equal(res.statusCode, 200, res.body);
  const token = new URL(res.json().enrolmentUrl).searchParams.get('token') as string;
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: verifier.email, password: verifier.password, totpCode: totpNow(verifier.totpSecret) },
  });
  assert.equal(login.statusCode, 401);
  const started = await t.ctx.access.startEnrolment(token);
  assert.equal(started.email, verifier.email);
  assert.notEqual(started.totpSecret, verifier.totpSecret);
});

test('an administrator may not disable or reset their own account', async () => {
  const admin = await createStaffSession(t.ctx, 'administrator');
  const users = (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers })).json();
  const id = users.find((u: { email: string }) => u.email === admin.email).id as string;
  for (const change of ['disable', 'reset']) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${id}/${change}`,
      headers: admin.headers,
      payload: {},
    });
    assert.equal(res.statusCode, 409, change);
    assert.equal(res.json().error.code, 'ACCESS_SELF_CHANGE');
  }
  const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: admin.headers });
  assert.equal(session.statusCode, 200, 'still signed in');
});

test('an unknown user is a 404; only administrators may disable or reset', async () => {
  const admin = await createStaffSession(t.ctx, 'administrator');
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const unknown = '00000000-0000-4000-8000-000000000001';
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${unknown}/reset`,
    headers: admin.headers,
    payload: {},
  });
  assert.equal(res.statusCode, 404);
  const refused = await t.app.inject({
    method: 'POST',
    url: `/api/v1/users/${unknown}/disable`,
    headers: supervisor.headers,
    payload: {},
  });
  assert.equal(refused.statusCode, 403);
});
