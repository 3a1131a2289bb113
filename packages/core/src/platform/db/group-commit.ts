// Group commit: items that arrive while a transaction is committing wait for the next one, so
// one transaction (and one turn of any lock it takes) carries many (reports, a crawler's pages).
// An idle caller commits at once: nothing waits on a timer, unless `lingerMs` asks a batch to wait
// that long for company (the crawler: fewer, larger transactions for a few milliseconds of
// latency). Every promise resolves only after its transaction committed, so an acknowledgement
// always means the item is stored.
import { PlatformError } from '../errors.ts';

export type GroupCommit<T, R> = { submit(item: T): Promise<R>; idle(): Promise<void> };

type Waiting<T, R> = { item: T; at: number; resolve(value: R): void; reject(error: unknown): void };

// `inFlight` > 1 lets the next batch insert while the previous one waits for its commit to reach
// disk; the audit chain's lock still orders them.
export function createGroupCommit<T, R>(
  commit: (items: T[]) => Promise<R[]>,
  options: { maxBatch: number; maxWaiting: number; inFlight?: number; lingerMs?: number; busy?: () => Error },
): GroupCommit<T, R> {
  let waiting: Array<Waiting<T, R>> = [];
  const runners = new Set<Promise<void>>();
  // While the next batch lingers: its wait (shared by every runner) and how to end it early.
  let lingering: { wait: Promise<void>; end(): void } | undefined;

  function linger(): Promise<void> | undefined {
    if (!options.lingerMs || waiting.length >= options.maxBatch) return undefined;
    // Counted from the oldest item's arrival: items that waited through a commit go at once.
    const left = options.lingerMs - (performance.now() - (waiting[0]?.at ?? 0));
    if (left <= 0) return undefined;
    if (!lingering) {
      let end!: () => void;
      const wait = new Promise<void>((resolve) => (end = resolve));
      const timer = setTimeout(() => lingering?.end(), left);
      lingering = {
        wait,
        end: () => {
          clearTimeout(timer);
          lingering = undefined;
          end();
        },
      };
    }
    return lingering.wait;
  }

  async function commitEach(batch: Array<Waiting<T, R>>): Promise<void> {
    try {
      const results = await commit(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i] as R));
    } catch (error) {
      // One bad item must not sink the others: retry them one by one to isolate it.
      if (batch.length === 1) (batch[0] as Waiting<T, R>).reject(error);
      else for (const w of batch) await commitEach([w]);
    }
  }

  async function run(): Promise<void> {
    while (waiting.length > 0) {
      const wait = linger();
      if (wait) await wait;
      if (waiting.length === 0) break;
      const batch = waiting.slice(0, options.maxBatch);
      waiting = waiting.slice(batch.length);
      await commitEach(batch);
    }
  }

  function startRunner(): void {
    const runner: Promise<void> = run().finally(() => runners.delete(runner));
    runners.add(runner);
  }

  return {
    submit(item) {
      // Shed load instead of queueing without bound: the caller hears at once that nothing was saved.
      if (waiting.length >= options.maxWaiting)
        return Promise.reject(options.busy?.() ?? new PlatformError('SERVICE_UNAVAILABLE', 'Too busy; try again.'));
      const promise = new Promise<R>((resolve, reject) =>
        waiting.push({ item, at: performance.now(), resolve, reject }),
      );
      if (waiting.length >= options.maxBatch) lingering?.end();
      if (runners.size < (options.inFlight ?? 1)) startRunner();
      return promise;
    },
    async idle() {
      while (runners.size > 0) await Promise.all([...runners]);
    },
  };
}
