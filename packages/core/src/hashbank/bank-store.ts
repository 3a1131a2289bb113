import { intendedUses, type ClassificationTier, type IntendedUse } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { Clock } from '../platform/clock.ts';
import { isUniqueViolation } from '../platform/db/database.ts';
import {
  bankHasEntries,
  countBankSignals,
  deleteEmptyBank,
  markBankDeleted,
  deleteGrant,
  findBankByName,
  insertBank,
  listBanksByName,
  lockBankByName,
  lockGrant,
  mayCurate,
  readGrants,
  recordListChange,
  updateBankByName,
  upsertGrant,
  type BankColumns,
} from './bank.repository.ts';
import { HashbankError } from './hashbank.errors.ts';
import type { Bank } from './hashbank.types.ts';
import type { MatchIndexStore } from './match-index/match-index-store.ts';

export type BankSettings = Partial<{
  purpose: string;
  kind: Bank['kind'];
  enabled: boolean;
  pdqThreshold: number;
  vpdqThreshold: number;
  vpdqMatchPercent: number;
  minPdqQuality: number;
  requiredAssessments: 2 | 3;
  matchingRatio: number;
}>;

const BANK_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Who changes banks: staff supervisors (every bank), or an organisation's key (its curated banks). */
export type Curator = { kind: 'staff' } | { kind: 'organisation'; organisationId: string };

function columns(settings: BankSettings): BankColumns {
  const out: BankColumns = {};
  if (settings.purpose !== undefined) out.purpose = settings.purpose;
  if (settings.kind !== undefined) out.kind = settings.kind;
  if (settings.enabled !== undefined) out.enabled = settings.enabled;
  if (settings.pdqThreshold !== undefined) out.pdq_threshold = settings.pdqThreshold;
  if (settings.vpdqThreshold !== undefined) out.vpdq_threshold = settings.vpdqThreshold;
  if (settings.vpdqMatchPercent !== undefined) out.vpdq_match_percent = settings.vpdqMatchPercent;
  if (settings.minPdqQuality !== undefined) out.min_pdq_quality = settings.minPdqQuality;
  if (settings.requiredAssessments !== undefined) out.required_assessments = settings.requiredAssessments;
  if (settings.matchingRatio !== undefined) out.matching_ratio = settings.matchingRatio;
  return out;
}

/** Bank configuration: small, read whole by every index refresh. */
/** `grantsChanged`: told after this process commits a change to an organisation's grants. */
export function createBankStore(
  db: Db,
  store: MatchIndexStore,
  now: Clock,
  grantsChanged: (organisationId: string) => void = () => undefined,
) {
  async function byName(name: string): Promise<Bank> {
    const bank = await findBankByName(db, name);
    if (!bank) throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
    return bank;
  }

  const audit = (trx: Db, actor: Actor, action: string, name: string, details?: Record<string, unknown>) =>
    appendAuditEvent(trx, actor, { action, subjectType: 'hash_bank', subjectId: name, details }, now());

  return {
    getBank: byName,
    listBanks: (): Promise<Bank[]> => listBanksByName(db),

    /**
     * A bank created by an organisation's key is that organisation's to curate and to use (every
     * use, full labels: it holds what the organisation put in), granted in the same transaction.
     */
    async createBank(name: string, settings: BankSettings, actor: Actor, curator?: Curator): Promise<Bank> {
      if (!BANK_NAME.test(name)) throw new HashbankError('HASHBANK_BANK_NAME_INVALID');
      try {
        const bank = await db.transaction().execute(async (trx) => {
          const created = await insertBank(trx, name, columns(settings));
          await audit(trx, actor, 'hashbank.bank-created', name, { ...settings });
          if (curator?.kind === 'organisation') {
            const { organisationId } = curator;
            await upsertGrant(trx, created.id, organisationId, [...intendedUses], 'full_labels', true);
            await recordListChange(trx, created.id, organisationId, 'grant_changed');
            await audit(trx, actor, 'hashbank.bank-granted', name, {
              organisationId,
              uses: intendedUses,
              tier: 'full_labels',
              curate: true,
            });
          }
          return created;
        });
        if (curator?.kind === 'organisation') grantsChanged(curator.organisationId);
        await store.reloadBanks();
        return bank;
      } catch (error) {
        if (isUniqueViolation(error)) throw new HashbankError('HASHBANK_BANK_EXISTS');
        throw error;
      }
    },

    async updateBank(name: string, changes: BankSettings & { name?: string }, actor: Actor): Promise<Bank> {
      if (changes.name !== undefined && !BANK_NAME.test(changes.name))
        throw new HashbankError('HASHBANK_BANK_NAME_INVALID');
      const set = { ...columns(changes), ...(changes.name ? { name: changes.name } : {}) };
      const bank = await db.transaction().execute(async (trx) => {
        const before = await lockBankByName(trx, name);
        const after = before && (await updateBankByName(trx, name, set));
        if (!before || !after) throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
        // What providers' hash lists show of every entry depends on these three.
        if (before.enabled !== after.enabled || before.kind !== after.kind || before.name !== after.name)
          await recordListChange(trx, after.id, null, 'bank_changed');
        await audit(trx, actor, 'hashbank.bank-updated', after.name, { ...changes });
        return after;
      });
      await store.reloadBanks();
      return bank;
    },

    /**
     * Frees the name (a new bank may take it, as HMA's clients expect). An empty bank goes; one with
     * entries is kept, disabled and marked deleted: its entries and their events stay, and the
     * providers' hash lists send its entries as tombstones.
     */
    async deleteBank(name: string, actor: Actor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const bank = await lockBankByName(trx, name);
        if (!bank) throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
        const kept = await bankHasEntries(trx, bank.id);
        if (kept) {
          await markBankDeleted(trx, bank.id);
          if (bank.enabled) await recordListChange(trx, bank.id, null, 'bank_changed');
        } else {
          await deleteEmptyBank(trx, bank.id);
        }
        await audit(trx, actor, 'hashbank.bank-deleted', name, { bankId: bank.id, entriesKept: kept });
      });
      await store.reloadBanks();
    },

    /**
     * Adds or changes a grant; a change of uses or tier re-sends the bank in that organisation's
     * hash list. `curate` lets the organisation change and export the bank (left out: unchanged).
     */
    async grantBank(
      name: string,
      organisationId: string,
      uses: IntendedUse[],
      tier: ClassificationTier,
      actor: Actor,
      options: { curate?: boolean } = {},
    ): Promise<void> {
      const bank = await byName(name);
      await db.transaction().execute(async (trx) => {
        const before = await lockGrant(trx, bank.id, organisationId);
        await upsertGrant(trx, bank.id, organisationId, uses, tier, options.curate);
        const same = before && before.tier === tier && [...before.uses].sort().join() === [...uses].sort().join();
        if (!same) await recordListChange(trx, bank.id, organisationId, 'grant_changed');
        const curate = options.curate ?? before?.curate ?? false;
        await audit(trx, actor, 'hashbank.bank-granted', name, { organisationId, uses, tier, curate });
      });
      grantsChanged(organisationId);
    },

    /**
     * The bank, if the curator may change it; else not found, so that a key learns nothing of
     * banks it was never given.
     */
    async requireCuration(curator: Curator, name: string): Promise<Bank> {
      const bank = await findBankByName(db, name);
      if (bank && (curator.kind === 'staff' || (await mayCurate(db, bank.id, curator.organisationId)))) return bank;
      throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
    },

    /** The banks the curator may change, by name. */
    async listCuratedBanks(curator: Curator): Promise<Bank[]> {
      const banks = await listBanksByName(db);
      if (curator.kind === 'staff') return banks;
      const curated = new Set(
        (await readGrants(db, curator.organisationId)).filter((g) => g.curate).map((g) => g.bankId),
      );
      return banks.filter((bank) => curated.has(bank.id));
    },

    /** Removes a grant: the organisation's hash list then sends the bank's entries as tombstones. */
    async revokeGrant(name: string, organisationId: string, actor: Actor): Promise<{ removed: boolean }> {
      const bank = await byName(name);
      const outcome = await db.transaction().execute(async (trx) => {
        if (!(await deleteGrant(trx, bank.id, organisationId))) return { removed: false };
        await recordListChange(trx, bank.id, organisationId, 'grant_removed');
        await audit(trx, actor, 'hashbank.bank-grant-removed', name, { organisationId });
        return { removed: true };
      });
      grantsChanged(organisationId);
      return outcome;
    },

    bankSignalCounts: (bankId: number): Promise<Record<string, number>> => countBankSignals(db, bankId),
  };
}
