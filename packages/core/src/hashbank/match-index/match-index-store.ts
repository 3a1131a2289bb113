import { parsePdqHex } from '@vigie/hashing';
import type { Db } from '../../database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logging.ts';
import type { Bank, VpdqFrame } from '../hashbank.types.ts';
import { readSnapshot, writeSnapshot } from './index-snapshot.ts';
import { packTag, type IndexRow } from './index-row.ts';
import {
  databaseIdentity,
  highestEntryId,
  readBanks,
  readChangedRows,
  readLiveRows,
  snapshotXmin,
} from './match-index.repository.ts';
import type { PdqIndexMatch } from './pdq-index-view.ts';
import { PdqMatchIndex } from './pdq-match-index.ts';
import { PdqQueryPool } from './pdq-query-pool.ts';

const PAGE = 50_000;

/** Where the index has read up to: every change ordered at or before (txid, id) is applied. */
export type IndexCheckpoint = { txid: string; id: number };

export type IndexStatus = {
  ready: boolean;
  /** Where the index came from at start: the entries in the database, or a snapshot file and the change stream since. */
  loadedFrom: 'database' | 'snapshot' | null;
  builtAt: Date | null;
  refreshedAt: Date | null;
  pdqSize: number;
  vpdqSize: number;
  checkpoint: IndexCheckpoint;
};

/**
 * One process's in-memory view of the hash bank: banks, a PDQ match index and the video entries.
 * Built once from the database, then kept current by `refresh()` (polled by the service, and
 * awaited by tests) which reads only rows whose writing transaction is below the snapshot's xmin,
 * in (txid, id) order: that stream never gains a row behind the checkpoint, so nothing is missed.
 * The writing process applies its own changes at once with `apply()`.
 */
export type MatchIndexOptions = {
  /** PDQ query worker threads (0: queries on the calling thread). */
  queryWorkers?: number;
  /** Below this many PDQ entries a query takes microseconds: a message round trip would cost more. */
  workerMinEntries?: number;
  /** A snapshot of the index on disk (index-snapshot.ts): read at start, written after a build and then every `snapshotEveryMs` while changes arrive. */
  snapshotFile?: string;
  snapshotEveryMs?: number;
};

export function createMatchIndexStore(db: Db, logger: Logger, now: Clock, options: MatchIndexOptions = {}) {
  let pdq = new PdqMatchIndex();
  let pool: PdqQueryPool | undefined;
  const workerMinEntries = options.workerMinEntries ?? 100_000;
  const videos = new Map<number, { bankId: number; tag: number; frames: VpdqFrame[] }>();
  let banks = new Map<number, Bank>();
  let checkpoint: IndexCheckpoint = { txid: '0', id: 0 };
  // Entries applied directly by this process: a refresh must not put back an older version.
  const applied = new Map<number, bigint>();
  let builtAt: Date | null = null;
  let refreshedAt: Date | null = null;
  let loading: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let loadedFrom: IndexStatus['loadedFrom'] = null;
  let snapshotAt = 0;
  let changedSinceSnapshot = false;
  let snapshotWrite: Promise<void> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function loadBanks(): Promise<void> {
    banks = new Map((await readBanks(db)).map((bank) => [bank.id, bank]));
  }

  function applyRow(row: IndexRow): void {
    const seen = applied.get(row.id);
    if (seen !== undefined) {
      if (seen > BigInt(row.txid)) return;
      applied.delete(row.id);
    }
    if (row.withdrawn) {
      pdq.remove(row.id);
      videos.delete(row.id);
      return;
    }
    const tag = packTag(row);
    if (row.pdq) pdq.upsert(row.id, parsePdqHex(row.pdq), tag);
    else pdq.remove(row.id);
    if (row.vpdq && row.vpdq.length > 0) videos.set(row.id, { bankId: row.bankId, tag, frames: row.vpdq });
    else videos.delete(row.id);
  }

  /** The live entries and the checkpoint as they are now (inside `serial`), written in the background. */
  async function takeSnapshot(): Promise<void> {
    const file = options.snapshotFile;
    const identity = file ? await databaseIdentity(db) : undefined;
    if (!file || !identity) return;
    const maxEntryId = await highestEntryId(db);
    const image = pdq.image();
    const entries = pdq.size;
    const video = [...videos].map(([id, v]) => ({ id, bankId: v.bankId, tag: v.tag, frames: v.frames }));
    const at = checkpoint;
    snapshotAt = Date.now();
    changedSinceSnapshot = false;
    snapshotWrite = snapshotWrite
      .then(() => writeSnapshot(file, { identity, checkpoint: at, maxEntryId, image, videos: video }))
      .then(() => logger.info({ entries, file }, 'hash bank match index snapshot written'))
      .catch((error: unknown) => logger.warn({ err: error, file }, 'hash bank match index snapshot not written'));
  }

  /** The index from its snapshot, then the change stream since: false when there is none to trust. */
  async function loadSnapshot(): Promise<boolean> {
    const file = options.snapshotFile;
    const identity = file ? await databaseIdentity(db) : undefined;
    if (!file || !identity) return false;
    const started = performance.now();
    const read = await readSnapshot(file, identity);
    if ('refused' in read) {
      if (read.refused !== 'no snapshot')
        logger.warn(
          { file, reason: read.refused },
          'hash bank match index snapshot not used; building from the database',
        );
      return false;
    }
    const snapshot = read.snapshot;
    if ((await highestEntryId(db)) < snapshot.maxEntryId) {
      logger.warn(
        { file },
        'hash bank match index snapshot is ahead of the database (restored?); building from the database',
      );
      return false;
    }
    pdq = PdqMatchIndex.fromImage(snapshot.image);
    videos.clear();
    for (const v of snapshot.videos) videos.set(v.id, { bankId: v.bankId, tag: v.tag, frames: v.frames });
    checkpoint = snapshot.checkpoint;
    const caughtUp = await refreshNow();
    builtAt = now();
    loadedFrom = 'snapshot';
    logger.info(
      { entries: pdq.size, videos: videos.size, caughtUp, ms: Math.round(performance.now() - started) },
      'hash bank match index loaded from its snapshot',
    );
    return true;
  }

  async function build(): Promise<void> {
    if (await loadSnapshot()) return;
    const started = performance.now();
    // One snapshot for the whole build; afterwards, changes from transactions at or above its
    // xmin are read again (idempotently), which covers every writer still running during it.
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const xmin = BigInt(await snapshotXmin(trx));
        // Packed as read (no object per entry): at 10M entries a Uint32Array per hash cost a
        // gigabyte of heap and most of the load time in garbage collection.
        let ids = new Float64Array(PAGE);
        let tags = new Uint32Array(PAGE);
        let packed = new Uint32Array(PAGE * 8);
        let n = 0;
        let after = 0;
        for (;;) {
          const page = await readLiveRows(trx, after, PAGE);
          if (n + page.length > ids.length) {
            const capacity = Math.ceil((n + page.length) * 1.5);
            ({ ids, tags, packed } = {
              ids: grow(ids, capacity),
              tags: grow(tags, capacity),
              packed: grow(packed, capacity * 8),
            });
          }
          for (const row of page) {
            if (row.pdq) {
              ids[n] = row.id;
              tags[n] = packTag(row);
              for (let w = 0; w < 8; w++) packed[n * 8 + w] = Number.parseInt(row.pdq.slice(w * 8, w * 8 + 8), 16);
              n += 1;
            }
            if (row.vpdq && row.vpdq.length > 0)
              videos.set(row.id, { bankId: row.bankId, tag: packTag(row), frames: row.vpdq });
          }
          if (page.length < PAGE) break;
          after = page[page.length - 1]!.id;
        }
        pdq = PdqMatchIndex.build(ids.subarray(0, n), packed.subarray(0, n * 8), tags.subarray(0, n));
        checkpoint = { txid: (xmin - 1n).toString(), id: Number.MAX_SAFE_INTEGER };
      });
    await loadBanks();
    builtAt = now();
    refreshedAt = builtAt;
    loadedFrom = 'database';
    // Next in line, after this build has made the index ready.
    void serial(takeSnapshot).catch((error: unknown) =>
      logger.warn({ err: error }, 'hash bank match index snapshot not taken'),
    );
    logger.info(
      { entries: pdq.size, videos: videos.size, ms: Math.round(performance.now() - started) },
      'hash bank match index built',
    );
  }

  async function refreshNow(): Promise<number> {
    let applied = 0;
    for (;;) {
      const page = await readChangedRows(db, checkpoint, PAGE);
      for (const row of page) applyRow(row);
      applied += page.length;
      const last = page[page.length - 1];
      if (last) checkpoint = { txid: last.txid, id: last.id };
      if (page.length < PAGE) break;
    }
    await loadBanks();
    refreshedAt = now();
    if (applied > 0) changedSinceSnapshot = true;
    const every = options.snapshotEveryMs ?? 0;
    if (builtAt && changedSinceSnapshot && every > 0 && Date.now() - snapshotAt >= every) await takeSnapshot();
    return applied;
  }

  return {
    /** Builds the index on first use; later calls return at once. */
    ready(): Promise<void> {
      loading ??= serial(build).catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    },
    isReady: () => builtAt !== null,
    /** Pulls every committed change since the checkpoint; returns how many rows were applied. */
    async refresh(): Promise<number> {
      await this.ready();
      return serial(refreshNow);
    },
    /** This process's own committed writes, applied before the caller answers. */
    async apply(rows: IndexRow[], bankChanged = false): Promise<void> {
      if (!builtAt) return;
      await serial(async () => {
        changedSinceSnapshot = true;
        for (const row of rows) {
          applyRow(row);
          applied.set(row.id, BigInt(row.txid));
        }
        if (bankChanged) await loadBanks();
      });
    },
    reloadBanks: () => serial(loadBanks),
    /** Writes a snapshot now (the periodic one runs from refresh); resolves once it is on disk. */
    async snapshot(): Promise<void> {
      await this.ready();
      await serial(takeSnapshot);
      await snapshotWrite;
    },
    /**
     * PDQ radius query: on the worker pool once the index is large enough, else on this thread.
     * Either way it sees every change applied before the call (the pool's memory is the index's).
     */
    queryPdq(q: Uint32Array, radius: number): PdqIndexMatch[] | Promise<PdqIndexMatch[]> {
      if (!pool && (options.queryWorkers ?? 0) > 0 && pdq.size >= workerMinEntries) {
        const index = pdq;
        const started = new PdqQueryPool(options.queryWorkers!, index.buffers(), (error) =>
          logger.error({ err: error }, 'PDQ query worker failed'),
        );
        index.onNewBuffers((buffers) => started.publish(buffers));
        pool = started;
        logger.info({ workers: options.queryWorkers, entries: index.size }, 'PDQ queries answered by worker threads');
      }
      return pool?.alive ? pool.query(q, radius) : pdq.query(q, radius);
    },
    async close(): Promise<void> {
      // A snapshot queued behind the build, then its write, finish before the process lets go.
      await serial(async () => undefined);
      await snapshotWrite;
      await pool?.close();
      pool = undefined;
    },
    banks: () => banks,
    pdq: () => pdq,
    videos: () => videos,
    status: (): IndexStatus => ({
      ready: builtAt !== null,
      loadedFrom,
      builtAt,
      refreshedAt,
      pdqSize: pdq.size,
      vpdqSize: videos.size,
      checkpoint,
    }),
  };
}

export type MatchIndexStore = ReturnType<typeof createMatchIndexStore>;

function grow<T extends Float64Array | Uint32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
