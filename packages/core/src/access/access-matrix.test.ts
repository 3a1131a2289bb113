import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiScopes, cliActor, isAllowed, staffRoles, type Principal } from '@vigie/core';
import { createStaffSession, createTestApp } from '@vigie/testkit';

// Walks every route the application declares with every kind of caller and checks the answer:
// refused callers get 401 (nobody signed in) or 403 (signed in, not allowed); allowed callers get
// through the guard (whatever the route then says about an empty request).

type Caller = { name: string; headers: Record<string, string>; principal: Principal | null };
let t: Awaited<ReturnType<typeof createTestApp>>;
const callers: Caller[] = [];

before(async () => {
  t = await createTestApp();
  callers.push({ name: 'anonymous', headers: {}, principal: null });
  for (const role of staffRoles) {
    const staff = await createStaffSession(t.ctx, role);
    const principal = await t.ctx.access.authenticateSession(staff.cookie.split('=')[1] as string);
    callers.push({ name: role, headers: staff.headers, principal: principal ?? null });
  }
  for (const scope of apiScopes) {
    const { key } = await t.ctx.access.createApiKey({ organisation: `Org ${scope}`, scopes: [scope] }, cliActor);
    callers.push({
      name: `key:${scope}`,
      headers: { authorization: `Bearer ${key}` },
      principal: (await t.ctx.access.authenticateApiKey(key)) ?? null,
    });
  }
});
after(() => t.close());

function concrete(url: string): string {
  return url.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '00000000-0000-4000-8000-000000000000').replace(/\*$/, 'x');
}

test('every route answers every caller as its access rule says', async () => {
  const routes = [...t.app.declaredRoutes].sort(
    (a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')),
  );
  assert.ok(routes.length >= 10, `found ${routes.length} routes`);
  const failures: string[] = [];
  for (const caller of callers) {
    for (const route of routes) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: caller.headers,
      });
      const allowed = isAllowed(route.access, caller.principal);
      const expected = allowed ? 'not 401/403' : caller.principal ? '403' : '401';
      const ok = allowed
        ? ![401, 403].includes(response.statusCode) || isOwnAnswer(response.json)
        : response.statusCode === (caller.principal ? 403 : 401);
      if (!ok)
        failures.push(`${caller.name} ${route.method} ${route.url}: ${response.statusCode}, expected ${expected}`);
    }
  }
  assert.deepEqual(failures, []);
});

/** A route may itself answer 401/403 (wrong password, bad CSRF is the guard's): only guard codes fail. */
function isOwnAnswer(json: () => unknown): boolean {
  try {
    const code = (json() as { error?: { code?: string } }).error?.code;
    return (
      code !== undefined &&
      !['AUTH_REQUIRED', 'AUTH_FORBIDDEN', 'AUTH_CSRF_INVALID', 'AUTH_APIKEY_INVALID'].includes(code)
    );
  } catch {
    return false;
  }
}

test('the rules mean what the hotline expects for a few routes', async () => {
  const expectations: Array<[string, string, string, number]> = [
    ['GET', '/api/v1/users', 'administrator', 200],
    ['GET', '/api/v1/users', 'analyst', 403],
    ['GET', '/api/v1/users', 'key:all', 403],
    ['GET', '/api/v1/users', 'anonymous', 401],
    ['GET', '/api/v1/audit/verify', 'key:audit:read', 200],
    ['GET', '/api/v1/audit/verify', 'key:hashes:read', 403],
    // The audit trail's search and export: supervisors and administrators, and audit keys.
    ['GET', '/api/v1/audit', 'supervisor', 200],
    ['GET', '/api/v1/audit', 'analyst', 403],
    ['GET', '/api/v1/audit/export', 'verifier', 403],
    ['GET', '/api/v1/audit/export', 'key:audit:read', 200],
    ['GET', '/api/v1/audit', 'key:hashes:read', 403],
    // Disabling and resetting staff accounts is an administrator's.
    ['POST', '/api/v1/users/00000000-0000-4000-8000-000000000000/disable', 'supervisor', 403],
    ['POST', '/api/v1/users/00000000-0000-4000-8000-000000000000/reset', 'administrator', 400],
    // Alerts: anyone reads the published ones; supervisors and administrators draft and publish.
    ['GET', '/api/v1/alerts', 'anonymous', 200],
    ['GET', '/api/v1/alerts/all', 'supervisor', 200],
    ['GET', '/api/v1/alerts/all', 'analyst', 403],
    ['POST', '/api/v1/alerts/drafts', 'verifier', 403],
    ['POST', '/api/v1/alerts/drafts', 'administrator', 400],
    ['GET', '/metrics', 'key:metrics:read', 200],
    ['GET', '/metrics', 'supervisor', 403],
    ['GET', '/health', 'anonymous', 200],
    // Administrators may do what any staff role may: the hash bank's HMA surface included.
    ['GET', '/m/lookup?signal_type=pdq&signal=' + 'f'.repeat(64), 'administrator', 200],
    ['GET', '/c/banks', 'administrator', 200],
    // HMA's raw lookup is matching, its exchange routes curation (Vigie has no exchanges: none listed).
    ['GET', '/m/raw_lookup?signal_type=pdq&signal=' + 'f'.repeat(64), 'key:hashes:match', 200],
    ['GET', '/c/exchanges/apis', 'key:hashes:match', 403],
    ['GET', '/c/exchanges/apis', 'key:hashes:curate', 200],
    // Notices: analysts and supervisors send, verifiers read; providers' keys neither.
    ['GET', '/api/v1/notices', 'analyst', 200],
    ['GET', '/api/v1/notices', 'key:notices:read', 200],
    ['GET', '/api/v1/notices', 'key:hashes:read', 403],
    ['POST', '/api/v1/notices', 'verifier', 403],
    ['POST', '/api/v1/notices', 'key:notices:read', 403],
    ['POST', '/api/v1/notices', 'key:notices:send', 400],
    ['GET', '/api/v1/notices', 'anonymous', 401],
    // The provider's answer page is public: the link's token is the key.
    ['GET', '/notices/respond/' + 'x'.repeat(43), 'anonymous', 404],
    // The provider directory: analysts read it, supervisors and administrators change it.
    ['GET', '/api/v1/providers', 'analyst', 200],
    ['POST', '/api/v1/providers', 'analyst', 403],
    ['POST', '/api/v1/providers', 'supervisor', 400],
    ['DELETE', '/api/v1/providers/nobody', 'administrator', 404],
    ['GET', '/api/v1/providers', 'key:all', 403],
    // The hash bank's staff routes: analysts, supervisors and verifiers read and search; analysts and
    // supervisors work the submission and suspension queues; supervisors withdraw, restore and grant.
    ['GET', '/api/v1/banks', 'verifier', 200],
    ['GET', '/api/v1/banks', 'key:all', 403],
    ['GET', '/api/v1/bank-submissions', 'analyst', 200],
    ['POST', '/api/v1/bank-submissions/1/accept', 'verifier', 403],
    ['POST', '/api/v1/bank-submissions/1/accept', 'analyst', 400],
    ['POST', '/api/v1/bank-entries/1/withdraw', 'analyst', 403],
    ['POST', '/api/v1/bank-entries/1/withdraw', 'supervisor', 400],
    ['GET', '/api/v1/banks/NONE/grants', 'analyst', 403],
    ['GET', '/api/v1/banks/NONE/grants', 'administrator', 404],
    ['GET', '/api/v1/bank-suspensions', 'anonymous', 401],
    // Cases: verifiers read, analysts and supervisors work them, reopening is a supervisor's; no key reaches them.
    ['GET', '/api/v1/cases', 'verifier', 200],
    ['GET', '/api/v1/cases', 'key:all', 403],
    ['POST', '/api/v1/cases/intake', 'verifier', 403],
    ['POST', '/api/v1/cases/00000000-0000-4000-8000-000000000000/contact', 'verifier', 403],
    ['POST', '/api/v1/cases/00000000-0000-4000-8000-000000000000/reopen', 'analyst', 403],
    // Statistics: supervisors (and administrators); analysts, verifiers and keys not.
    ['GET', '/api/v1/settings/tipline', 'supervisor', 200],
    ['GET', '/api/v1/settings/tipline', 'analyst', 403],
    ['PUT', '/api/v1/settings/tipline', 'supervisor', 403],
    ['PUT', '/api/v1/settings/tipline', 'key:all', 403],
    ['GET', '/api/v1/review/defaults', 'supervisor', 200],
    ['GET', '/api/v1/review/defaults', 'analyst', 403],
    ['PUT', '/api/v1/review/defaults', 'verifier', 403],
    ['DELETE', '/api/v1/review/defaults', 'key:all', 403],
    ['GET', '/api/v1/settings/retention', 'supervisor', 200],
    ['GET', '/api/v1/settings/retention', 'analyst', 403],
    ['PUT', '/api/v1/settings/retention', 'supervisor', 403],
    ['PUT', '/api/v1/settings/retention', 'key:all', 403],
    // Notice templates: administrators save and reset them; supervisors read and preview them.
    ['GET', '/api/v1/notice-templates', 'supervisor', 200],
    ['GET', '/api/v1/notice-templates', 'analyst', 403],
    ['GET', '/api/v1/notice-templates/notice-html/fr', 'administrator', 200],
    ['PUT', '/api/v1/notice-templates/notice-html/fr', 'supervisor', 403],
    ['PUT', '/api/v1/notice-templates/notice-html/fr', 'administrator', 400],
    ['DELETE', '/api/v1/notice-templates/notice-html/fr', 'supervisor', 403],
    ['POST', '/api/v1/notice-templates/notice-html/fr/preview', 'verifier', 403],
    ['POST', '/api/v1/notice-templates/notice-html/fr/preview', 'supervisor', 400],
    ['GET', '/api/v1/notice-templates', 'key:all', 403],
    ['GET', '/api/v1/statistics/reports', 'supervisor', 200],
    ['GET', '/api/v1/statistics/annual?year=2026', 'administrator', 200],
    ['GET', '/api/v1/statistics/forwarding', 'analyst', 403],
    ['GET', '/api/v1/statistics/removal', 'verifier', 403],
    ['GET', '/api/v1/statistics/annual?year=2026', 'key:all', 403],
    ['GET', '/api/v1/statistics/reports', 'anonymous', 401],
    ['GET', '/api/v1/statistics/exposure', 'supervisor', 200],
    ['GET', '/api/v1/statistics/exposure', 'analyst', 403],
    ['GET', '/api/v1/statistics/exposure', 'key:all', 403],
  ];
  const fresh = new Map<string, Record<string, string>>();
  for (const role of ['administrator', 'analyst', 'supervisor', 'verifier'] as const)
    fresh.set(role, (await createStaffSession(t.ctx, role)).headers);
  for (const [method, url, name, status] of expectations) {
    const headers = fresh.get(name) ?? (callers.find((c) => c.name === name) as Caller).headers;
    const response = await t.app.inject({ method: method as 'GET', url, headers });
    assert.equal(response.statusCode, status, `${name} ${method} ${url}`);
  }
});

test('a staff session without the CSRF header cannot change anything', async () => {
  const admin = await createStaffSession(t.ctx, 'administrator');
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: { cookie: admin.cookie },
    payload: { email: 'x@example.org', role: 'analyst' },
  });
  assert.equal(response.statusCode, 403);
  assert.equal(response.json().error.code, 'AUTH_CSRF_INVALID');
});

test('a browser sending Basic credentials still gets the public tipline', async () => {
  const basic = `Basic ${Buffer.from('someone:secret').toString('base64')}`;
  const response = await t.app.inject({ method: 'GET', url: '/', headers: { authorization: basic } });
  assert.equal(response.statusCode, 200);
  const api = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: basic } });
  assert.equal(api.statusCode, 401);
});

test('an unknown API key is refused even on public routes', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/health', headers: { authorization: 'Bearer vgk_nope' } });
  assert.equal(response.statusCode, 401);
});
