import type { Activity, AgeBand, ClassificationTier, ContentOrigin, IntendedUse, ProviderMatch } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { BankMatch } from './hashbank.types.ts';

// What one organisation may see of the hash bank: its grants (bank, uses, tier), and each entry
// shown at the grant's tier. Decided here once, for matching, upload checks and the download.

export type Grant = Readonly<{ bankId: number; uses: IntendedUse[]; tier: ClassificationTier }>;

export type EntryLabelsRow = {
  id: number;
  uses: IntendedUse[];
  age_band: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  victim_identified: boolean | null;
};

/** The organisation's grants with at least one use (limited to `use` when given), by bank id. */
export async function loadGrants(db: Db, organisationId: string, use?: IntendedUse): Promise<Map<number, Grant>> {
  const rows = await db
    .selectFrom('hash_bank_grant')
    .select(['bank_id', 'uses', 'tier'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const out = new Map<number, Grant>();
  for (const row of rows) {
    const uses = row.uses;
    if (uses.length === 0 || (use && !uses.includes(use))) continue;
    out.set(row.bank_id, { bankId: row.bank_id, uses, tier: row.tier });
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

type SchemeRow = { scheme: string; age_band: string; activity: string; category: string };

/** Legal-scheme categories are data that only a migration changes: read once per process. */
export function createSchemeLookup(db: Db) {
  let cache: Promise<Map<string, Record<string, string>>> | undefined;
  async function load() {
    const rows: SchemeRow[] = await db.selectFrom('legal_scheme_category').selectAll().execute();
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

export async function loadEntryLabels(db: Db, ids: readonly number[]): Promise<Map<number, EntryLabelsRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('bank_entry')
    .select(['id', 'uses', 'age_band', 'activity', 'origin', 'victim_identified'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
}

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
