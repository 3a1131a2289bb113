import type { ClassificationTier, IntendedUse, ProviderMatch } from '@vigie/contract';
import type { Db } from '../database.ts';
import { readGrants, readSchemeCategories, type GrantRow } from './bank.repository.ts';
import { readEntryLabels, type EntryLabelsRow } from './entry.repository.ts';
import type { BankMatch } from './hashbank.types.ts';

export type { EntryLabelsRow } from './entry.repository.ts';

// What one organisation may see of the hash bank: its grants (bank, uses, tier), and each entry
// shown at the grant's tier. Decided here once, for matching, upload checks and the download.

export type Grant = Readonly<{ bankId: number; uses: IntendedUse[]; tier: ClassificationTier }>;

/** The organisation's usable grants as the database has them now (matching reads them cached: grant-cache.ts). */
export async function loadGrants(db: Db, organisationId: string, use?: IntendedUse): Promise<Map<number, Grant>> {
  return usableGrants(await readGrants(db, organisationId), use);
}

/** Of an organisation's grant rows, those with at least one use (limited to `use` when given), by bank id. */
export function usableGrants(rows: readonly GrantRow[], use?: IntendedUse): Map<number, Grant> {
  const out = new Map<number, Grant>();
  for (const grant of rows) {
    if (grant.uses.length === 0 || (use && !grant.uses.includes(use))) continue;
    out.set(grant.bankId, grant);
  }
  return out;
}

/**
 * An entry's own uses narrow the grant's: an entry with none is usable for whatever the bank is
 * granted for; an entry restricted to uses the grant lacks is not shown to that organisation.
 */
export function effectiveUses(grant: Grant, entryUses: readonly IntendedUse[]): IntendedUse[] {
  if (entryUses.length === 0) return [...grant.uses];
  return grant.uses.filter((u) => entryUses.includes(u));
}

/** Legal-scheme categories are data that only a migration changes: read once per process. */
export function createSchemeLookup(db: Db) {
  let cache: Promise<Map<string, Record<string, string>>> | undefined;
  async function load() {
    const rows = await readSchemeCategories(db);
    const byLabels = new Map<string, Record<string, string>>();
    for (const r of rows) {
      const key = `${r.age_band}|${r.activity}`;
      byLabels.set(key, { ...byLabels.get(key), [r.scheme]: r.category });
    }
    return byLabels;
  }
  return async (ageBand: string | null, activity: string | null): Promise<Record<string, string>> => {
    cache ??= load().catch((error: unknown) => {
      cache = undefined;
      throw error;
    });
    return (await cache).get(`${ageBand}|${activity}`) ?? {};
  };
}

export type SchemeLookup = ReturnType<typeof createSchemeLookup>;

export async function classify(
  tier: ClassificationTier,
  entry: EntryLabelsRow,
  schemes: SchemeLookup,
): Promise<ProviderMatch['classification']> {
  if (tier === 'match_only') return { tier };
  const categories = await schemes(entry.age_band, entry.activity);
  if (tier === 'scheme_category') return { tier, categories };
  return {
    tier,
    categories,
    labels: {
      ageBand: entry.age_band,
      activity: entry.activity,
      origin: entry.origin,
      victimIdentified: entry.victim_identified,
    },
  };
}

export const loadEntryLabels = readEntryLabels;

/** One match as the organisation may see it, or undefined when its grant does not cover it. */
export async function presentMatch(
  match: BankMatch,
  grants: Map<number, Grant>,
  labels: Map<number, EntryLabelsRow>,
  schemes: SchemeLookup,
): Promise<ProviderMatch | undefined> {
  const grant = grants.get(match.bankId);
  const entry = labels.get(match.entryId);
  if (!grant || !entry) return undefined;
  const uses = effectiveUses(grant, entry.uses);
  if (uses.length === 0) return undefined;
  return {
    bank: match.bankName,
    entryId: match.entryId,
    distance: match.distance,
    threshold: match.threshold,
    confirmed: match.confirmed,
    suspended: match.suspended,
    uses,
    classification: await classify(grant.tier, entry, schemes),
  };
}
