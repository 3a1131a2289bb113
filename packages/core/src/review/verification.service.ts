import type { EntryStatus, ReviewItemState, VerdictCore } from '@vigie/contract';
import { appendAuditEvent } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { HashbankService } from '../hashbank/index.ts';
import { isAppError } from '../platform/errors.ts';
import { isUniqueViolation } from '../platform/db/database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { insertDecision } from './assessment.repository.ts';
import { labelsOf, type UserActor } from './assessment.service.ts';
import type { Exposure } from './exposure.ts';
import { ReviewError } from './review.errors.ts';
import { isCsamVerdict, resolveLabels, verdictsAgree } from './review.types.ts';
import {
  copyConfirmed,
  countVerifications,
  lockItem,
  readDecision,
  readDisputes,
  readItem,
  readItemEntries,
  readVerificationQueue,
  setItemState,
} from './verification.repository.ts';

// The verification queue: other analysts give their own verdict without seeing the first one;
// agreement by the bank's number of analysts confirms the entries (the media become known and
// their sightings detections), any disagreement sends the item to a supervisor, who settles it.

export function createVerification(deps: ServiceDeps, parts: { hashbank: HashbankService; exposure: Exposure }) {
  const { db } = deps;

  /** After a confirmation: the media are known, their sightings detections, notices prepared. */
  async function confirmed(trx: Db, entryIds: number[]): Promise<void> {
    if (await copyConfirmed(trx, entryIds))
      await deps.enqueue(trx, 'notices.prepare-notices', {}, { jobKey: 'notices.prepare' });
  }

  return {
    async queue(userId: string, limit: number) {
      const exposure = await parts.exposure.admit(userId);
      const rows = await readVerificationQueue(db, userId, limit);
      return {
        items: rows.map((r) => ({
          itemId: String(r.id),
          sha256: r.sha256,
          kind: r.kind,
          members: Number(r.members),
          verificationsNeeded: Math.max(1, r.required - 1 - Number(r.verifications)),
          createdAt: r.created_at.toISOString(),
        })),
        exposure,
      };
    },

    async verify(userId: string, itemKey: string, input: VerdictCore, actor: UserActor) {
      const itemId = Number(itemKey);
      const labels = resolveLabels(input);
      const item = await readItem(db, itemId);
      if (!item) throw new ReviewError('REVIEW_ITEM_NOT_FOUND');
      if (item.first_reviewer_id === userId) throw new ReviewError('REVIEW_OWN_VERDICT');
      if (item.state !== 'awaiting_verification') throw new ReviewError('REVIEW_ITEM_CLOSED');
      const first = await readDecision(db, item.decision_id);
      const agreed = verdictsAgree(
        { verdict: first.verdict, ageBand: first.age_band, activity: first.activity },
        { verdict: input.verdict, ageBand: labels.ageBand, activity: labels.activity },
      );
      const at = deps.now();
      let state: ReviewItemState = 'awaiting_verification';
      const record = async (trx: Db, statuses: Map<number, EntryStatus>) => {
        const locked = await lockItem(trx, itemId);
        if (locked?.state !== 'awaiting_verification') throw new ReviewError('REVIEW_ITEM_CLOSED');
        await insertDecision(trx, {
          sha256: item.sha256,
          reviewer_id: userId,
          stage: 'verification',
          item_id: itemId,
          first_reviewer_id: item.first_reviewer_id,
          verdict: input.verdict,
          age_band: labels.ageBand,
          activity: labels.activity,
          origin: labels.origin,
          victim_identified: labels.victimIdentified,
          decided_at: at,
        });
        const values = [...statuses.values()];
        // The first analyst and every verifier so far (this one included) concur.
        const enough = 1 + (await countVerifications(trx, itemId)) >= item.required;
        if (!agreed || values.includes('disputed')) state = 'disputed';
        else if (values.length > 0 ? values.every((s) => s === 'confirmed') : enough) state = 'confirmed';
        if (state !== 'awaiting_verification') await setItemState(trx, itemId, state, at);
        if (state === 'confirmed') await confirmed(trx, [...statuses.keys()]);
        await appendAuditEvent(
          trx,
          actor,
          { action: 'review.verified', subjectType: 'review_item', subjectId: itemKey, details: { agreed, state } },
          at,
        );
      };
      const entries = await readItemEntries(db, itemId);
      try {
        if (entries.length === 0) await db.transaction().execute((trx) => record(trx, new Map()));
        else await parts.hashbank.assessEntries(entries, agreed ? 'concur' : 'dispute', actor, record);
      } catch (error) {
        if ((isAppError(error) && error.code === 'HASHBANK_ALREADY_ASSESSED') || isUniqueViolation(error))
          throw new ReviewError('REVIEW_ALREADY_VERIFIED');
        throw error;
      }
      const final = state as ReviewItemState;
      const outcome = final === 'confirmed' ? 'confirmed' : final === 'disputed' ? 'disputed' : 'agreed';
      return { itemId: itemKey, outcome, state: final } as const;
    },

    /** Disputed items with every opinion given (a supervisor needs them to decide). */
    async disputes(userId: string, limit: number) {
      const exposure = await parts.exposure.admit(userId);
      const { items, opinions } = await readDisputes(db, limit);
      return {
        items: items.map((i) => ({
          itemId: String(i.id),
          sha256: i.sha256,
          kind: i.kind,
          members: Number(i.members),
          createdAt: i.created_at.toISOString(),
          opinions: opinions
            .filter((o) => o.item_id === i.id)
            .map((o) => ({
              reviewerId: o.reviewer_id,
              stage: o.stage === 'first' ? ('first' as const) : ('verification' as const),
              verdict: o.verdict,
              labels: {
                ...(o.age_band ? { ageBand: o.age_band } : {}),
                ...(o.activity ? { activity: o.activity } : {}),
                ...(o.origin ? { origin: o.origin } : {}),
              },
              victimIdentified: o.victim_identified,
              at: o.decided_at.toISOString(),
            })),
        })),
        exposure,
      };
    },

    /** The supervisor's verdict on a disputed item: csam confirms the entries with its labels, not_csam withdraws them. */
    async settle(userId: string, itemKey: string, input: VerdictCore, actor: UserActor) {
      const itemId = Number(itemKey);
      if (input.verdict === 'unsure') throw new ReviewError('REVIEW_VERDICT_INVALID');
      const labels = resolveLabels(input);
      const item = await readItem(db, itemId);
      if (!item) throw new ReviewError('REVIEW_ITEM_NOT_FOUND');
      if (item.state !== 'disputed') throw new ReviewError('REVIEW_ITEM_CLOSED');
      const at = deps.now();
      const state: ReviewItemState = isCsamVerdict(input.verdict) ? 'settled' : 'rejected';
      const entries = await readItemEntries(db, itemId);
      const record = async (trx: Db) => {
        const locked = await lockItem(trx, itemId);
        if (locked?.state !== 'disputed') throw new ReviewError('REVIEW_ITEM_CLOSED');
        await insertDecision(trx, {
          sha256: item.sha256,
          reviewer_id: userId,
          stage: 'settlement',
          item_id: itemId,
          first_reviewer_id: item.first_reviewer_id,
          verdict: input.verdict,
          age_band: labels.ageBand,
          activity: labels.activity,
          origin: labels.origin,
          victim_identified: labels.victimIdentified,
          decided_at: at,
        });
        await setItemState(trx, itemId, state, at, userId);
        if (state === 'settled') await confirmed(trx, entries);
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'review.dispute-settled',
            subjectType: 'review_item',
            subjectId: itemKey,
            details: { verdict: input.verdict, state },
          },
          at,
        );
      };
      if (entries.length === 0) await db.transaction().execute(record);
      else
        await parts.hashbank.settleEntries(
          entries,
          state === 'settled' ? { confirm: labelsOf(labels) } : { withdraw: 'not CSAM (supervisor, after a dispute)' },
          actor,
          record,
        );
      return { itemId: itemKey, state };
    },
  };
}

export type Verification = ReturnType<typeof createVerification>;
