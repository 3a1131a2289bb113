import type { Logger } from '../platform/logging.ts';
import type { Frontier, KnownUrl } from './frontier/index.ts';

// A crawler keeps what it holds while it lives: every URL it was handed (a queue's pages, the
// media it claimed for them) has its lease renewed well before it ends, so a slow page (a host
// that trickles, media waiting for the hashing pool) is not handed out again to this crawler or
// another. A crawler that dies stops renewing, and what it held is due again when the last lease
// it took ends. Renewal is the frontier's own PutURLs with a refetch date (the lease's end).

export type LeaseKeeperDeps = Readonly<{
  frontier: Pick<Frontier, 'putKnown' | 'blockQueueUntil'>;
  leaseMs: number;
  now: () => Date;
  logger: Logger;
}>;

export type Holding = Readonly<{
  /** More URLs held with the rest (media claimed for a page of the queue). */
  add(urls: readonly string[]): void;
  /** Tells the frontier what became of the URLs, after letting go of their leases. */
  finish(known: readonly KnownUrl[]): Promise<void>;
}>;

export function createLeaseKeeper(deps: LeaseKeeperDeps) {
  const { frontier, leaseMs, now } = deps;
  const held = new Map<string, number>();
  const queues = new Map<string, number>();
  let renewing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const take = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const drop = (counts: Map<string, number>, key: string) => {
    const n = counts.get(key) ?? 0;
    if (n <= 1) counts.delete(key);
    else counts.set(key, n - 1);
  };

  async function renewAll(): Promise<void> {
    const urls = [...held.keys()];
    const keys = [...queues.keys()];
    if (urls.length === 0 && keys.length === 0) return;
    const until = new Date(now().getTime() + leaseMs);
    await frontier.putKnown(
      urls.map((url) => ({ url, refetchableFrom: until })),
      now(),
    );
    for (const key of keys) await frontier.blockQueueUntil(key, until);
  }

  function renew(): Promise<void> {
    // One renewal at a time; a failed one is logged and the next tick tries again.
    renewing = renewing
      .then(renewAll)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'crawl lease renewal failed'));
    return renewing;
  }

  return {
    /** Holds a queue's URLs until finish(). */
    hold(queueKey: string, urls: readonly string[]): Holding {
      const mine = [...urls];
      for (const url of mine) take(held, url);
      take(queues, queueKey);
      let finished = false;
      const release = () => {
        if (finished) return;
        finished = true;
        for (const url of mine) drop(held, url);
        drop(queues, queueKey);
      };
      return {
        add(more) {
          if (finished) return;
          mine.push(...more);
          for (const url of more) take(held, url);
        },
        async finish(known) {
          release();
          // A renewal already under way may still name these URLs: it must not land after the
          // outcome and put a finished URL back in the queue.
          await renewing;
          await frontier.putKnown(known, now());
        },
      };
    },
    start(): void {
      // A third of the lease: two renewals may fail or run late before a lease lapses.
      timer ??= setInterval(() => void renew(), Math.max(50, Math.floor(leaseMs / 3)));
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await renewing;
    },
    /** URLs held now (tests). */
    heldCount: () => held.size,
  };
}

export type LeaseKeeper = ReturnType<typeof createLeaseKeeper>;
