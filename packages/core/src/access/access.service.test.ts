import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor, verifyAuditChain } from '@vigie/core';
import { recordLoginSuccess } from './access.repository.ts';
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

test('logins racing with one code open one session', async () => {
  const staff = await createStaffSession(t.ctx, 'analyst');
  const code = totpNow(staff.totpSecret, Date.now() + 30_000);
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, () =>
      t.ctx.access.login({ email: staff.email, password: staff.password, totpCode: code }, null),
    ),
  );
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  for (const r of results)
    if (r.status === 'rejected')
      assert.match((r.reason as { code: string }).code, /^(AUTH_TOTP_INVALID|RATE_LIMITED|AUTH_LOCKED)$/);
});

test('a TOTP step is used up once, whatever the interleaving of the logins that race for it', async () => {
  const staff = await createStaffSession(t.ctx, 'analyst');
  const user = await t.ctx.db
    .selectFrom('staff_user')
    .select(['id', 'totp_last_step'])
    .where('email', '=', staff.email)
    .executeTakeFirstOrThrow();
  const step = Number(user.totp_last_step) + 1;
  const outcomes = await Promise.all(Array.from({ length: 6 }, () => recordLoginSuccess(t.ctx.db, user.id, step)));
  assert.deepEqual(outcomes.filter(Boolean).length, 1);
});

test('parallel wrong passwords are checked no more often than the limit, then the counter starts again', async () => {
  const staff = await createStaffSession(t.ctx, 'analyst');
  const limit = t.ctx.config.loginMaxFailures;
  const results = await Promise.allSettled(
    Array.from({ length: 15 }, (_, i) => t.ctx.access.login({ email: staff.email, password: `wrong ${i}` }, null)),
  );
  const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'));
  // limit - 1 plain failures, the limit-th locks, every other attempt is refused unchecked.
  assert.equal(codes.filter((c) => c === 'AUTH_INVALID_CREDENTIALS').length, limit - 1);
  // The rest: locked, or refused while the attempts in flight reached the limit.
  assert.equal(codes.filter((c) => c === 'AUTH_LOCKED' || c === 'RATE_LIMITED').length, 15 - (limit - 1));
  assert.ok(codes.includes('AUTH_LOCKED'));
  const row = await t.ctx.db
    .selectFrom('staff_user')
    .select(['failed_logins', 'locked_until'])
    .where('email', '=', staff.email)
    .executeTakeFirstOrThrow();
  assert.equal(row.failed_logins, 0);
  assert.ok(row.locked_until && row.locked_until.getTime() > Date.now());
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
