import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';

// The crawl's API: seeds added by an internal client with `crawl:seed` (audited, idempotent),
// read with `crawl:read`; a key without the scope is refused; bad seeds get a clear error.

let t: Awaited<ReturnType<typeof createTestApp>>;
let seeder: Record<string, string>;
let reader: Record<string, string>;
let other: Record<string, string>;

before(async () => {
  t = await createTestApp();
  const bearer = async (scopes: Array<'crawl:seed' | 'crawl:read' | 'hashes:read'>) => ({
    authorization: `Bearer ${(await t.ctx.access.createApiKey({ organisation: 'Example Hotline', scopes }, cliActor)).key}`,
  });
  seeder = await bearer(['crawl:seed', 'crawl:read']);
  reader = await bearer(['crawl:read']);
  other = await bearer(['hashes:read']);
});
after(() => t.close());

test('an analyst seed is added once, audited, and put in the frontier', async () => {
  const payload = { url: 'HTTP://Seed.Example.TEST/start#top', maxDepth: 2 };
  const first = await t.app.inject({ method: 'POST', url: '/api/v1/crawl/seeds', payload, headers: seeder });
  assert.equal(first.statusCode, 201, first.body);
  assert.equal(first.json().created, true);
  assert.equal(first.json().seed.url, 'http://seed.example.test/start');
  assert.equal(first.json().seed.origin, 'analyst');
  const again = await t.app.inject({ method: 'POST', url: '/api/v1/crawl/seeds', payload, headers: seeder });
  assert.equal(again.json().created, false);
  assert.equal(again.json().seed.id, first.json().seed.id);
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .selectAll()
    .where('action', '=', 'crawler.seed-added')
    .execute();
  assert.equal(audited.length, 1);
  const queued = await t.ctx.db.selectFrom('crawl_url').select(['url', 'kind', 'depth']).execute();
  assert.deepEqual(queued, [{ url: 'http://seed.example.test/start', kind: 'page', depth: 0 }]);

  const list = await t.app.inject({ method: 'GET', url: '/api/v1/crawl/seeds', headers: reader });
  assert.equal(list.json().seeds.length, 1);
  const stats = await t.app.inject({ method: 'GET', url: '/api/v1/crawl/stats', headers: reader });
  assert.equal(stats.json().frontier.size, 1);
});

test('seeds that cannot be fetched are refused with a clear error', async () => {
  for (const url of ['ftp://files.example.test/', 'http://user:secret@example.test/', 'not a url']) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/crawl/seeds',
      payload: { url },
      headers: seeder,
    });
    assert.equal(response.statusCode, 400, url);
    assert.equal(response.json().error.code, 'CRAWLER_URL_INVALID');
  }
});

test('reading needs crawl:read, seeding crawl:seed', async () => {
  const payload = { url: 'http://another.example.test/' };
  assert.equal(
    (await t.app.inject({ method: 'POST', url: '/api/v1/crawl/seeds', payload, headers: reader })).statusCode,
    403,
  );
  for (const url of [
    '/api/v1/detections',
    '/api/v1/classification-queue',
    '/api/v1/victim-alerts',
    '/api/v1/crawl/stats',
  ]) {
    assert.equal((await t.app.inject({ method: 'GET', url, headers: other })).statusCode, 403, url);
    const ok = await t.app.inject({ method: 'GET', url, headers: reader });
    assert.equal(ok.statusCode, 200, `${url}: ${ok.body}`);
  }
});
