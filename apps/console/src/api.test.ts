import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createApiClient } from './api.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(responses: Response[]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (next === undefined) throw new TypeError('Failed to fetch');
    return next;
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const session = {
  user: { id: 'u1', email: 'a@example.org', role: 'analyst' },
  csrfToken: 'csrf-1',
};
const header = (call: Call | undefined, name: string): string | undefined =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

describe('api client', () => {
  it('sends the CSRF token of the last session on mutating requests only', async () => {
    const { fetch, calls } = fakeFetch([json(200, session), new Response(null, { status: 204 })]);
    const api = createApiClient(fetch);
    await api.getSession();
    await api.logout();
    assert.equal(calls[0]?.url, '/api/v1/auth/session');
    assert.equal(calls[0]?.init.method, 'GET');
    assert.equal(header(calls[0], 'x-csrf-token'), undefined);
    assert.equal(calls[1]?.url, '/api/v1/auth/logout');
    assert.equal(header(calls[1], 'x-csrf-token'), 'csrf-1');
    assert.ok(calls.every((c) => c.init.credentials === 'same-origin'));
  });

  it('sends login as JSON and keeps the token it returns', async () => {
    const { fetch, calls } = fakeFetch([json(200, session), json(200, {})]);
    const api = createApiClient(fetch);
    await api.login({ email: 'a@example.org', password: 'pw', totpCode: '123456' });
    assert.equal(header(calls[0], 'content-type'), 'application/json');
    assert.equal(header(calls[0], 'x-csrf-token'), undefined);
    assert.deepEqual(JSON.parse(String(calls[0]?.init.body)), {
      email: 'a@example.org',
      password: 'pw',
      totpCode: '123456',
    });
    await api.startEnrolment('tok');
    assert.equal(header(calls[1], 'x-csrf-token'), 'csrf-1');
  });

  it('turns an error body into a typed error', async () => {
    const body = {
      error: { code: 'AUTH_LOCKED', message: 'Locked', requestId: 'r1', retryAfterSeconds: 300 },
    };
    const { fetch } = fakeFetch([json(423, body)]);
    const error = await createApiClient(fetch)
      .login({ email: 'a', password: 'b' })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.deepEqual(
      [error.status, error.code, error.message, error.requestId, error.retryAfterSeconds],
      [423, 'AUTH_LOCKED', 'Locked', 'r1', 300],
    );
  });

  it('reports bodies that are not the error shape, and unreachable servers', async () => {
    const { fetch } = fakeFetch([new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })]);
    const api = createApiClient(fetch);
    const gateway = await api.getSession().catch((e: unknown) => e);
    assert.ok(gateway instanceof ApiError);
    assert.deepEqual([gateway.status, gateway.code], [502, 'HTTP_ERROR']);
    const offline = await api.getSession().catch((e: unknown) => e);
    assert.ok(offline instanceof ApiError);
    assert.deepEqual([offline.status, offline.code], [0, 'NETWORK_ERROR']);
  });
});
