import { Worker } from 'node:worker_threads';
import type { Logger } from '../platform/logging.ts';
import { HashbankError } from './hashbank.errors.ts';
import type { EntrySignals } from './hashbank.types.ts';
import { HashingAdmission, type AdmissionLimits } from './hashing-admission.ts';
import type { HashingFailure, HashingReply, HashingRequest, HashingTask } from './hashing.worker.ts';
import { hashingBudgetMs, hashingFailure, type ContentType, type MediaHashingOptions } from './media-hashing.ts';
import type { Comparison } from './signals.ts';

// Media hashing on worker threads behind the admission caps (hashing-admission.ts): decoding and
// PDQ run off the HTTP thread, a bounded number at a time. A worker that overruns its media's
// budget (plus a margin: the hashing package stops first as a rule) is terminated and replaced.

const MARGIN_MS = 10_000;
const COMPARE_BUDGET_MS = 30_000;

type Running = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type Slot = { worker: Worker; running: Map<number, Running> };

export class HashingPool {
  private readonly admission: HashingAdmission;
  private readonly idle: Slot[] = [];
  private readonly all = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  private readonly logger: Logger;

  constructor(limits: AdmissionLimits, logger: Logger) {
    this.admission = new HashingAdmission(limits);
    this.logger = logger;
  }

  get stats() {
    return { ...this.admission.stats, workers: this.all.size };
  }

  async hashMedia(
    requester: string | undefined,
    bytes: Uint8Array,
    contentType: ContentType,
    options: MediaHashingOptions = {},
  ): Promise<EntrySignals> {
    const copy = Uint8Array.from(bytes);
    const task: HashingTask = { kind: 'media', bytes: copy, contentType, options };
    return (await this.run(requester, task, hashingBudgetMs(contentType, options) + MARGIN_MS, [
      copy.buffer,
    ])) as EntrySignals;
  }

  async compare(requester: string | undefined, type: string, left: string, right: string): Promise<Comparison> {
    return (await this.run(requester, { kind: 'compare', type, left, right }, COMPARE_BUDGET_MS, [])) as Comparison;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private async run(requester: string | undefined, task: HashingTask, budgetMs: number, transfer: ArrayBuffer[]) {
    const release = await this.admission.acquire(requester);
    const slot = this.idle.pop() ?? this.spawn();
    try {
      return await new Promise<unknown>((resolve, reject) => {
        const id = this.nextId++;
        const timer = setTimeout(() => {
          this.logger.warn({ kind: task.kind, budgetMs }, 'hashing worker overran its budget: replaced');
          this.retire(slot, unavailable());
        }, budgetMs);
        slot.running.set(id, { resolve, reject, timer });
        slot.worker.ref();
        slot.worker.postMessage({ id, task } satisfies HashingRequest, transfer);
      });
    } finally {
      if (this.all.has(slot) && slot.running.size === 0) {
        slot.worker.unref();
        this.idle.push(slot);
      }
      release();
    }
  }

  private spawn(): Slot {
    if (this.closed) throw unavailable();
    const worker = new Worker(new URL('./hashing.worker.ts', import.meta.url));
    const slot: Slot = { worker, running: new Map() };
    worker.on('message', (reply: HashingReply) => {
      const running = slot.running.get(reply.id);
      if (!running) return;
      slot.running.delete(reply.id);
      clearTimeout(running.timer);
      if (reply.ok) running.resolve(reply.value);
      else running.reject(toError(reply.failure));
    });
    const fail = (error: Error) => {
      if (!this.all.has(slot)) return;
      this.logger.error({ err: error }, 'hashing worker failed');
      this.retire(slot, unavailable());
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`hashing worker exited (${code})`)));
    this.all.add(slot);
    return slot;
  }

  /** Ends a worker that overran or died; what it was doing fails as retryable. */
  private retire(slot: Slot, error: Error): void {
    this.all.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    for (const running of slot.running.values()) {
      clearTimeout(running.timer);
      running.reject(error);
    }
    slot.running.clear();
    void slot.worker.terminate().catch(() => undefined);
  }
}

function unavailable() {
  return hashingFailure({ code: 'HASHING_TIMEOUT', message: 'hashing ran out of time', isPermanent: false });
}

function toError(failure: HashingFailure): Error {
  if (failure.kind === 'hashing') return hashingFailure(failure as Parameters<typeof hashingFailure>[0]);
  if (failure.kind === 'app' && failure.code in HashbankError.catalogue)
    return new HashbankError(failure.code as keyof typeof HashbankError.catalogue, failure.message);
  return new Error(`hashing worker: ${failure.message}`);
}
