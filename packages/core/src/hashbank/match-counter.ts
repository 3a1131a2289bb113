import type { Db } from '../database.ts';
import { addMatchCounts } from './match-count.repository.ts';

const HOUR_MS = 3_600_000;

/**
 * Matches per entry per hour, counted in memory (a Map increment per match, nothing on the
 * request path touches the database) and added to bank_entry_match_hour by `flush()`, which the
 * service runs on a timer and the `hashbank.flush-match-counts` job runs on demand. Counts taken
 * while a flush is writing go to a fresh map, so none is lost or counted twice; a failed flush
 * puts its counts back.
 */
export function createMatchCounter(db: Db, now: () => Date) {
  let counts = new Map<string, number>();

  return {
    record(entryIds: Iterable<number>): void {
      const hour = Math.floor(now().getTime() / HOUR_MS) * HOUR_MS;
      for (const id of entryIds) {
        const key = `${id}:${hour}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    },
    pending: (): number => counts.size,
    /** Adds the counted matches to the table; returns how many (entry, hour) rows were written. */
    async flush(): Promise<number> {
      if (counts.size === 0) return 0;
      const taken = counts;
      counts = new Map();
      const entryIds: number[] = [];
      const hours: string[] = [];
      const matches: number[] = [];
      // In key order, so two processes flushing the same rows lock them in the same order.
      for (const [key, n] of [...taken].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const [id, hour] = key.split(':');
        entryIds.push(Number(id));
        hours.push(new Date(Number(hour)).toISOString());
        matches.push(n);
      }
      try {
        await addMatchCounts(db, { entryIds, hours, matches });
      } catch (error) {
        for (const [key, n] of taken) counts.set(key, (counts.get(key) ?? 0) + n);
        throw error;
      }
      return taken.size;
    },
  };
}

export type MatchCounter = ReturnType<typeof createMatchCounter>;
