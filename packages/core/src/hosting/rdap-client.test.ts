import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, startRdapServer, type RdapTestServer, type TestContext } from '@vigie/testkit';
import { createOutbound, type Outbound } from '../platform/net/outbound.ts';
import { parseNetworks } from '../platform/net/networks.ts';
import { createRdapClient } from './rdap-client.ts';

// The RDAP client on its own: the shared per-server limit, the cache's TTL on the caller's
// clock, and which failures are worth asking again.

let rdap: RdapTestServer;
let t: TestContext;
let outbound: Outbound;
let clock = new Date('2026-12-03T10:00:00Z');

before(async () => {
  rdap = await startRdapServer({
    answers: {
      'ip/127.0.0.1': { object: { objectClassName: 'ip network', handle: 'N1' } },
      'ip/127.0.0.2': { object: { objectClassName: 'ip network', handle: 'N2' } },
      'ip/127.0.0.3': { object: { objectClassName: 'ip network', handle: 'N3' } },
      'ip/127.0.0.4': { status: 503, headers: { 'retry-after': '120' }, body: null },
    },
  });
  t = await createTestContext();
  outbound = createOutbound({ egress: { kind: 'direct' }, allowNetworks: parseNetworks('127.0.0.0/8').networks });
});
after(async () => {
  await outbound.close();
  await t.close();
  await rdap.close();
});

const client = (perMinute: number, cacheHours = 1) =>
  createRdapClient({
    db: t.ctx.db,
    outbound,
    now: () => clock,
    logger: t.ctx.logger,
    limiter: t.ctx.rateLimit(`rdap-test-${perMinute}-${cacheHours}`, perMinute, 60_000),
    cacheHours,
    timeoutSeconds: 5,
  });

test('answers are cached until their TTL on the given clock, then asked again', async () => {
  const rdapClient = client(100, 1);
  const first = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.1`);
  assert.deepEqual([first.kind, first.kind === 'ok' && first.cached], ['ok', false]);
  const second = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.1`);
  assert.deepEqual([second.kind, second.kind === 'ok' && second.cached], ['ok', true]);
  assert.equal(rdap.requests.filter((p) => p === 'ip/127.0.0.1').length, 1);
  clock = new Date(clock.getTime() + 61 * 60_000);
  const later = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.1`);
  assert.equal(later.kind === 'ok' && later.cached, false, 'expired: fetched again');
  assert.equal(rdap.requests.filter((p) => p === 'ip/127.0.0.1').length, 2);
});

test('over the per-server limit nothing is sent, and the caller is told when to come back', async () => {
  const rdapClient = client(2);
  const before = rdap.requests.length;
  await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.2`);
  await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.3`);
  const third = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.5`);
  assert.equal(third.kind, 'failed');
  assert.ok(third.kind === 'failed' && third.transient && (third.retryAfterSeconds ?? 0) > 0, JSON.stringify(third));
  assert.equal(rdap.requests.length - before, 2);
});

test('a 503 is transient with its Retry-After and never cached; a 404 is an answer', async () => {
  const rdapClient = client(100);
  const busy = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.4`);
  assert.deepEqual(busy.kind === 'failed' && [busy.transient, busy.retryAfterSeconds, busy.reason], [
    true,
    120,
    'HTTP 503',
  ]);
  await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.4`);
  assert.equal(rdap.requests.filter((p) => p === 'ip/127.0.0.4').length, 2);
  const missing = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.9`);
  assert.equal(missing.kind, 'not_found');
  const cached = await rdapClient.get(`${rdap.baseUrl}ip/127.0.0.9`);
  assert.deepEqual([cached.kind, cached.kind === 'not_found' && cached.cached], ['not_found', true]);
  const closed = await rdapClient.get('http://127.0.0.1:9/rdap/ip/127.0.0.1');
  assert.deepEqual(closed.kind === 'failed' && [closed.transient, closed.reason.startsWith('no answer')], [true, true]);
});
