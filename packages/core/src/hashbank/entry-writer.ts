import type { Actor } from '../audit/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../database.ts';
import {
  appendEntryEvent,
  findLiveTwin,
  insertEntries,
  lockEntry,
  updateEntry,
  type NewEntry,
} from './entry.repository.ts';
import type { IndexRow } from './match-index/index-row.ts';
import type { MatchIndexStore } from './match-index/match-index-store.ts';

/** Entry writes inside a caller's transaction (an exchange's page with its checkpoint). */
export type EntryWriter = {
  /** Adds one entry; the same media already live in the bank answers that entry (created: false). */
  add(entry: NewEntry): Promise<{ id: number; created: boolean }>;
  /** Withdraws a live entry (false when it was withdrawn already). */
  withdraw(id: number, reason: string): Promise<boolean>;
};

export function createEntryWriting(db: Db, store: MatchIndexStore, now: Clock) {
  return {
    /**
     * Runs `work` in one transaction with a writer on the bank's entries: the caller's own rows
     * (an exchange's checkpoint, its item map) commit with the entries or not at all. The match
     * index takes the changes after the commit.
     */
    async writeEntries<T>(actor: Actor, work: (writer: EntryWriter, trx: Db) => Promise<T>): Promise<T> {
      const rows: IndexRow[] = [];
      const result = await db.transaction().execute(async (trx) => {
        const writer: EntryWriter = {
          async add(entry) {
            const [row] = await insertEntries(trx, [entry], actor);
            if (row) {
              rows.push(row);
              return { id: row.id, created: true };
            }
            const twin = await findLiveTwin(trx, entry.bankId, entry.signals);
            if (twin === undefined) throw new Error('an entry was neither added nor found live');
            return { id: twin, created: false };
          },
          async withdraw(id, reason) {
            const current = await lockEntry(trx, id);
            if (!current || current.withdrawn_at) return false;
            rows.push(await updateEntry(trx, id, { withdrawn_at: now(), withdrawn_reason: reason }));
            await appendEntryEvent(trx, id, 'withdrawn', actor, { reason });
            return true;
          },
        };
        return work(writer, trx);
      });
      await store.apply(rows);
      return result;
    },
  };
}
