import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { createLogger } from '../platform/logging.ts';
import { createLeaseKeeper } from './crawl-leases.ts';
import { createMemoryFrontier, type DiscoveredUrl, type Frontier } from './frontier/index.ts';

// A live crawler's leases are renewed while it works, and finishing wins over a renewal in flight.

const LEASE_MS = 150;
const params = { maxQueues: 10, maxUrlsPerQueue: 10, delayRequestableMs: LEASE_MS };
const page = (path: string): DiscoveredUrl => ({
  url: `http://a.test/${path}`,
  key: 'a.test',
  kind: 'page',
  seedId: '1',
  depth: 0,
  priority: 0,
  referrer: null,
  source: null,
});
const handedOut = async (frontier: Frontier) =>
  (await frontier.getUrls(params, new Date())).flatMap((b) => b.urls.map((u) => u.url));
const logger = createLogger({ level: 'silent' });

test('without renewal a lease lapses and the URL is handed out again (the case the keeper prevents)', async () => {
  const frontier = createMemoryFrontier();
  await frontier.putDiscovered([page('1')], new Date());
  assert.deepEqual(await handedOut(frontier), ['http://a.test/1']);
  await sleep(LEASE_MS * 2);
  assert.deepEqual(await handedOut(frontier), ['http://a.test/1']);
});

test('held URLs and their queue are not handed out again while held, and finish for good once told', async () => {
  const frontier = createMemoryFrontier();
  const leases = createLeaseKeeper({ frontier, leaseMs: LEASE_MS, now: () => new Date(), logger });
  leases.start();
  try {
    await frontier.putDiscovered([page('1'), page('2'), page('3')], new Date());
    const [batch] = await frontier.getUrls({ ...params, maxUrlsPerQueue: 2 }, new Date());
    assert.deepEqual(
      batch!.urls.map((u) => u.url),
      ['http://a.test/1', 'http://a.test/2'],
    );
    const holding = leases.hold(
      batch!.key,
      batch!.urls.map((u) => u.url),
    );
    const [media] = await frontier.putDiscovered([{ ...page('m.png'), kind: 'media' }], new Date(), {
      claimForMs: LEASE_MS,
    });
    holding.add([media!.url]);
    await sleep(LEASE_MS * 4);
    assert.deepEqual(await handedOut(frontier), [], 'held: neither the URLs nor their queue handed out again');
    await holding.finish([
      { url: 'http://a.test/1', refetchableFrom: null, status: 200 },
      { url: 'http://a.test/2', refetchableFrom: null, status: 200 },
      { url: media!.url, refetchableFrom: null, status: 200 },
    ]);
    assert.equal(leases.heldCount(), 0);
    await sleep(LEASE_MS * 2);
    assert.deepEqual(await handedOut(frontier), ['http://a.test/3'], 'what was finished stays finished');
  } finally {
    await leases.stop();
  }
});

test('a renewal under way when a batch finishes does not put its URLs back in the queue', async () => {
  const inner = createMemoryFrontier();
  let slowRenewal: (() => void) | undefined;
  // A frontier whose renewal (a PutURLs with a date) is held back until the batch has finished.
  const frontier: Frontier = {
    ...inner,
    async putKnown(urls, now) {
      if (urls.some((u) => u.refetchableFrom !== null) && !slowRenewal) {
        await new Promise<void>((resolve) => (slowRenewal = resolve));
      }
      return inner.putKnown(urls, now);
    },
  };
  const leases = createLeaseKeeper({ frontier, leaseMs: LEASE_MS, now: () => new Date(), logger });
  await inner.putDiscovered([page('1')], new Date());
  const [batch] = await inner.getUrls(params, new Date());
  const holding = leases.hold(batch!.key, ['http://a.test/1']);
  leases.start();
  while (!slowRenewal) await sleep(10);
  const finishing = holding.finish([{ url: 'http://a.test/1', refetchableFrom: null, status: 200 }]);
  await sleep(20);
  slowRenewal();
  await finishing;
  await leases.stop();
  await sleep(LEASE_MS * 2);
  assert.deepEqual(await handedOut(inner), [], 'finished, not due again');
});
