import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';
import { multipartBody, syntheticPhoto } from './hashbank.test-helpers.ts';

// Uploads are read in one place (hashbank.http.ts): whatever a client sends that is not one
// well-formed multipart media is a 400 VALIDATION_FAILED, never a 500.
let t: Awaited<ReturnType<typeof createTestApp>>;
let auth: Record<string, string>;

before(async () => {
  t = await createTestApp();
  const key = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match', 'hashes:submit'] },
    cliActor,
  );
  auth = { authorization: `Bearer ${key.key}` };
});
after(() => t.close());

const routes = ['/h/hash', '/m/lookup', '/api/v1/media/match', '/api/v1/uploads/check', '/api/v1/submissions/media'];

test('malformed multipart bodies are a 400 VALIDATION_FAILED on every upload route', async () => {
  const good = multipartBody('photo', await syntheticPhoto(1));
  const boundary = good.headers['content-type'].split('boundary=')[1]!;
  const bodies: Array<[string, { payload: Buffer; headers: Record<string, string> }]> = [
    ['truncated', { payload: good.payload.subarray(0, good.payload.length - 60), headers: good.headers }],
    ['no boundary', { payload: good.payload, headers: { 'content-type': 'multipart/form-data' } }],
    ['wrong boundary', { payload: good.payload, headers: { 'content-type': 'multipart/form-data; boundary=other' } }],
    ['garbage', { payload: Buffer.from('not multipart at all'), headers: good.headers }],
    ['no part', { payload: Buffer.from(`--${boundary}--\r\n`), headers: good.headers }],
    ['wrong field', multipartBody('document', await syntheticPhoto(1))],
  ];
  for (const url of routes) {
    for (const [what, body] of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        payload: body.payload,
        headers: { ...body.headers, ...auth },
      });
      assert.equal(res.statusCode, 400, `${url} ${what}: ${res.body}`);
      assert.equal((res.json() as { error: { code: string } }).error.code, 'VALIDATION_FAILED', `${url} ${what}`);
    }
  }
});
