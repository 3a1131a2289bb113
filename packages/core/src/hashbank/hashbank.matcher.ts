import { matchVideos, parsePdqHex } from '@vigie/hashing';
import type { SignalType } from '@vigie/contract';
import type { Db } from '../database.ts';
import { createGroupCommit } from '../platform/db/group-commit.ts';
import { findExact, findExactAny } from './entry.repository.ts';
import type { Bank, BankMatch, MatchOutcome, VpdqFrame } from './hashbank.types.ts';
import { CONFIRMED_FLAG, SUSPENDED_FLAG } from './match-index/index-row.ts';
import type { MatchIndexStore } from './match-index/match-index-store.ts';
import { signalTypeSpecs, type ExactSignalType, type ParsedSignal } from './signal-types.ts';

export type MatchOptions = { includeQuarantine?: boolean; bankIds?: ReadonlySet<number> | undefined };

/**
 * Matching against the in-memory index (PDQ, vPDQ) or the database (exact digests, by btree).
 * Disabled banks never match, withdrawn entries are not in the index, and a match in a negative
 * bank (a known false positive) suppresses every other match.
 */
export function createMatcher(db: Db, store: MatchIndexStore) {
  function usable(bank: Bank | undefined, options: MatchOptions): bank is Bank {
    if (!bank || !bank.enabled) return false;
    if (bank.kind === 'quarantine' && !options.includeQuarantine) return false;
    return !options.bankIds || options.bankIds.has(bank.id) || bank.kind === 'negative';
  }

  function toMatch(
    bank: Bank,
    entryId: number,
    tag: number,
    signalType: SignalType,
    distance: number,
    threshold: number,
  ): BankMatch {
    return {
      bankId: bank.id,
      bankName: bank.name,
      bankKind: bank.kind,
      entryId,
      signalType,
      distance,
      threshold,
      confirmed: (tag & CONFIRMED_FLAG) !== 0,
      suspended: (tag & SUSPENDED_FLAG) !== 0,
    };
  }

  async function matchPdq(hex: string, options: MatchOptions): Promise<BankMatch[]> {
    let radius = -1;
    for (const bank of store.banks().values()) if (usable(bank, options)) radius = Math.max(radius, bank.pdqThreshold);
    if (radius < 0) return [];
    const hits = await store.queryPdq(parsePdqHex(hex), radius);
    // Banks as they are now (a bank disabled while the query ran no longer matches).
    const banks = store.banks();
    const out: BankMatch[] = [];
    for (const hit of hits) {
      const bank = banks.get(hit.tag & 0xffff);
      if (usable(bank, options) && hit.distance <= bank.pdqThreshold)
        out.push(toMatch(bank, hit.id, hit.tag, 'pdq', hit.distance, bank.pdqThreshold));
    }
    return out;
  }

  function matchVpdq(frames: VpdqFrame[], options: MatchOptions): BankMatch[] {
    const banks = store.banks();
    const out: BankMatch[] = [];
    // Videos are few next to images: a scan with the field's frame-matching rule.
    for (const [entryId, video] of store.videos()) {
      const bank = banks.get(video.bankId);
      if (!usable(bank, options)) continue;
      const result = matchVideos(frames, video.frames, { distance: bank.vpdqThreshold, quality: bank.minPdqQuality });
      // Distance is the share of query frames not found (0 = every frame found), in percent.
      const distance = Math.round(100 - result.queryMatchPercent);
      const threshold = 100 - bank.vpdqMatchPercent;
      if (distance <= threshold) out.push(toMatch(bank, entryId, video.tag, 'vpdq', distance, threshold));
    }
    return out;
  }

  type ExactRow = Awaited<ReturnType<typeof findExact>>[number];
  type ExactQuery = ReadonlyArray<{ type: ExactSignalType; value: string }>;
  type FoundRow = Awaited<ReturnType<typeof findExactAny>>[number];

  // Media looked up at the same time (a crawler's, a provider's batch) share one query: those that
  // arrive while one runs go together in the next.
  const exactLookups = createGroupCommit<ExactQuery, FoundRow[]>(
    async (batch) => {
      const rows = await findExactAny(db, batch.flat());
      return batch.map((values) => rows.filter((row) => values.some((v) => row[v.type] === v.value)));
    },
    { maxBatch: 256, maxWaiting: 100_000, inFlight: 2 },
  );

  async function matchExact(
    type: ExactSignalType,
    value: string,
    options: MatchOptions,
    found?: readonly ExactRow[],
  ): Promise<BankMatch[]> {
    const rows = found ?? (await findExact(db, type, value));
    const banks = store.banks();
    const out: BankMatch[] = [];
    for (const row of rows) {
      const bank = banks.get(row.bank_id);
      const tag = (row.status === 'confirmed' ? CONFIRMED_FLAG : 0) | (row.suspended_at ? SUSPENDED_FLAG : 0);
      if (usable(bank, options)) out.push(toMatch(bank, Number(row.id), tag, type, 0, 0));
    }
    return out;
  }

  async function match(signal: ParsedSignal, options: MatchOptions, exactRows?: readonly ExactRow[]) {
    await store.ready();
    let all: BankMatch[];
    const lookup = signalTypeSpecs[signal.type].lookup;
    if (lookup === 'video-scan') all = matchVpdq(signal.value as VpdqFrame[], options);
    else if (lookup === 'pdq-index') all = await matchPdq(signal.value as string, options);
    else {
      const type = signal.type as ExactSignalType;
      const rows = exactRows?.filter((r) => (r as Record<string, unknown>)[type] === signal.value);
      all = await matchExact(type, signal.value as string, options, rows);
    }
    return outcomeOf(all);
  }

  return {
    match: (signal: ParsedSignal, options: MatchOptions = {}): Promise<MatchOutcome> => match(signal, options),

    /** Every signal of one media; its exact digests in one query. */
    async matchAll(
      signals: readonly ParsedSignal[],
      options: MatchOptions = {},
    ): Promise<Map<SignalType, MatchOutcome>> {
      const exact = signals.filter((s) => signalTypeSpecs[s.type].lookup === 'btree');
      const rows =
        exact.length > 1
          ? await exactLookups.submit(exact.map((s) => ({ type: s.type as ExactSignalType, value: s.value as string })))
          : undefined;
      const out = new Map<SignalType, MatchOutcome>();
      for (const signal of signals) out.set(signal.type, await match(signal, options, rows));
      return out;
    },
  };

  function outcomeOf(all: BankMatch[]): MatchOutcome {
    const suppressedBy = all.filter((m) => m.bankKind === 'negative');
    const matches = suppressedBy.length > 0 ? [] : all;
    matches.sort((a, b) => a.distance - b.distance || a.entryId - b.entryId);
    return { matches, suppressedBy };
  }
}

export type Matcher = ReturnType<typeof createMatcher>;
