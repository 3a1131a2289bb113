import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { parsePdqHex } from '@vigie/hashing';
import { cliActor, createLogger } from '@vigie/core';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { seededPdqHex } from '../hashbank.test-helpers.ts';
import { readSnapshot, writeSnapshot } from './index-snapshot.ts';
import { databaseIdentity, highestEntryId } from './match-index.repository.ts';
import { createMatchIndexStore } from './match-index-store.ts';

// A restart reads the index's snapshot, then the change stream since; a snapshot of another
// database, a damaged one, or one ahead of the database is not used (the index is built anew).

let t: TestContext;
let bankId: number;
const dir = mkdtempSync(path.join(tmpdir(), 'vigie-index-snapshot-'));
const logger = createLogger({ level: 'silent' });
const storeOf = (snapshotFile?: string) =>
  createMatchIndexStore(t.ctx.db, logger, () => new Date(), snapshotFile ? { snapshotFile } : {});
const add = (seeds: number[]) =>
  t.ctx.hashbank.addEntries(
    seeds.map((seed) => ({ bankId, signals: { pdq: seededPdqHex(seed) } })),
    cliActor,
    { action: 'hashbank.entry-added' },
  );
/** Every entry within 31 bits of each seed's hash, as (id, distance): what matching sees. */
async function answers(store: ReturnType<typeof storeOf>, seeds: number[]) {
  const out: string[] = [];
  for (const seed of seeds)
    for (const m of await store.queryPdq(parsePdqHex(seededPdqHex(seed)), 31))
      out.push(`${seed}:${m.id}:${m.distance}`);
  return out.sort();
}

before(async () => {
  t = await createTestContext();
  bankId = (await t.ctx.hashbank.createBank('SNAPSHOT_TEST', {}, cliActor)).id;
  await add(Array.from({ length: 200 }, (_, i) => 1000 + i));
});
after(() => t.close());

test('a restart loads the snapshot, then applies what was written and withdrawn since', async () => {
  const file = path.join(dir, 'first.snapshot');
  const first = storeOf(file);
  await first.ready();
  assert.equal(first.status().loadedFrom, 'database');
  // Changes after the build are in the index's delta (and a withdrawn one a dead slot): the snapshot keeps both.
  const [inDelta] = await add([7000]);
  const [deadSlot] = await add([7001]);
  await t.ctx.hashbank.withdrawEntry(deadSlot!, 'added by mistake', cliActor);
  await first.refresh();
  await first.snapshot();
  await first.close();

  const [added] = await add([5000]);
  const [gone] = await add([5001]);
  await t.ctx.hashbank.withdrawEntry(gone!, 'added by mistake', cliActor);

  const restarted = storeOf(file);
  await restarted.ready();
  assert.equal(restarted.status().loadedFrom, 'snapshot');
  const built = storeOf();
  await built.ready();
  assert.equal(restarted.status().pdqSize, built.status().pdqSize);
  const probes = [1000, 1100, 1199, 5000, 5001, 7000, 7001, 9999];
  assert.deepEqual(await answers(restarted, probes), await answers(built, probes));
  assert.ok((await answers(restarted, [5000])).includes(`5000:${added}:0`), 'written after the snapshot');
  assert.ok(!(await answers(restarted, [5001])).some((a) => a.endsWith(`:${gone}:0`)), 'withdrawn after it');
  assert.ok((await answers(restarted, [7000])).includes(`7000:${inDelta}:0`), 'in the delta when taken');
  assert.ok(!(await answers(restarted, [7001])).some((a) => a.endsWith(`:${deadSlot}:0`)), 'dead when taken');
  await restarted.close();
  await built.close();
});

test('a snapshot of another database, a damaged file or one ahead of the database is not used', async () => {
  const file = path.join(dir, 'good.snapshot');
  const store = storeOf(file);
  await store.ready();
  await store.snapshot();
  await store.close();
  const identity = (await databaseIdentity(t.ctx.db))!;
  const read = await readSnapshot(file, identity);
  assert.ok('snapshot' in read);
  const good = read.snapshot;

  const cases: Array<[string, () => Promise<void>]> = [
    ['another cluster', () => writeSnapshot(file, { ...good, identity: { ...identity, system: '1' } })],
    [
      'a later timeline',
      () => writeSnapshot(file, { ...good, identity: { ...identity, timeline: identity.timeline + 1 } }),
    ],
    [
      'ahead of the database',
      async () => writeSnapshot(file, { ...good, maxEntryId: (await highestEntryId(t.ctx.db)) + 1 }),
    ],
    [
      'truncated',
      async () => {
        await writeSnapshot(file, good);
        const bytes = readFileSync(file);
        writeFileSync(file, bytes.subarray(0, bytes.length - 10));
      },
    ],
    [
      'one byte changed',
      async () => {
        await writeSnapshot(file, good);
        const bytes = readFileSync(file);
        bytes[bytes.length - 100]! ^= 1;
        writeFileSync(file, bytes);
      },
    ],
    ['not a snapshot', async () => writeFileSync(file, 'hello')],
  ];
  for (const [what, spoil] of cases) {
    await spoil();
    const restarted = storeOf(file);
    await restarted.ready();
    assert.equal(restarted.status().loadedFrom, 'database', what);
    assert.ok((await answers(restarted, [1000])).includes(`1000:${good.image.ids[0]}:0`), `${what}: still matches`);
    await restarted.close();
  }
});
