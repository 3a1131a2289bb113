import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createApi } from './api.ts';

function fakeFetch(responses: Response[]): { fetch: (request: Request) => Promise<Response>; calls: Request[] } {
  const calls: Request[] = [];
  const fetchImpl = async (request: Request): Promise<Response> => {
    calls.push(request);
    const next = responses.shift();
    if (next === undefined) throw new TypeError('Failed to fetch');
    return next;
  };
  return { fetch: fetchImpl, calls };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const session = { user: { id: 'u1', email: 'a@example.org', role: 'analyst' }, csrfToken: 'csrf-1' };
const baseUrl = 'http://console.test';

describe('api client', () => {
  it('sends the CSRF token of the last session on mutating requests only', async () => {
    const { fetch, calls } = fakeFetch([json(200, session), new Response(null, { status: 204 })]);
    const api = createApi({ fetch, baseUrl });
    await api.getSession();
    await api.logout();
    assert.equal(calls[0]?.url, `${baseUrl}/api/v1/auth/session`);
    assert.equal(calls[0]?.method, 'GET');
    assert.equal(calls[0]?.headers.get('x-csrf-token'), null);
    assert.equal(calls[1]?.url, `${baseUrl}/api/v1/auth/logout`);
    assert.equal(calls[1]?.headers.get('x-csrf-token'), 'csrf-1');
    assert.ok(calls.every((c) => c.credentials === 'same-origin'));
  });

  it('sends login as JSON and keeps the token it returns', async () => {
    const { fetch, calls } = fakeFetch([json(200, session), json(200, {})]);
    const api = createApi({ fetch, baseUrl });
    await api.login({ email: 'a@example.org', password: 'pw', totpCode: '123456' });
    assert.equal(calls[0]?.headers.get('content-type'), 'application/json');
    assert.equal(calls[0]?.headers.get('x-csrf-token'), null);
    assert.deepEqual(await calls[0]?.json(), { email: 'a@example.org', password: 'pw', totpCode: '123456' });
    await api.startEnrolment('tok');
    assert.equal(calls[1]?.headers.get('x-csrf-token'), 'csrf-1');
  });

  it('turns an error body into a typed error', async () => {
    const body = { error: { code: 'AUTH_LOCKED', message: 'Locked', requestId: 'r1', retryAfterSeconds: 300 } };
    const { fetch } = fakeFetch([json(423, body)]);
    const error = await createApi({ fetch, baseUrl })
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
    const api = createApi({ fetch, baseUrl });
    const gateway = await api.getSession().catch((e: unknown) => e);
    assert.ok(gateway instanceof ApiError);
    assert.deepEqual([gateway.status, gateway.code], [502, 'HTTP_ERROR']);
    const offline = await api.getSession().catch((e: unknown) => e);
    assert.ok(offline instanceof ApiError);
    assert.deepEqual([offline.status, offline.code], [0, 'NETWORK_ERROR']);
  });
});
