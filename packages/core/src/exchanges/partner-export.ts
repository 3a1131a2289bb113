import type { HashListEntry } from '@vigie/contract';
import type { Actor } from '../audit/index.ts';
import type { HashbankService } from '../hashbank/index.ts';
import { publicKeyInfo, signingKeyFromSeed } from '../platform/signing-key.ts';
import { signExport } from './exchange-export.ts';

// A partner's export: what its grants let it see of the bank (the providers' hash list read to
// its end, live entries only, at each grant's classification tier), as one JSON file, signed.

export function createPartnerExports(hashbank: HashbankService, seed: Buffer, now: () => Date) {
  const keys = signingKeyFromSeed(seed);
  const info = publicKeyInfo(keys.publicKey);
  return {
    signingKey: () => info,
    async exportFor(organisationId: string, actor: Actor) {
      const latest = new Map<number, HashListEntry>();
      let since: string | undefined;
      for (;;) {
        const page = await hashbank.provider.hashList({ organisationId, actor }, since, 5000);
        for (const entry of page.entries) latest.set(entry.entryId, entry);
        since = page.cursor;
        if (!page.more) break;
      }
      const entries = [...latest.values()].filter((e) => !e.withdrawn).sort((a, b) => a.entryId - b.entryId);
      const document = {
        format: 'vigie-hash-list/1',
        organisationId,
        generatedAt: now().toISOString(),
        cursor: since,
        signingKey: info.fingerprint,
        entries,
      };
      const bytes = Buffer.from(`${JSON.stringify(document)}\n`);
      return { bytes, signature: signExport(keys.privateKey, bytes), fingerprint: info.fingerprint };
    },
  };
}
export type PartnerExports = ReturnType<typeof createPartnerExports>;
