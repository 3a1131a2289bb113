import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGroupCommit } from './group-commit.ts';

describe('group commit with a linger', () => {
  const recording = (batches: number[][], commitMs = 0, starts: number[] = []) =>
    createGroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        starts.push(performance.now());
        if (commitMs) await sleep(commitMs);
        return items.map((i) => i * 2);
      },
      { maxBatch: 4, maxWaiting: 100, lingerMs: 60 },
    );

  it('waits for company: items arriving within the linger share one batch', async () => {
    const batches: number[][] = [];
    const gc = recording(batches);
    const first = gc.submit(1);
    await sleep(10);
    const second = gc.submit(2);
    assert.deepEqual(batches, [], 'nothing committed before the linger ends');
    assert.deepEqual(await Promise.all([first, second]), [2, 4]);
    assert.deepEqual(batches, [[1, 2]]);
  });

  it('a full batch goes at once', async () => {
    const batches: number[][] = [];
    const gc = recording(batches);
    const started = performance.now();
    await Promise.all([1, 2, 3, 4].map((i) => gc.submit(i)));
    assert.ok(performance.now() - started < 50, 'did not wait for the linger');
    assert.deepEqual(batches, [[1, 2, 3, 4]]);
  });

  it('items that waited through a commit do not linger again', async () => {
    const batches: number[][] = [];
    const starts: number[] = [];
    const gc = recording(batches, 80, starts);
    const first = gc.submit(1);
    await sleep(70); // the first batch is committing (it lingered 60 ms, commits for 80)
    const second = gc.submit(2);
    await Promise.all([first, second]);
    // The second arrived 70 ms in and waited out the commit: older than the linger by then.
    assert.deepEqual(batches, [[1], [2]]);
    assert.ok(
      starts[1]! - starts[0]! < 80 + 30,
      `the second batch did not linger again (${starts[1]! - starts[0]!} ms)`,
    );
  });
});
