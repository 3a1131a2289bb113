import type { ClassificationState, ReviewVerdict } from '@vigie/contract';
import { appendAuditEvent } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { HashbankService } from '../hashbank/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import {
  lockLatestDecisions,
  markUndone,
  ownLiveEntries,
  readMembers,
  setQueueState,
} from './assessment.repository.ts';
import type { UserActor } from './assessment.service.ts';
import { ReviewError } from './review.errors.ts';
import { countVerifications, lockItem, setItemState } from './verification.repository.ts';

// Undo of an analyst's latest verdicts, newest first, as long as nobody has verified them: the
// decision is marked undone, its bank entries withdrawn, the queue items back as they were.

export function createUndo(deps: ServiceDeps, hashbank: HashbankService) {
  const { db } = deps;

  return async function undo(userId: string, count: number, actor: UserActor) {
    const undone: Array<{ decisionId: string; sha256: string; verdict: ReviewVerdict }> = [];
    for (const latest of await lockLatestDecisions(db, userId, count)) {
      if (latest.item_id && latest.item_state !== 'awaiting_verification') {
        if (undone.length === 0) throw new ReviewError('REVIEW_UNDO_TOO_LATE');
        break;
      }
      const at = deps.now();
      const members = await readMembers(db, latest.id);
      const record = async (trx: Db) => {
        const [current] = await lockLatestDecisions(trx, userId, 1);
        if (current?.id !== latest.id) throw new ReviewError('REVIEW_UNDO_TOO_LATE');
        if (latest.item_id) {
          const item = await lockItem(trx, latest.item_id);
          if (item?.state !== 'awaiting_verification' || (await countVerifications(trx, latest.item_id)) > 0)
            throw new ReviewError('REVIEW_UNDO_TOO_LATE');
          await setItemState(trx, latest.item_id, 'undone', at);
        }
        await markUndone(trx, latest.id, at);
        await setQueueState(
          trx,
          members
            .filter((m) => m.prior_state !== null)
            .map((m) => ({ sha256: m.sha256, state: m.prior_state as ClassificationState })),
          at,
        );
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'review.verdict-undone',
            subjectType: 'media',
            subjectId: latest.sha256,
            details: { decisionId: latest.id, verdict: latest.verdict },
          },
          at,
        );
      };
      const entries = await ownLiveEntries(
        db,
        members.flatMap((m) => (m.entry_id ? [m.entry_id] : [])),
        userId,
      );
      try {
        if (entries.length === 0) await db.transaction().execute(record);
        else await hashbank.settleEntries(entries, { withdraw: 'verdict undone by its analyst' }, actor, record);
      } catch (error) {
        if (undone.length === 0) throw error;
        break;
      }
      undone.push({ decisionId: String(latest.id), sha256: latest.sha256, verdict: latest.verdict });
    }
    return { undone };
  };
}
