import type { ReviewBatchQuery, ReviewGridItem, VerdictInput } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { EntrySignals, HashbankService } from '../hashbank/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { ServiceDeps } from '../service-deps.ts';
import {
  claimItems,
  findDecided,
  insertDecision,
  insertItem,
  insertMembers,
  liveEntriesOf,
  livePdqsOf,
  lockVerdictMembers,
  mediaOfCapture,
  mediaOfPage,
  readQueueFacts,
  releaseClaims,
  setQueueState,
  takeQueueItems,
  type VerdictMemberRow,
} from './assessment.repository.ts';
import type { Exposure } from './exposure.ts';
import { classificationsOf, statusOf } from './media-review.ts';
import { readMediaStates } from './media.repository.ts';
import { reviewBankOf, reviewUses } from './review-bank.ts';
import { ReviewError } from './review.errors.ts';
import { isCsamVerdict, resolveLabels, type ResolvedLabels } from './review.types.ts';

// Rapid assessment: a grid of media from a source, and verdicts on them. A verdict on a media
// covers the near-duplicates grouped under it; a csam verdict makes a pending bank entry per
// member (with its signals and labels) and a verification item, in one transaction with the
// decision, its members, the queue's new states and the audit event.

export type UserActor = Actor & { id: string };

function signalsOf(m: VerdictMemberRow, withPdq: boolean): EntrySignals {
  return {
    sha256: m.sha256,
    sha1: m.sha1,
    md5: m.md5,
    ...(m.pdq && withPdq ? { pdq: m.pdq, ...(m.pdq_quality !== null ? { pdqQuality: m.pdq_quality } : {}) } : {}),
    ...(m.vpdq ? { vpdq: m.vpdq } : {}),
  };
}

export function createAssessment(deps: ServiceDeps, parts: { hashbank: HashbankService; exposure: Exposure }) {
  const { db } = deps;
  const settings = deps.config.review;
  const reviewBank = reviewBankOf(parts.hashbank, settings.bank);

  async function gridOf(sha256s: readonly string[]): Promise<ReviewGridItem[]> {
    const [states, facts] = await Promise.all([readMediaStates(db, sha256s), readQueueFacts(db, sha256s)]);
    const classifications = await classificationsOf(db, states);
    const byFact = new Map(facts.map((f) => [f.sha256, f]));
    const bySha = new Map(states.map((s) => [s.sha256, s]));
    // One item per near-duplicate group: a member shown beside its representative is not shown twice.
    const seen = new Set<string>();
    const items: ReviewGridItem[] = [];
    for (const sha256 of sha256s) {
      const row = bySha.get(sha256);
      if (!row) continue;
      const fact = byFact.get(sha256);
      const group = fact?.state === 'grouped' && fact.group_sha256 ? fact.group_sha256 : sha256;
      if (seen.has(group)) continue;
      seen.add(group);
      items.push({
        sha256,
        kind: row.kind,
        format: row.format,
        status: statusOf(row),
        members: 1 + Number(fact?.grouped ?? 0),
        priority: fact?.priority ?? 0,
        reasons: fact?.reasons ?? [],
        earlyAlert: fact?.early_alert ?? false,
        nearPendingEntry: fact?.state === 'awaiting_entry',
        classification: classifications.get(sha256) ?? null,
      });
    }
    return items;
  }

  async function firstVerdict(userId: string, actor: UserActor, v: VerdictInput) {
    const labels = resolveLabels(v);
    const at = deps.now();
    const decision = (trx: Db) =>
      insertDecision(trx, {
        sha256: v.sha256,
        reviewer_id: userId,
        stage: 'first',
        item_id: null,
        first_reviewer_id: null,
        verdict: v.verdict,
        age_band: labels.ageBand,
        activity: labels.activity,
        origin: labels.origin,
        victim_identified: labels.victimIdentified,
        decided_at: at,
      });
    // The media covered, locked; refused when known or already decided (by anyone, since read).
    const cover = async (trx: Db) => {
      const members = await lockVerdictMembers(trx, v.sha256);
      const head = members[0];
      if (!head || head.sha256 !== v.sha256) throw new ReviewError('REVIEW_MEDIA_NOT_FOUND');
      if (head.state === 'known') throw new ReviewError('REVIEW_MEDIA_CLASSIFIED');
      const decided = await findDecided(
        trx,
        members.map((m) => m.sha256),
      );
      if (decided.has(head.sha256)) throw new ReviewError('REVIEW_ALREADY_DECIDED');
      return v.verdict === 'unsure' ? [head] : members.filter((m) => !decided.has(m.sha256));
    };
    const audit = (trx: Db, decisionId: number, members: number, itemId: number | null) =>
      appendAuditEvent(
        trx,
        actor,
        {
          action: 'review.verdict-given',
          subjectType: 'media',
          subjectId: v.sha256,
          details: { decisionId, verdict: v.verdict, members, itemId },
        },
        at,
      );

    if (!isCsamVerdict(v.verdict)) {
      return db.transaction().execute(async (trx) => {
        const members = await cover(trx);
        const decisionId = await decision(trx);
        await insertMembers(
          trx,
          decisionId,
          members.map((m) => ({ sha256: m.sha256, priorState: m.item_state, entryId: null })),
        );
        if (v.verdict === 'not_csam')
          await setQueueState(
            trx,
            members.filter((m) => m.item_state).map((m) => ({ sha256: m.sha256, state: 'decided' as const })),
            at,
          );
        await releaseClaims(trx, [v.sha256]);
        await audit(trx, decisionId, members.length, null);
        return { decisionId: String(decisionId), members: members.length, itemId: null };
      });
    }

    const bank = await reviewBank();
    const planned = await db.transaction().execute((trx) => cover(trx));
    // A bank holds a PDQ once: near-duplicates often share their representative's (a re-encoded
    // copy), and the bank would silently drop their entries; they are banked by their digests.
    const pdqTaken = await livePdqsOf(
      db,
      bank.id,
      planned.flatMap((m) => (m.pdq ? [m.pdq] : [])),
    );
    const entries = planned.map((m) => {
      const withPdq = m.pdq !== null && !pdqTaken.has(m.pdq);
      if (m.pdq) pdqTaken.add(m.pdq);
      return {
        bankId: bank.id,
        mediaKind: m.kind,
        signals: signalsOf(m, withPdq),
        labels: labelsOf(labels),
        uses: reviewUses,
        provenance: { source: 'review', verdict: v.verdict },
      };
    });
    let result: { decisionId: string; members: number; itemId: string } | undefined;
    await parts.hashbank.addEntries(
      entries,
      actor,
      { action: 'hashbank.entry-added', details: { bank: bank.name } },
      async (trx) => {
        const members = await cover(trx);
        // Someone decided one of them since it was planned: nothing of this verdict is kept.
        if (members.length !== planned.length) throw new ReviewError('REVIEW_ALREADY_DECIDED');
        const entryOf = await liveEntriesOf(
          trx,
          bank.id,
          members.map((m) => m.sha256),
        );
        const decisionId = await decision(trx);
        await insertMembers(
          trx,
          decisionId,
          members.map((m) => ({ sha256: m.sha256, priorState: m.item_state, entryId: entryOf.get(m.sha256) ?? null })),
        );
        const itemId = await insertItem(trx, {
          decision_id: decisionId,
          sha256: v.sha256,
          first_reviewer_id: userId,
          verdict: v.verdict,
          required: bank.requiredAssessments,
          at,
        });
        await setQueueState(
          trx,
          members.filter((m) => m.item_state).map((m) => ({ sha256: m.sha256, state: 'decided' as const })),
          at,
        );
        await releaseClaims(trx, [v.sha256]);
        await audit(trx, decisionId, members.length, itemId);
        result = { decisionId: String(decisionId), members: members.length, itemId: String(itemId) };
      },
    );
    return result!;
  }

  return {
    async batch(userId: string, query: ReviewBatchQuery) {
      const exposure = await parts.exposure.admit(userId);
      const limit = query.limit ?? 24;
      let sha256s: string[];
      let claimedUntil: Date | null = null;
      if (query.source === 'queue' || query.source === 'alerts') {
        const until = new Date(deps.now().getTime() + settings.claimMinutes * 60_000);
        sha256s = await db.transaction().execute(async (trx) => {
          const taken = await takeQueueItems(trx, {
            userId,
            now: deps.now(),
            limit,
            alerts: query.source === 'alerts',
          });
          await claimItems(trx, taken, userId, until);
          return taken;
        });
        claimedUntil = until;
      } else if (query.source === 'capture') {
        if (!query.captureId) throw new ReviewError('REVIEW_SOURCE_INVALID');
        sha256s = await mediaOfCapture(db, query.captureId, limit);
      } else {
        if (!query.pageUrl) throw new ReviewError('REVIEW_SOURCE_INVALID');
        sha256s = await mediaOfPage(db, query.pageUrl, limit);
      }
      return { items: await gridOf(sha256s), claimedUntil: claimedUntil?.toISOString() ?? null, exposure };
    },

    /** Each verdict in its own transaction, in order; a refused one is reported and the rest go on. */
    async submit(userId: string, verdicts: readonly VerdictInput[], actor: UserActor) {
      const results = [];
      for (const v of verdicts) {
        try {
          const done = await firstVerdict(userId, actor, v);
          results.push({ sha256: v.sha256, verdict: v.verdict, ...done, error: null });
        } catch (error) {
          if (!isAppError(error) || error.spec.status >= 500) throw error;
          results.push({
            sha256: v.sha256,
            verdict: v.verdict,
            decisionId: null,
            members: 0,
            itemId: null,
            error: { code: error.code, message: error.message },
          });
        }
      }
      return { results, exposure: await parts.exposure.current(userId) };
    },
  };
}

export const labelsOf = (l: ResolvedLabels) => ({
  ageBand: l.ageBand ?? undefined,
  activity: l.activity ?? undefined,
  origin: l.origin ?? undefined,
  victimIdentified: l.victimIdentified ?? undefined,
});

export type Assessment = ReturnType<typeof createAssessment>;
