import type { HashbankService } from '../hashbank.service.ts';
import { signalTypes } from '@vigie/contract';
import { signalTypeSpecs } from '../signal-types.ts';

export type HmaIndexStatus = Record<string, { built_to: number; present: boolean; size: number }>;

/** What HMA's clients ask that the neutral hash bank service answers in its own shapes. */
export function createHmaService(hashbank: HashbankService) {
  return {
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
