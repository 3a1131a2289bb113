import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { HashbankError } from './hashbank.errors.ts';
import type { AssessmentVerdict, SignalType } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { createBankStore } from './bank-store.ts';
import { createBankTransfer } from './bank-transfer.ts';
import { createEntryWriting, type EntryWriter } from './entry-writer.ts';
import { createEntryDecisions, type AlsoInTransaction } from './entry-decisions.ts';
import { createMatcher, type MatchOptions } from './hashbank.matcher.ts';
import { findBankById } from './bank.repository.ts';
import {
  appendEntryEvent,
  countVerdicts,
  findEntryOfBank,
  findLiveTwin,
  insertAssessment,
  insertAssessments,
  insertEntries,
  lockEntry,
  readEntry,
  readEntryLabels,
  updateEntry,
  type NewEntry,
} from './entry.repository.ts';
import type { EntrySignals, MatchOutcome } from './hashbank.types.ts';
import { createMatchIndexStore } from './match-index/match-index-store.ts';
import { HashingPool } from './hashing-pool.ts';
import type { ContentType } from './media-hashing.ts';
import { signalTypeSpecs } from './signal-types.ts';
import { findFloodedEntries, listSuspendedEntries, suspendFlooded } from './flood-guard.ts';
import { createMatchCounter } from './match-counter.ts';
import { createProviderService } from './provider.service.ts';
import { createGrantCache } from './grant-cache.ts';
import { createStaffBank } from './staff-bank.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { fetchMedia } from './media-fetch.ts';
import { compareSignals, parseSignal, parseSignalType, signalsOf, type Comparison } from './signals.ts';
import { sniffMedia } from '@vigie/hashing';

const MAX_MEDIA_BYTES = 100 * 1024 * 1024;

/** `outbound`: the installation's one way out (egress, address checks, pinning), for URL fetches. */
export function createHashbankService(base: ServiceDeps, outbound: Outbound) {
  const { db, logger } = base;
  // One PDQ query worker per core once the index is large (the HTTP thread shares the cores).
  // A snapshot on disk makes a restart read a file, then the changes since (index-snapshot.ts).
  const snapshotMinutes = base.config.hashbankSnapshotMinutes;
  const snapshotDir = path.join(base.config.dataDir, 'match-index');
  if (snapshotMinutes > 0) mkdirSync(snapshotDir, { recursive: true, mode: 0o700 });
  const store = createMatchIndexStore(db, logger, base.now, {
    queryWorkers: availableParallelism() > 1 ? availableParallelism() : 0,
    ...(snapshotMinutes > 0
      ? { snapshotFile: path.join(snapshotDir, 'pdq-index.snapshot'), snapshotEveryMs: snapshotMinutes * 60_000 }
      : {}),
  });
  const matcher = createMatcher(db, store);
  const slots = base.config.hashingConcurrency;
  // A burst waits its turn briefly (the uploads are in memory already); beyond that: 503.
  const hashing = new HashingPool({ slots, maxQueued: 8 * slots, maxWaitMs: 15_000, perRequester: 2 }, logger);
  const grants = createGrantCache(db, base.notifications);
  const banks = createBankStore(db, store, base.now, (organisationId) => grants.forget(organisationId));
  const counter = createMatchCounter(db, base.now);
  const writing = createEntryWriting(db, store, base.now);
  let timer: NodeJS.Timeout | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  const flushMatchCounts = () => counter.flush();

  async function ready(): Promise<void> {
    await store.ready();
    if (!timer) {
      // Other processes' changes arrive within one period (at most 5 s by configuration).
      timer = setInterval(() => {
        store.refresh().catch((error: unknown) => logger.warn({ err: error }, 'hash bank index refresh failed'));
      }, base.config.hashbankRefreshMs);
      timer.unref();
      // Match counts reach the table from the process that counted them (the API's, when roles
      // are split); the hashbank.flush-match-counts job does the same on demand.
      flushTimer = setInterval(() => {
        flushMatchCounts().catch((error: unknown) => logger.warn({ err: error }, 'match count flush failed'));
      }, 30_000);
      flushTimer.unref();
    }
  }

  const provider = createProviderService(base, {
    matcher,
    counter,
    grants,
    ready,
    reloadBanks: () => store.reloadBanks(),
    addEntries: (...args) => service.addEntries(...args),
  });

  const service = {
    ready,
    provider,
    flushMatchCounts,
    /** Pulls other processes' committed changes now (the poll does it every few seconds). */
    refresh: async () => {
      await ready();
      return store.refresh();
    },
    /** Each live bank's match ratio (HMA's enabled_ratio) by name, as the index matches now: no database read. */
    matchingRatios: (): Map<string, number> =>
      new Map([...store.banks().values()].filter((b) => !b.deleted).map((b) => [b.name, b.matchingRatio])),
    /** The match index's state (loaded first when it was not). */
    async indexStatus() {
      await ready();
      return store.status();
    },
    ...banks,
    ...createBankTransfer(db, store, banks.getBank, base.now),
    ...createEntryDecisions(base, ready, (rows) => store.apply(rows)),

    /** Entry writes in the caller's transaction (hash exchanges: a page and its checkpoint together). */
    async writeEntries<T>(actor: Actor, work: (writer: EntryWriter, trx: Db) => Promise<T>): Promise<T> {
      await ready();
      return writing.writeEntries(actor, work);
    },

    async addEntries(
      entries: NewEntry[],
      actor: Actor,
      audit: { action: string; details?: Record<string, unknown> },
      also?: AlsoInTransaction<number[]>,
    ): Promise<number[]> {
      await ready();
      for (const entry of entries) {
        const bank = store.banks().get(entry.bankId);
        const quality = entry.signals.pdqQuality;
        if (bank && quality !== undefined && quality < bank.minPdqQuality) {
          throw new HashbankError(
            'HASHBANK_QUALITY_TOO_LOW',
            `PDQ quality ${quality} is below the bank minimum ${bank.minPdqQuality}.`,
          );
        }
      }
      const rows = await db.transaction().execute(async (trx) => {
        const added = await insertEntries(trx, entries, actor);
        // The contributing analyst's classification is the first assessment.
        if (actor.type === 'user' && actor.id)
          await insertAssessments(
            trx,
            added.map((r) => r.id),
            actor.id,
          );
        if (added.length > 0)
          await appendAuditEvent(
            trx,
            actor,
            {
              action: audit.action,
              subjectType: 'bank_entry',
              subjectId: String(added[0]!.id),
              details: { count: added.length, ...audit.details },
            },
            base.now(),
          );
        await also?.(
          trx,
          added.map((r) => r.id),
        );
        return added;
      });
      await store.apply(rows);
      return rows.map((r) => r.id);
    },

    async withdrawEntry(id: number, reason: string, actor: Actor): Promise<void> {
      await ready();
      const row = await db.transaction().execute(async (trx) => {
        const current = await lockEntry(trx, id);
        if (!current) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
        if (current.withdrawn_at) throw new HashbankError('HASHBANK_ENTRY_WITHDRAWN');
        const updated = await updateEntry(trx, id, {
          withdrawn_at: base.now(),
          withdrawn_reason: reason || 'withdrawn',
        });
        await appendEntryEvent(trx, id, 'withdrawn', actor, { reason });
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.entry-withdrawn',
            subjectType: 'bank_entry',
            subjectId: String(id),
            details: { reason },
          },
          base.now(),
        );
        return updated;
      });
      await store.apply([row]);
    },

    /** Distinct analysts concur: at the bank's count the entry is confirmed; a dispute holds it. */
    async assessEntry(
      id: number,
      verdict: AssessmentVerdict,
      actor: Actor & { id: string },
    ): Promise<{ status: string }> {
      await ready();
      const row = await db.transaction().execute(async (trx) => {
        const current = await lockEntry(trx, id);
        if (!current) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
        if (current.withdrawn_at) throw new HashbankError('HASHBANK_ENTRY_WITHDRAWN');
        if (!(await insertAssessment(trx, id, actor.id, verdict))) throw new HashbankError('HASHBANK_ALREADY_ASSESSED');
        // The entry's bank exists (foreign key) and is locked with it by nothing else that matters.
        const required = (await findBankById(trx, current.bank_id))!.requiredAssessments;
        const { concur, dispute } = await countVerdicts(trx, id);
        const status = dispute > 0 ? 'disputed' : concur >= required ? 'confirmed' : 'pending';
        const updated = await updateEntry(trx, id, { status });
        await appendEntryEvent(trx, id, 'assessed', actor, { verdict, status });
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'hashbank.entry-assessed',
            subjectType: 'bank_entry',
            subjectId: String(id),
            details: { verdict, status },
          },
          base.now(),
        );
        return updated;
      });
      await store.apply([row]);
      return { status: row.confirmed ? 'confirmed' : 'pending' };
    },

    /** Flood guard and its review: a suspended entry still matches but feeds no automatic action. */
    async setSuspended(id: number, suspended: boolean, reason: string, actor: Actor): Promise<void> {
      await ready();
      const row = await db.transaction().execute(async (trx) => {
        if (!(await lockEntry(trx, id))) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
        const updated = await updateEntry(
          trx,
          id,
          suspended
            ? { suspended_at: base.now(), suspended_reason: reason }
            : { suspended_at: null, suspended_reason: null },
        );
        await appendEntryEvent(trx, id, suspended ? 'suspended' : 'unsuspended', actor, { reason });
        await appendAuditEvent(
          trx,
          actor,
          {
            action: suspended ? 'hashbank.entry-suspended' : 'hashbank.entry-unsuspended',
            subjectType: 'bank_entry',
            subjectId: String(id),
            details: { reason },
          },
          base.now(),
        );
        return updated;
      });
      await store.apply([row]);
    },

    /** The flood guard's pass: suspends flooded entries; returns their ids. Idempotent. */
    async checkFlood(): Promise<number[]> {
      await ready();
      const suspended: number[] = [];
      for (const flood of await findFloodedEntries(db, base.now())) {
        const row = await db.transaction().execute((trx) => suspendFlooded(trx, flood, base.now()));
        if (!row) continue;
        await store.apply([row]);
        suspended.push(flood.entryId);
      }
      return suspended;
    },
    listSuspendedEntries: (limit?: number) => listSuspendedEntries(db, limit),

    async getEntry(id: number) {
      const found = await readEntry(db, id);
      if (!found) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
      const { entry, events, categories } = found;
      return {
        entry,
        events,
        legalCategories: Object.fromEntries(categories.map((c) => [c.scheme, c.category])) as Record<string, string>,
      };
    },

    /** The labels and intended uses of entries (a crawler's media takes a confirmed entry's at once). */
    entryLabels: (ids: readonly number[]) => readEntryLabels(db, ids),

    /** One signal (type + value as text) against every usable bank. */
    async lookup(type: string, value: string, options: MatchOptions = {}): Promise<MatchOutcome> {
      const outcome = await matcher.match(parseSignal(type, value), options);
      counter.record(outcome.matches.map((m) => m.entryId));
      return outcome;
    },

    /** Every signal of one media, hashed on a worker under the per-process and per-requester caps. */
    hashMedia: (bytes: Uint8Array, contentType: ContentType, requester?: string): Promise<EntrySignals> =>
      hashing.hashMedia(requester, bytes, contentType),

    /** Fetches a public URL (a non-public one only inside VIGIE_FETCH_ALLOW_NETWORKS) and hashes what it holds. */
    async hashUrl(url: string, contentType?: ContentType, requester?: string) {
      const bytes = await fetchMedia(outbound, url, { maxBytes: MAX_MEDIA_BYTES });
      const kind = contentType ?? (sniffMedia(bytes).kind === 'video' ? 'video' : 'photo');
      return { contentType: kind, signals: await hashing.hashMedia(requester, bytes, kind) };
    },

    /** Every perceptual and exact signal of the media, each looked up; keyed by signal type. */
    async lookupSignals(
      signals: EntrySignals,
      options: MatchOptions = {},
    ): Promise<Partial<Record<SignalType, MatchOutcome>>> {
      const out: Partial<Record<SignalType, MatchOutcome>> = {};
      for (const [type, outcome] of await matcher.matchAll(signalsOf(signals), options)) out[type] = outcome;
      counter.record(Object.values(out).flatMap((o) => o.matches.map((m) => m.entryId)));
      return out;
    },

    async lookupMedia(bytes: Uint8Array, contentType: ContentType, requester?: string, options: MatchOptions = {}) {
      const signals = await hashing.hashMedia(requester, bytes, contentType);
      return { signals, outcomes: await this.lookupSignals(signals, options) };
    },

    /** Adds one media's signals to a bank by name; the same media already live there answers its id. */
    async addToBank(
      bankName: string,
      signals: EntrySignals,
      actor: Actor,
      provenance: Record<string, unknown> = {},
    ): Promise<{ id: number; created: boolean }> {
      const bank = await banks.getBank(bankName);
      const [id] = await this.addEntries([{ bankId: bank.id, signals, provenance }], actor, {
        action: 'hashbank.entry-added',
        details: { bank: bankName },
      });
      if (id !== undefined) return { id, created: true };
      const existing = await findLiveTwin(db, bank.id, signals);
      if (existing === undefined) throw new HashbankError('HASHBANK_ENTRY_EXISTS');
      return { id: existing, created: false };
    },

    /** One entry of a named bank (not found when it belongs to another bank). */
    async getBankEntry(bankName: string, id: number) {
      const bank = await banks.getBank(bankName);
      const row = await findEntryOfBank(db, bank.id, id);
      if (!row) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
      return { bank, id: Number(row.id), withdrawn: row.withdrawn_at !== null, provenance: row.provenance };
    },

    /** Two values of one type, at the type's default threshold; vPDQ (frames x frames) on a hashing worker. */
    async compare(type: string, left: string, right: string, requester?: string): Promise<Comparison> {
      if (signalTypeSpecs[parseSignalType(type)].comparison !== 'vpdq') return compareSignals(type, left, right);
      return hashing.compare(requester, type, left, right);
    },

    async close(): Promise<void> {
      if (timer) clearInterval(timer);
      if (flushTimer) clearInterval(flushTimer);
      timer = undefined;
      flushTimer = undefined;
      await flushMatchCounts().catch((error: unknown) => logger.warn({ err: error }, 'match count flush failed'));
      await store.close();
      await hashing.close();
    },
  };
  // The staff console's reads and decisions (staff-bank.ts), over the same writers.
  return Object.assign(service, {
    staff: createStaffBank(base, {
      ready,
      apply: (rows) => store.apply(rows),
      matcher,
      banks,
      provider,
      addEntries: (...args) => service.addEntries(...args),
      withdrawEntry: (...args) => service.withdrawEntry(...args),
    }),
  });
}

export type HashbankService = ReturnType<typeof createHashbankService>;
