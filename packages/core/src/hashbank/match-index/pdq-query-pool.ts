import { Worker } from 'node:worker_threads';
import type { IndexBuffers, PdqIndexMatch } from './pdq-index-view.ts';
import type { WorkerReply, WorkerRequest } from './pdq-query.worker.ts';

type Pending = { resolve: (matches: PdqIndexMatch[]) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; outstanding: number; batches: Map<number, Pending[]>; alive: boolean };

/**
 * PDQ radius queries answered by worker threads (one per core) over the index's shared memory,
 * so lookups use every core while the calling thread serves HTTP. Queries asked within one turn
 * of the event loop go out together, one message per worker (the least busy first).
 */
export class PdqQueryPool {
  private readonly slots: Slot[] = [];
  private queued: Array<{ q: Uint32Array; radius: number; pending: Pending }> = [];
  private flushScheduled = false;
  private nextBatch = 1;

  constructor(size: number, buffers: IndexBuffers, onError: (error: Error) => void = () => undefined) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./pdq-query.worker.ts', import.meta.url));
      const slot: Slot = { worker, outstanding: 0, batches: new Map(), alive: true };
      worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
      const fail = (error: Error) => {
        if (!slot.alive) return;
        slot.alive = false;
        onError(error);
        for (const waiting of slot.batches.values()) for (const p of waiting) p.reject(error);
        slot.batches.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`PDQ query worker exited (${code})`)));
      // Idle workers do not keep the process alive; busy ones do (see dispatch).
      worker.unref();
      worker.postMessage({ type: 'buffers', buffers } satisfies WorkerRequest);
      this.slots.push(slot);
    }
  }

  get alive(): boolean {
    return this.slots.some((s) => s.alive);
  }

  /** A new generation (rebuild): every query sent after this call runs on it. */
  publish(buffers: IndexBuffers): void {
    for (const slot of this.slots)
      if (slot.alive) slot.worker.postMessage({ type: 'buffers', buffers } satisfies WorkerRequest);
  }

  query(q: Uint32Array, radius: number): Promise<PdqIndexMatch[]> {
    return new Promise((resolve, reject) => {
      this.queued.push({ q, radius, pending: { resolve, reject } });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.alive = false;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private flush(): void {
    this.flushScheduled = false;
    const queued = this.queued;
    this.queued = [];
    const live = this.slots.filter((s) => s.alive);
    if (live.length === 0) {
      for (const item of queued) item.pending.reject(new Error('no PDQ query worker is running'));
      return;
    }
    const shares = new Map<Slot, typeof queued>();
    for (const item of queued) {
      let best = live[0]!;
      for (const slot of live)
        if (slot.outstanding + (shares.get(slot)?.length ?? 0) < best.outstanding + (shares.get(best)?.length ?? 0))
          best = slot;
      const share = shares.get(best) ?? [];
      share.push(item);
      shares.set(best, share);
    }
    for (const [slot, share] of shares) {
      const batch = this.nextBatch++;
      const hashes = new Uint32Array(share.length * 8);
      const radii = new Int32Array(share.length);
      share.forEach((item, i) => {
        hashes.set(item.q.subarray(0, 8), i * 8);
        radii[i] = item.radius;
      });
      slot.batches.set(
        batch,
        share.map((s) => s.pending),
      );
      if (slot.outstanding === 0) slot.worker.ref();
      slot.outstanding += share.length;
      slot.worker.postMessage({ type: 'query', batch, hashes, radii } satisfies WorkerRequest, [
        hashes.buffer,
        radii.buffer,
      ]);
    }
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const waiting = slot.batches.get(reply.batch);
    if (!waiting) return;
    slot.batches.delete(reply.batch);
    slot.outstanding -= waiting.length;
    if (slot.outstanding === 0) slot.worker.unref();
    const r = reply.result;
    let at = 0;
    for (const pending of waiting) {
      const count = r[at++]!;
      const matches: PdqIndexMatch[] = [];
      for (let k = 0; k < count; k++, at += 3) matches.push({ id: r[at]!, tag: r[at + 1]!, distance: r[at + 2]! });
      pending.resolve(matches);
    }
  }
}
