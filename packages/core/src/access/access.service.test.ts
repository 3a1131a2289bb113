import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor, verifyAuditChain } from '@vigie/core';
import { createStaffSession, createTestContext, totpNow, type TestContext } from '@vigie/testkit';

let t: TestContext;
before(async () => {
  t = await createTestContext({ VIGIE_LOGIN_MAX_FAILURES: '3', VIGIE_LOGIN_LOCK_MINUTES: '10' });
});
after(() => t.close());

test('an enrolment link works once and gives a signed-in session', async () => {
  const created = await t.ctx.access.createUser({ email: 'Once@Example.org', role: 'analyst' }, cliActor);
  const token = new URL(created.enrolmentUrl).searchParams.get('token') as string;
  const first = await t.ctx.access.startEnrolment(token);
  const again = await t.ctx.access.startEnrolment(token);
  assert.equal(again.totpSecret, first.totpSecret, 'reloading the page keeps the scanned secret');
  assert.match(first.otpauthUrl, /^otpauth:\/\/totp\//);
  await assert.rejects(
    t.ctx.access.completeEnrolment({ token, password: 'short', totpCode: totpNow(first.totpSecret) }, null),
    { code: 'AUTH_PASSWORD_WEAK' },
  );
  await assert.rejects(
    t.ctx.access.completeEnrolment({ token, password: 'a long enough password', totpCode: '000000' }, null),
    { code: 'AUTH_TOTP_INVALID' },
  );
  const session = await t.ctx.access.completeEnrolment(
    { token, password: 'a long enough password', totpCode: totpNow(first.totpSecret) },
    null,
  );
  assert.equal(session.principal.role, 'analyst');
  assert.ok(await t.ctx.access.authenticateSession(session.token));
  await assert.rejects(t.ctx.access.startEnrolment(token), { code: 'AUTH_ENROLMENT_NOT_FOUND' });
  await assert.rejects(t.ctx.access.createUser({ email: 'once@example.org', role: 'analyst' }, cliActor), {
    code: 'ACCESS_USER_EXISTS',
  });
});

test('sign-in needs the password and then the current code, and a code is not accepted twice', async () => {
  const staff = await createStaffSession(t.ctx, 'supervisor');
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: staff.password }, null), {
    code: 'AUTH_TOTP_REQUIRED',
  });
  // The code used at enrolment is spent; the next period's code is fresh.
  const next = totpNow(staff.totpSecret, Date.now() + 30_000);
  const session = await t.ctx.access.login(
    { email: staff.email.toUpperCase(), password: staff.password, totpCode: next },
    '127.0.0.1',
  );
  assert.equal(session.principal.email, staff.email);
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: staff.password, totpCode: next }, null), {
    code: 'AUTH_TOTP_INVALID',
  });
});

test('repeated failures lock the account, even for the right password', async () => {
  const staff = await createStaffSession(t.ctx, 'verifier');
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: 'wrong password 1' }, null), {
    code: 'AUTH_INVALID_CREDENTIALS',
  });
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: 'wrong password 2' }, null), {
    code: 'AUTH_INVALID_CREDENTIALS',
  });
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: 'wrong password 3' }, null), {
    code: 'AUTH_LOCKED',
  });
  await assert.rejects(
    t.ctx.access.login(
      { email: staff.email, password: staff.password, totpCode: totpNow(staff.totpSecret, Date.now() + 60_000) },
      null,
    ),
    (error: { code: string; details: { retryAfterSeconds: number } }) => {
      assert.equal(error.code, 'AUTH_LOCKED');
      assert.ok(error.details.retryAfterSeconds > 500 && error.details.retryAfterSeconds <= 600);
      return true;
    },
  );
});

test('unknown accounts answer exactly like wrong passwords', async () => {
  await assert.rejects(t.ctx.access.login({ email: 'nobody@example.org', password: 'whatever it is' }, null), {
    code: 'AUTH_INVALID_CREDENTIALS',
  });
});

test('API keys are shown once, stored hashed, and checked with their scopes', async () => {
  const created = await t.ctx.access.createApiKey(
    { organisation: 'Example Hosting', kind: 'hosting_provider', scopes: ['hashes:match'] },
    cliActor,
  );
  assert.match(created.key, /^vgk_/);
  const stored = await t.ctx.db
    .selectFrom('api_key')
    .selectAll()
    .where('id', '=', created.id)
    .executeTakeFirstOrThrow();
  assert.notEqual(stored.key_hash, created.key);
  assert.ok(!JSON.stringify(stored).includes(created.key.slice(13)));
  const principal = await t.ctx.access.authenticateApiKey(created.key);
  assert.deepEqual(principal?.scopes, ['hashes:match']);
  assert.equal(principal?.organisationName, 'Example Hosting');
  assert.equal(await t.ctx.access.authenticateApiKey(`${created.key.slice(0, -1)}x`), undefined);
  await assert.rejects(t.ctx.access.createApiKey({ organisation: 'X', scopes: ['everything'] }, cliActor), {
    code: 'ACCESS_SCOPE_UNKNOWN',
  });
});

test('every change above is in an intact audit trail', async () => {
  const actions = (await t.ctx.db.selectFrom('audit_event').select('action').execute()).map((r) => r.action);
  for (const action of [
    'access.user-created',
    'access.enrolment-completed',
    'access.login',
    'access.login-failed',
    'access.account-locked',
    'access.api-key-created',
  ]) {
    assert.ok(actions.includes(action), `audit has ${action}`);
  }
  assert.equal((await verifyAuditChain(t.ctx.db)).ok, true);
});

test('a revoked key is refused at once by the process that revoked it', async () => {
  const created = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:read'] },
    cliActor,
  );
  assert.ok(await t.ctx.access.authenticateApiKey(created.key));
  const listed = await t.ctx.access.listApiKeys();
  assert.ok(listed.some((k) => k.id === created.id && k.revokedAt === null));
  await t.ctx.access.revokeApiKey(created.id, cliActor);
  assert.equal(await t.ctx.access.authenticateApiKey(created.key), undefined);
  await assert.rejects(t.ctx.access.revokeApiKey(created.id, cliActor), { code: 'NOT_FOUND' });
});

test('a disabled user is signed out and cannot sign in; a reset user enrols again', async () => {
  const staff = await createStaffSession(t.ctx, 'analyst');
  const token = staff.cookie.split('=')[1] as string;
  await t.ctx.access.disableUser(staff.email, cliActor);
  assert.equal(await t.ctx.access.authenticateSession(token), undefined);
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: staff.password }, null), {
    code: 'AUTH_INVALID_CREDENTIALS',
  });

  const reset = await t.ctx.access.resetUser(staff.email, cliActor);
  const newToken = new URL(reset.enrolmentUrl).searchParams.get('token') as string;
  const started = await t.ctx.access.startEnrolment(newToken);
  assert.notEqual(started.totpSecret, staff.totpSecret, 'a new second factor');
  await t.ctx.access.completeEnrolment(
    { token: newToken, password: 'another long passphrase', totpCode: totpNow(started.totpSecret) },
    null,
  );
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: staff.password }, null), {
    code: 'AUTH_INVALID_CREDENTIALS',
  });
  await assert.rejects(t.ctx.access.login({ email: staff.email, password: 'another long passphrase' }, null), {
    code: 'AUTH_TOTP_REQUIRED',
  });
});
