import type { AssessmentVerdict, EntryStatus } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { findBankById } from './bank.repository.ts';
import { appendEntryEvent, countVerdicts, insertAssessment, lockEntry, updateEntry } from './entry.repository.ts';
import { HashbankError } from './hashbank.errors.ts';
import type { EntryLabels } from './hashbank.types.ts';
import type { IndexRow } from './match-index/index-row.ts';

/** Work another feature does in the same transaction as the bank's change (its own rows and audit). */
export type AlsoInTransaction<T> = (trx: Db, result: T) => Promise<void>;

export type EntrySettlement = { confirm: EntryLabels } | { withdraw: string };

/**
 * Decisions on several entries at once, in one transaction with the caller's own writes: the
 * review feature's verification (assessments) and a supervisor's settlement of a dispute.
 */
export function createEntryDecisions(
  base: ServiceDeps,
  ready: () => Promise<void>,
  apply: (rows: IndexRow[]) => Promise<void>,
) {
  const audit = (trx: Db, actor: Actor, action: string, id: number, details: Record<string, unknown>) =>
    appendAuditEvent(trx, actor, { action, subjectType: 'bank_entry', subjectId: String(id), details }, base.now());

  return {
    /** One analyst's assessment of each entry; answers each entry's status after it. */
    async assessEntries(
      ids: readonly number[],
      verdict: AssessmentVerdict,
      actor: Actor & { id: string },
      also?: AlsoInTransaction<Map<number, EntryStatus>>,
    ): Promise<Map<number, EntryStatus>> {
      await ready();
      const { rows, statuses } = await base.db.transaction().execute(async (trx) => {
        const rows: IndexRow[] = [];
        const statuses = new Map<number, EntryStatus>();
        for (const id of [...ids].sort((a, b) => a - b)) {
          const current = await lockEntry(trx, id);
          if (!current) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
          if (current.withdrawn_at) throw new HashbankError('HASHBANK_ENTRY_WITHDRAWN');
          if (!(await insertAssessment(trx, id, actor.id, verdict)))
            throw new HashbankError('HASHBANK_ALREADY_ASSESSED');
          const required = (await findBankById(trx, current.bank_id))!.requiredAssessments;
          const { concur, dispute } = await countVerdicts(trx, id);
          const status: EntryStatus = dispute > 0 ? 'disputed' : concur >= required ? 'confirmed' : 'pending';
          rows.push(await updateEntry(trx, id, { status }));
          statuses.set(id, status);
          await appendEntryEvent(trx, id, 'assessed', actor, { verdict, status });
          await audit(trx, actor, 'hashbank.entry-assessed', id, { verdict, status });
        }
        await also?.(trx, statuses);
        return { rows, statuses };
      });
      await apply(rows);
      return statuses;
    },

    /** A supervisor's final word on disputed entries: confirmed with these labels, or withdrawn. */
    async settleEntries(
      ids: readonly number[],
      settlement: EntrySettlement,
      actor: Actor,
      also?: AlsoInTransaction<void>,
    ): Promise<void> {
      await ready();
      const rows = await base.db.transaction().execute(async (trx) => {
        const rows: IndexRow[] = [];
        for (const id of [...ids].sort((a, b) => a - b)) {
          const current = await lockEntry(trx, id);
          if (!current) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
          if (current.withdrawn_at) throw new HashbankError('HASHBANK_ENTRY_WITHDRAWN');
          if ('withdraw' in settlement) {
            rows.push(await updateEntry(trx, id, { withdrawn_at: base.now(), withdrawn_reason: settlement.withdraw }));
            await appendEntryEvent(trx, id, 'withdrawn', actor, { reason: settlement.withdraw });
            await audit(trx, actor, 'hashbank.entry-withdrawn', id, { reason: settlement.withdraw });
            continue;
          }
          const labels = settlement.confirm;
          rows.push(
            await updateEntry(trx, id, {
              status: 'confirmed',
              age_band: labels.ageBand ?? current.age_band,
              activity: labels.activity ?? current.activity,
              origin: labels.origin ?? current.origin,
              victim_identified: labels.victimIdentified ?? current.victim_identified,
            }),
          );
          await appendEntryEvent(trx, id, 'labels_changed', actor, { labels, status: 'confirmed', settled: true });
          await audit(trx, actor, 'hashbank.entry-settled', id, { status: 'confirmed' });
        }
        await also?.(trx);
        return rows;
      });
      await apply(rows);
    },
  };
}
