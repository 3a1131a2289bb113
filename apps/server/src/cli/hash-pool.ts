import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HashFileOptions, HashRecord } from './hash-file.ts';
import type { HashJob, HashJobResult } from './hash-worker.ts';

/** A fixed set of worker threads hashing files; results come back per job. */
export class HashPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: HashJob[] = [];
  readonly #pending = new Map<number, { path: string; resolve: (record: HashRecord) => void }>();
  readonly #busy = new Map<Worker, number>();
  readonly #size: number;
  #nextId = 0;

  constructor(size = availableParallelism()) {
    this.#size = Math.max(1, size);
  }

  hash(path: string, options: HashFileOptions): Promise<HashRecord> {
    const id = this.#nextId++;
    const result = new Promise<HashRecord>((resolve) => this.#pending.set(id, { path, resolve }));
    this.#queue.push({ id, path, options });
    this.#dispatch();
    return result;
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (!worker && this.#workers.length < this.#size) worker = this.#spawn();
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job.id);
      worker.postMessage(job);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(new URL('./hash-worker.ts', import.meta.url));
    worker.on('message', (message: HashJobResult) => {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      this.#busy.delete(worker);
      this.#idle.push(worker);
      pending?.resolve(message.record as HashRecord);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails the job it held and is replaced; the rest of the run goes on.
      const id = this.#busy.get(worker);
      this.#busy.delete(worker);
      this.#workers.splice(this.#workers.indexOf(worker), 1);
      const pending = id === undefined ? undefined : this.#pending.get(id);
      if (id !== undefined) this.#pending.delete(id);
      pending?.resolve({ path: pending.path, error: { code: 'HASHING_INTERNAL', message: error.message } });
      this.#dispatch();
    });
    this.#workers.push(worker);
    return worker;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
