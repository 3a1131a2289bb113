import type { Clock } from '../platform/clock.ts';
import { sql } from 'kysely';
import { HashbankError } from './hashbank.errors.ts';
import { signalTypes, type ClassificationTier, type IntendedUse } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { HashListChangeReason } from './hashbank.tables.ts';
import type { Bank } from './hashbank.types.ts';
import type { MatchIndexStore } from './match-index/match-index-store.ts';
import { toBank } from './match-index/match-index-store.ts';
import { isUniqueViolation } from '../platform/db/database.ts';

export type BankSettings = Partial<{
  purpose: string;
  kind: Bank['kind'];
  enabled: boolean;
  pdqThreshold: number;
  vpdqThreshold: number;
  vpdqMatchPercent: number;
  minPdqQuality: number;
  requiredAssessments: 2 | 3;
}>;

const BANK_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

function columns(settings: BankSettings) {
  const out: Record<string, unknown> = {};
  if (settings.purpose !== undefined) out.purpose = settings.purpose;
  if (settings.kind !== undefined) out.kind = settings.kind;
  if (settings.enabled !== undefined) out.enabled = settings.enabled;
  if (settings.pdqThreshold !== undefined) out.pdq_threshold = settings.pdqThreshold;
  if (settings.vpdqThreshold !== undefined) out.vpdq_threshold = settings.vpdqThreshold;
  if (settings.vpdqMatchPercent !== undefined) out.vpdq_match_percent = settings.vpdqMatchPercent;
  if (settings.minPdqQuality !== undefined) out.min_pdq_quality = settings.minPdqQuality;
  if (settings.requiredAssessments !== undefined) out.required_assessments = settings.requiredAssessments;
  return out;
}

/** An access change, stamped with the writing transaction's id (default), for the hash lists. */
async function recordListChange(
  trx: Db,
  bankId: number,
  organisationId: string | null,
  reason: HashListChangeReason,
): Promise<void> {
  await trx
    .insertInto('hash_list_change')
    .values({ bank_id: bankId, organisation_id: organisationId, reason })
    .execute();
}

/** Bank configuration: small, read whole by every index refresh. */
export function createBankStore(db: Db, store: MatchIndexStore, now: Clock) {
  async function byName(name: string): Promise<Bank> {
    const row = await db.selectFrom('hash_bank').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
    return toBank(row);
  }

  return {
    getBank: byName,
    async listBanks(): Promise<Bank[]> {
      return (await db.selectFrom('hash_bank').selectAll().orderBy('name').execute()).map(toBank);
    },

    async createBank(name: string, settings: BankSettings, actor: Actor): Promise<Bank> {
      if (!BANK_NAME.test(name)) throw new HashbankError('HASHBANK_BANK_NAME_INVALID');
      try {
        const bank = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('hash_bank')
            .values({ name, ...columns(settings) })
            .returningAll()
            .executeTakeFirstOrThrow();
          await appendAuditEvent(
            trx,
            actor,
            {
              action: 'hashbank.bank-created',
              subjectType: 'hash_bank',
              subjectId: name,
              details: { ...settings },
            },
            now(),
          );
          return toBank(row);
        });
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
      const set = {
        ...columns(changes),
        ...(changes.name ? { name: changes.name } : {}),
        updated_at: sql<Date>`now()`,
      };
      const bank = await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('hash_bank')
          .select(['enabled', 'kind', 'name'])
          .where('name', '=', name)
          .forUpdate()
          .executeTakeFirst();
        const row = await trx
          .updateTable('hash_bank')
          .set(set)
          .where('name', '=', name)
          .returningAll()
          .executeTakeFirst();
        if (!row || !before) throw new HashbankError('HASHBANK_BANK_NOT_FOUND', `No bank named ${name}.`);
        // What providers' hash lists show of every entry depends on these three.
        if (before.enabled !== row.enabled || before.kind !== row.kind || before.name !== row.name)
          await recordListChange(trx, row.id, null, 'bank_changed');
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.bank-updated',
            subjectType: 'hash_bank',
            subjectId: row.name,
            details: { ...changes },
          },
          now(),
        );
        return toBank(row);
      });
      await store.reloadBanks();
      return bank;
    },

    /** Only an empty bank can go: entries keep their history, so a bank with any is disabled instead. */
    async deleteBank(name: string, actor: Actor): Promise<void> {
      const bank = await byName(name);
      await db.transaction().execute(async (trx) => {
        const used = await trx
          .selectFrom('bank_entry')
          .select('id')
          .where('bank_id', '=', bank.id)
          .limit(1)
          .executeTakeFirst();
        if (used) {
          await trx.updateTable('hash_bank').set({ enabled: false }).where('id', '=', bank.id).execute();
          if (bank.enabled) await recordListChange(trx, bank.id, null, 'bank_changed');
        } else {
          await trx.deleteFrom('bank_import').where('bank_id', '=', bank.id).execute();
          await trx.deleteFrom('hash_bank').where('id', '=', bank.id).execute();
        }
        await appendAuditEvent(
          trx,
          actor,
          {
            action: used ? 'hashbank.bank-disabled' : 'hashbank.bank-deleted',
            subjectType: 'hash_bank',
            subjectId: name,
          },
          now(),
        );
      });
      await store.reloadBanks();
    },

    /** Adds or changes a grant; a change of uses or tier re-sends the bank in that organisation's hash list. */
    async grantBank(
      name: string,
      organisationId: string,
      uses: IntendedUse[],
      tier: ClassificationTier,
      actor: Actor,
    ): Promise<void> {
      const bank = await byName(name);
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('hash_bank_grant')
          .select(['uses', 'tier'])
          .where('bank_id', '=', bank.id)
          .where('organisation_id', '=', organisationId)
          .forUpdate()
          .executeTakeFirst();
        await trx
          .insertInto('hash_bank_grant')
          .values({ bank_id: bank.id, organisation_id: organisationId, uses, tier })
          .onConflict((oc) => oc.columns(['bank_id', 'organisation_id']).doUpdateSet({ uses, tier }))
          .execute();
        const same = before && before.tier === tier && [...before.uses].sort().join() === [...uses].sort().join();
        if (!same) await recordListChange(trx, bank.id, organisationId, 'grant_changed');
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.bank-granted',
            subjectType: 'hash_bank',
            subjectId: name,
            details: { organisationId, uses, tier },
          },
          now(),
        );
      });
    },

    /** Removes a grant: the organisation's hash list then sends the bank's entries as tombstones. */
    async revokeGrant(name: string, organisationId: string, actor: Actor): Promise<{ removed: boolean }> {
      const bank = await byName(name);
      return db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom('hash_bank_grant')
          .where('bank_id', '=', bank.id)
          .where('organisation_id', '=', organisationId)
          .returning('bank_id')
          .executeTakeFirst();
        if (!removed) return { removed: false };
        await recordListChange(trx, bank.id, organisationId, 'grant_removed');
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.bank-grant-removed',
            subjectType: 'hash_bank',
            subjectId: name,
            details: { organisationId },
          },
          now(),
        );
        return { removed: true };
      });
    },

    async bankSignalCounts(bankId: number): Promise<Record<string, number>> {
      const row = await db
        .selectFrom('bank_entry')
        .select([
          sql<number>`count(*)::int`.as('total'),
          ...signalTypes.map((type) => sql<number>`count(${sql.ref(type)})::int`.as(type)),
        ])
        .where('bank_id', '=', bankId)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirstOrThrow();
      return row;
    },
  };
}
