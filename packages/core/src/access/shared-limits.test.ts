import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildHttpApp, cliActor, createContext, createLogger, type AppContext } from '@vigie/core';
import { createTestApp } from '@vigie/testkit';

// Two API processes on one database: a key's rate limit is one limit, and a revocation in one
// process stops the key in the other at once (not after the other's cache lifetime).
let t: Awaited<ReturnType<typeof createTestApp>>;
let other: AppContext;
let otherApp: Awaited<ReturnType<typeof buildHttpApp>>;
const env = { VIGIE_APIKEY_RATE_PER_MINUTE: '6' };

before(async () => {
  t = await createTestApp(env);
  other = await createContext(t.config, {
    connectionString: t.ownerUrl,
    logger: createLogger({ level: 'silent' }),
    poolSize: 4,
  });
  otherApp = await buildHttpApp(other);
});
after(async () => {
  await otherApp.close();
  await other.close();
  await t.close();
});

const lookup = (key: string) => ({
  method: 'GET' as const,
  url: `/m/lookup?signal_type=md5&signal=${'0'.repeat(32)}`,
  headers: { authorization: `Bearer ${key}` },
});

test('a key allowed 6 requests a minute gets 6 in all from two processes, not 6 each', async () => {
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:match'] },
    cliActor,
  );
  const answers: number[] = [];
  for (let i = 0; i < 5; i++) {
    answers.push((await t.app.inject(lookup(key))).statusCode);
    answers.push((await otherApp.inject(lookup(key))).statusCode);
  }
  assert.equal(answers.filter((s) => s !== 429).length, 6, answers.join(' '));
  const refused = await otherApp.inject(lookup(key));
  assert.equal(refused.statusCode, 429);
  assert.ok(Number(refused.headers['retry-after']) >= 1);
});

test('a key revoked in one process is refused by the other at once', async () => {
  const { key, id } = await t.ctx.access.createApiKey(
    { organisation: 'Example Host', scopes: ['hashes:match'] },
    cliActor,
  );
  assert.ok(await other.access.authenticateApiKey(key), 'cached in the other process');
  await t.ctx.access.revokeApiKey(id, cliActor);
  const started = Date.now();
  // NOTIFY travels after the commit: a few milliseconds, not the 30 s cache lifetime.
  while ((await other.access.authenticateApiKey(key)) !== undefined) {
    assert.ok(Date.now() - started < 2000, 'still accepted 2 s after the revocation');
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.ok(Date.now() - started < 2000);
});
