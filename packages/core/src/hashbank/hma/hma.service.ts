import { signalTypes, type MatchResponse, type SignalType } from '@vigie/contract';
import type { HashbankService } from '../hashbank.service.ts';
import type { MatchOutcome } from '../hashbank.types.ts';
import type { ContentType } from '../media-hashing.ts';
import type { ProviderCaller } from '../provider.service.ts';
import { signalTypeSpecs } from '../signal-types.ts';
import type { FoundMatch } from './hma-format.ts';

/** Who looks up: staff see every bank; an organisation's key sees the banks granted to it. */
export type HmaCaller = { kind: 'staff' } | ({ kind: 'organisation' } & ProviderCaller);

const found = (outcome: MatchOutcome): FoundMatch[] =>
  outcome.matches.map((m) => ({ bank: m.bankName, entryId: m.entryId, distance: m.distance }));

function byType(response: MatchResponse): Partial<Record<SignalType, FoundMatch[]>> {
  return Object.fromEntries(response.results.map((r) => [r.signalType, r.matches.map((m) => ({ ...m }))]));
}

export type HmaIndexStatus = Record<string, { built_to: number; present: boolean; size: number }>;

/** What HMA's clients ask that the neutral hash bank service answers in its own shapes. */
export function createHmaService(hashbank: HashbankService) {
  return {
    /** One signal; an organisation's answer is the providers' API's, grants and entry uses applied. */
    async lookup(caller: HmaCaller, type: string, value: string): Promise<FoundMatch[]> {
      if (caller.kind === 'staff') return found(await hashbank.lookup(type, value));
      const { results } = await hashbank.provider.matchHashes(caller, [{ signalType: type, signal: value }]);
      return results[0]?.matches ?? [];
    },

    /** Every signal of one media, looked up for the caller, by signal type. */
    async lookupMedia(
      caller: HmaCaller,
      { bytes, contentType }: { bytes: Uint8Array; contentType: ContentType },
      requester: string,
    ) {
      if (caller.kind === 'staff') {
        const { outcomes } = await hashbank.lookupMedia(bytes, contentType, requester);
        return Object.fromEntries(Object.entries(outcomes).map(([type, outcome]) => [type, found(outcome)])) as Partial<
          Record<SignalType, FoundMatch[]>
        >;
      }
      const signals = await hashbank.hashMedia(bytes, contentType, requester);
      return byType(await hashbank.provider.matchMediaSignals(caller, signals));
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

    /** HMA's bank content: disabled (-1) once withdrawn. */
    async bankContent(bankName: string, id: number) {
      const entry = await hashbank.getBankEntry(bankName, id);
      return {
        id: entry.id,
        disable_until_ts: entry.withdrawn ? -1 : 0,
        collab_metadata: {},
        original_media_uri: null,
        bank: entry.bank,
      };
    },
  };
}

export type HmaService = ReturnType<typeof createHmaService>;
