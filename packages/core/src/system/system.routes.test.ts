import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '@vigie/testkit';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('health answers ok while the database answers', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/health' });
  assert.equal(response.statusCode, 200);
  assert.equal(response.json().status, 'ok');
});

test('the OpenAPI document lists the routes with their schemas', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/api/v1/auth/login']?.post?.requestBody, 'login has a request body schema');
  assert.ok(doc.paths['/api/v1/users']?.get?.responses?.['200'], 'users has a response schema');
});

test('unknown routes and unexpected errors answer with a stable code and a request id', async () => {
  const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'NOT_FOUND');
  assert.match(missing.json().error.requestId, /^[0-9a-f-]{36}$/);
  const invalid = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x' } });
  assert.equal(invalid.statusCode, 400);
  assert.equal(invalid.json().error.code, 'VALIDATION_FAILED');
});

test('every answer carries the security headers', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/health' });
  assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
});

test('health answers 503 when the database does not', async () => {
  await t.ctx.pool.end();
  const response = await t.app.inject({ method: 'GET', url: '/health' });
  assert.equal(response.statusCode, 503);
  assert.equal(response.json().status, 'unavailable');
});
