import { HashbankError } from './hashbank.errors.ts';
import type {
  FeedbackBody,
  HashListPage,
  IntendedUse,
  MatchResponse,
  ProviderMatch,
  SignalMatches,
  SubmissionResponse,
  SubmitHashesBody,
  UploadCheckResponse,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { Matcher } from './hashbank.matcher.ts';
import { findBankByName, insertBankIfAbsent } from './bank.repository.ts';
import {
  appendEntryEvent,
  findEntryBank,
  findLiveTwin,
  insertFeedback,
  listQuarantined,
  type NewEntry,
} from './entry.repository.ts';
import type { EntrySignals, MatchOutcome } from './hashbank.types.ts';
import type { MatchCounter } from './match-counter.ts';
import { readSubmissions, recordSubmission } from './submission.repository.ts';
import { readHashList } from './hash-list.ts';
import type { GrantCache } from './grant-cache.ts';
import { createSchemeLookup, loadEntryLabels, loadGrants, presentMatch, usableGrants } from './provider-view.ts';
import { formatSignal, parseSignal, signalsOf, type ParsedSignal } from './signals.ts';

/** Who calls the providers' API: an organisation, through one of its keys. */
export type ProviderCaller = Readonly<{ organisationId: string; actor: Actor }>;

type Deps = {
  matcher: Matcher;
  counter: MatchCounter;
  grants: GrantCache;
  ready(): Promise<void>;
  reloadBanks(): Promise<void>;
  addEntries(
    entries: NewEntry[],
    actor: Actor,
    audit: { action: string; details?: Record<string, unknown> },
  ): Promise<number[]>;
};

export const QUARANTINE_BANK = 'QUARANTINE';
const TAKEDOWN: IntendedUse = 'notice_and_takedown';

export function createProviderService(base: ServiceDeps, deps: Deps) {
  const { db } = base;
  const schemes = createSchemeLookup(db);

  /** Matches every signal against the caller's granted banks (negative banks always suppress). */
  async function matchParsed(
    caller: ProviderCaller,
    parsed: ParsedSignal[],
    use?: IntendedUse,
  ): Promise<MatchResponse> {
    const grants = usableGrants(await deps.grants.grants(caller.organisationId), use);
    const bankIds = new Set(grants.keys());
    const outcomes: MatchOutcome[] = [];
    for (const signal of parsed)
      outcomes.push(
        bankIds.size === 0 ? { matches: [], suppressedBy: [] } : await deps.matcher.match(signal, { bankIds }),
      );
    const labels = await loadEntryLabels(
      db,
      outcomes.flatMap((o) => o.matches.map((m) => m.entryId)),
    );
    const results: SignalMatches[] = [];
    const shown: number[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const signal = parsed[i]!;
      const matches: ProviderMatch[] = [];
      for (const m of outcome.matches) {
        const presented = await presentMatch(m, grants, labels, schemes);
        if (presented) matches.push(presented);
      }
      shown.push(...matches.map((m) => m.entryId));
      results.push({
        signalType: signal.type,
        signal: formatSignal(signal),
        matches,
        suppressed: outcome.suppressedBy.length > 0,
      });
    }
    deps.counter.record(shown);
    return { results };
  }

  async function quarantineBankId(actor: Actor): Promise<number> {
    // Created on first use; concurrent first submissions meet on the unique name.
    const created = await db.transaction().execute(async (trx) => {
      const inserted = await insertBankIfAbsent(trx, QUARANTINE_BANK, {
        kind: 'quarantine',
        purpose: 'Provider submissions awaiting analysts; never matched.',
      });
      if (inserted)
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.bank-created',
            subjectType: 'hash_bank',
            subjectId: QUARANTINE_BANK,
            details: { kind: 'quarantine' },
          },
          base.now(),
        );
      return inserted;
    });
    if (created) await deps.reloadBanks();
    const bank = await findBankByName(db, QUARANTINE_BANK);
    if (!bank || bank.kind !== 'quarantine')
      throw new Error(`bank ${QUARANTINE_BANK} exists and is not a quarantine bank`);
    return bank.id;
  }

  return {
    async matchHashes(
      caller: ProviderCaller,
      items: ReadonlyArray<{ signalType: string; signal: string }>,
      use?: IntendedUse,
    ): Promise<MatchResponse> {
      return matchParsed(
        caller,
        items.map((s) => parseSignal(s.signalType, s.signal)),
        use,
      );
    },

    async matchMediaSignals(caller: ProviderCaller, signals: EntrySignals): Promise<MatchResponse> {
      return matchParsed(caller, signalsOf(signals));
    },

    /**
     * Before publication: block when a confirmed, non-suspended entry in a bank granted for
     * notice_and_takedown matches (a pending, disputed or flood-suspended entry never blocks
     * by itself: it is reported in `results` for a person to look at).
     */
    async checkUpload(caller: ProviderCaller, signals: EntrySignals): Promise<UploadCheckResponse> {
      const { results } = await matchParsed(caller, signalsOf(signals));
      const blockedBy = results
        .flatMap((r) => r.matches)
        .filter((m) => m.confirmed && !m.suspended && m.uses.includes(TAKEDOWN));
      return { decision: blockedBy.length > 0 ? 'block' : 'allow', blockedBy, results };
    },

    /**
     * The hash list the organisation may use, in change order (`hash-list.ts`): txid-safe like the
     * index refresh, with tombstones for withdrawn entries and for entries the organisation lost
     * access to (bank disabled, grant removed or narrowed).
     */
    async hashList(caller: ProviderCaller, since: string | undefined, limit = 1000): Promise<HashListPage> {
      return readHashList(db, schemes, caller.organisationId, since, limit);
    },

    /** Newly found material lands in the quarantine bank, pending analysts; never in a live bank. */
    async submit(
      caller: ProviderCaller,
      signals: EntrySignals,
      body: Pick<SubmitHashesBody, 'labels' | 'note'>,
    ): Promise<SubmissionResponse> {
      await deps.ready();
      const bankId = await quarantineBankId(caller.actor);
      const provenance = {
        via: 'provider-api',
        organisationId: caller.organisationId,
        ...(body.note ? { note: body.note } : {}),
      };
      const { organisationId, actor } = caller;
      // One quarantined entry per media, whoever sent it first; one submission per organisation.
      const [added] = await deps.addEntries(
        [{ bankId, signals, labels: body.labels, provenance, contributorOrganisationId: organisationId }],
        actor,
        { action: 'hashbank.quarantine-entry-added', details: { organisationId } },
      );
      const entryId = added ?? (await findLiveTwin(db, bankId, signals));
      if (entryId === undefined) throw new HashbankError('HASHBANK_ENTRY_EXISTS');
      // The answer speaks only of this organisation's own submission: its id and whether it is new.
      const submission = await db.transaction().execute(async (trx) => {
        const recorded = await recordSubmission(trx, organisationId, entryId, body.note ?? '');
        if (recorded.created)
          await appendAuditEvent(
            trx,
            actor,
            {
              action: 'hashbank.submission-received',
              subjectType: 'hash_submission',
              subjectId: String(recorded.id),
              details: { organisationId, entryId },
            },
            base.now(),
          );
        return recorded;
      });
      return { submissionId: submission.id, created: submission.created, status: 'awaiting_review' };
    },

    /** The analysts' queue: quarantined, pending entries, oldest first, each with every organisation's submission. */
    async listSubmissions(limit = 100) {
      const entries = await listQuarantined(db, limit);
      const submissions = await readSubmissions(
        db,
        entries.map((e) => Number(e.id)),
      );
      return entries.map((e) => ({ ...e, submissions: submissions.get(Number(e.id)) ?? [] }));
    },

    /** A provider's verdict on a match, for an entry of a bank granted to it (else: not found). */
    async feedback(caller: ProviderCaller, body: FeedbackBody): Promise<{ feedbackId: number }> {
      const grants = await loadGrants(db, caller.organisationId);
      const bankId = await findEntryBank(db, body.entryId);
      if (bankId === undefined || !grants.has(bankId)) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
      const reason = body.reason ?? '';
      return db.transaction().execute(async (trx) => {
        const feedbackId = await insertFeedback(trx, body.entryId, caller.organisationId, body.verdict, reason);
        await appendEntryEvent(trx, body.entryId, 'feedback', caller.actor, {
          verdict: body.verdict,
          reason,
          organisationId: caller.organisationId,
        });
        await appendAuditEvent(
          trx,
          caller.actor,
          {
            action: 'hashbank.match-feedback',
            subjectType: 'bank_entry',
            subjectId: String(body.entryId),
            details: { verdict: body.verdict, reason, organisationId: caller.organisationId },
          },
          base.now(),
        );
        return { feedbackId };
      });
    },
  };
}

export type ProviderService = ReturnType<typeof createProviderService>;
