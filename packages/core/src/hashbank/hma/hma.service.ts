import { createHash } from 'node:crypto';
import { signalTypes, type MatchResponse, type SignalType } from '@vigie/contract';
import type { HashbankService } from '../hashbank.service.ts';
import type { EntrySignals, MatchOutcome } from '../hashbank.types.ts';
import type { ContentType } from '../media-hashing.ts';
import type { ProviderCaller } from '../provider.service.ts';
import { signalTypeSpecs } from '../signal-types.ts';
import type { FoundMatch } from './hma-format.ts';

/** Who looks up: staff see every bank; an organisation's key sees the banks granted to it. */
export type HmaCaller = { kind: 'staff' } | ({ kind: 'organisation' } & ProviderCaller);

/** HMA's lookup options: `banks` narrows, the coin flip drops banks whose ratio it exceeds. */
export type HmaLookupOptions = Readonly<{ banks?: string | undefined; seed?: string | undefined; bypass?: boolean }>;

const found = (outcome: MatchOutcome): FoundMatch[] =>
  outcome.matches.map((m) => ({ bank: m.bankName, entryId: m.entryId, distance: m.distance }));

function byType(response: MatchResponse): Partial<Record<SignalType, FoundMatch[]>> {
  return Object.fromEntries(response.results.map((r) => [r.signalType, r.matches.map((m) => ({ ...m }))]));
}

/**
 * HMA's coin flip: one draw in [0, 1) per lookup; a bank takes part when its ratio is at least the
 * draw, so 1 always does and 0 only when bypassed (the draw is then 0, as in HMA). A seed makes
 * the draw repeatable (HMA seeds Python's generator; Vigie hashes the seed: same idea, other values).
 */
export function coinFlip(seed: string | undefined, bypass: boolean): number {
  if (bypass) return 0;
  if (seed === undefined) return Math.random();
  return createHash('sha256').update(seed).digest().readUIntBE(0, 6) / 2 ** 48;
}

export type HmaIndexStatus = Record<string, { built_to: number; present: boolean; size: number }>;

/** What HMA's clients ask that the neutral hash bank service answers in its own shapes. */
export function createHmaService(hashbank: HashbankService) {
  /** Drops matches of banks outside `banks` or losing the coin flip. */
  function narrow<T extends readonly FoundMatch[]>(
    byKey: Record<string, T>,
    options: HmaLookupOptions,
  ): Record<string, FoundMatch[]> {
    const all = Object.values(byKey).flat();
    if (all.length === 0) return Object.fromEntries(Object.keys(byKey).map((k) => [k, []]));
    const wanted = options.banks ? new Set(options.banks.split(',')) : undefined;
    const draw = coinFlip(options.seed, options.bypass ?? false);
    // The banks the match was made against (this process's, current once a bank's change reaches it).
    const ratios = hashbank.matchingRatios();
    const keep = (m: FoundMatch) => (wanted === undefined || wanted.has(m.bank)) && (ratios.get(m.bank) ?? 0) >= draw;
    return Object.fromEntries(Object.entries(byKey).map(([k, matches]) => [k, matches.filter(keep)]));
  }

  async function matchSignals(caller: HmaCaller, signals: EntrySignals) {
    if (caller.kind === 'staff') {
      const outcomes = await hashbank.lookupSignals(signals);
      return Object.fromEntries(Object.entries(outcomes).map(([type, outcome]) => [type, found(outcome)])) as Partial<
        Record<SignalType, FoundMatch[]>
      >;
    }
    return byType(await hashbank.provider.matchMediaSignals(caller, signals));
  }

  async function rawLookup(caller: HmaCaller, type: string, value: string): Promise<FoundMatch[]> {
    if (caller.kind === 'staff') return found(await hashbank.lookup(type, value));
    const { results } = await hashbank.provider.matchHashes(caller, [{ signalType: type, signal: value }]);
    return results[0]?.matches ?? [];
  }

  return {
    /** One signal, grants and entry uses applied (an organisation's answer is the providers' API's). */
    async lookup(caller: HmaCaller, type: string, value: string, options: HmaLookupOptions): Promise<FoundMatch[]> {
      return narrow({ [type]: await rawLookup(caller, type, value) }, options)[type] ?? [];
    },

    /** HMA's raw lookup: no coin flip (nor, in HMA, any enabled check); grants still apply. */
    async rawLookup(caller: HmaCaller, type: string, value: string, banks: string | undefined) {
      return narrow({ [type]: await rawLookup(caller, type, value) }, { banks, bypass: true })[type] ?? [];
    },

    /** Every signal of hashed media, looked up for the caller, by signal type. */
    async lookupSignals(caller: HmaCaller, signals: EntrySignals, options: HmaLookupOptions) {
      const matches = (await matchSignals(caller, signals)) as Record<string, FoundMatch[]>;
      return narrow(matches, options) as Partial<Record<SignalType, FoundMatch[]>>;
    },

    /** Every signal of one media, hashed here, looked up for the caller, by signal type. */
    async lookupMedia(
      caller: HmaCaller,
      { bytes, contentType }: { bytes: Uint8Array; contentType: ContentType },
      requester: string,
      options: HmaLookupOptions,
    ) {
      const signals = await hashbank.hashMedia(bytes, contentType, requester);
      return this.lookupSignals(caller, signals, options);
    },

    /** Per signal type with an in-memory index: built_to in unix seconds (-1 before the first build). */
    async indexStatus(): Promise<HmaIndexStatus> {
      const s = await hashbank.indexStatus();
      const builtTo = s.refreshedAt ? Math.floor(s.refreshedAt.getTime() / 1000) : -1;
      const sizes = { 'pdq-index': s.pdqSize, 'video-scan': s.vpdqSize, btree: 0 };
      const out: HmaIndexStatus = {};
      for (const type of signalTypes) {
        const { lookup } = signalTypeSpecs[type];
        if (lookup !== 'btree') out[type] = { built_to: builtTo, present: true, size: sizes[lookup] };
      }
      return out;
    },

    /** HMA's bank content: enabled (1), disabled (0) once withdrawn; the metadata it was banked with. */
    async bankContent(bankName: string, id: number) {
      const entry = await hashbank.getBankEntry(bankName, id);
      const provenance = (entry.provenance ?? {}) as Record<string, unknown>;
      const metadata = provenance.metadata as Record<string, unknown> | undefined;
      const note = typeof provenance.note === 'string' ? provenance.note : undefined;
      return {
        id: entry.id,
        disable_until_ts: entry.withdrawn ? 0 : 1,
        original_media_uri: null,
        bank: entry.bank,
        ...(metadata ? { metadata } : {}),
        ...(note ? { note } : {}),
      };
    },
  };
}

export type HmaService = ReturnType<typeof createHmaService>;
