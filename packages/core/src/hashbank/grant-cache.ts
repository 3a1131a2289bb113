import type { Db } from '../database.ts';
import type { Notifications } from '../platform/db/notifications.ts';
import { grantChannel, readGrants, type GrantRow } from './bank.repository.ts';

/**
 * Each organisation's bank grants, kept per process for matching: a provider's every lookup needs
 * them, and they change a few times a year. Any change to a grant, whoever writes it, reaches every
 * process at its commit (a trigger's NOTIFY, migration 2026-12-08-0100), and the process that made
 * it forgets at once. Until this process hears those messages (at start, or while its listening
 * connection is down) grants are read from the database each time.
 */
export function createGrantCache(db: Db, notifications: Notifications) {
  const cache = new Map<string, readonly GrantRow[]>();
  let generation = 0;
  let hearing = false;
  const forget = (organisationId?: string) => {
    generation += 1;
    if (organisationId) cache.delete(organisationId);
    else cache.clear();
  };
  notifications.subscribe(grantChannel, (organisationId) => forget(organisationId));
  notifications.onGap(() => forget());
  // LISTEN is in place once this resolves (subscribe issues it, or the first connection does).
  void notifications.ready().then(
    () => (hearing = true),
    () => undefined,
  );
  const trusted = () => hearing && notifications.isListening();

  return {
    async grants(organisationId: string): Promise<readonly GrantRow[]> {
      if (!trusted()) return readGrants(db, organisationId);
      const cached = cache.get(organisationId);
      if (cached) return cached;
      // A change heard while the rows are read must not let the older answer into the cache.
      const at = generation;
      const rows = await readGrants(db, organisationId);
      if (at === generation && trusted()) {
        if (cache.size >= 10_000) cache.clear();
        cache.set(organisationId, rows);
      }
      return rows;
    },
    /** This process changed the organisation's grants (the NOTIFY comes too, a little later). */
    forget,
  };
}

export type GrantCache = ReturnType<typeof createGrantCache>;
