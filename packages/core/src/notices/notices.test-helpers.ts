import { cliActor } from '../audit/index.ts';
import type { AppContext } from '../context.ts';
import type { Recipient, RecipientResolver } from './notices.types.ts';

/** A provider directory in memory: recipients by the URL's host name (null: nobody known). */
export function memoryResolver(byHost: Readonly<Record<string, Recipient>>): RecipientResolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async resolve({ url }) {
      const host = new URL(url).hostname;
      asked.push(host);
      return byHost[host] ?? null;
    },
  };
}

export function emailRecipient(key: string, address: string, extra: Partial<Recipient> = {}): Recipient {
  return {
    key,
    name: `Provider ${key}`,
    relationship: 'hosts',
    language: 'en',
    batchMinutes: 0,
    country: 'CA',
    asn: 64500,
    xarf: true,
    contacts: [{ channel: 'email', address }],
    ...extra,
  };
}

/** Puts the given media in a notice-and-takedown bank, confirmed, labelled (prepubescent, sexual posing: A2). */
export async function bankMedia(
  ctx: AppContext,
  media: ReadonlyArray<{ bytes: Buffer; kind: 'image' | 'video' }>,
): Promise<number> {
  const bank = await ctx.hashbank.createBank('NOTICE_TEST', {}, cliActor);
  const entries = [];
  for (const m of media) {
    const signals = await ctx.hashbank.hashMedia(m.bytes, m.kind === 'video' ? 'video' : 'photo');
    if (signals.pdqQuality !== undefined && signals.pdqQuality < 50) continue;
    entries.push({
      bankId: bank.id,
      signals,
      uses: ['notice_and_takedown' as const],
      labels: { ageBand: 'prepubescent' as const, activity: 'sexual_posing' as const },
    });
  }
  await ctx.hashbank.addEntries(entries, cliActor, { action: 'test.bank-filled' });
  // Confirmed as two analysts would have (the test stands in for them).
  await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).execute();
  await ctx.hashbank.refresh();
  return entries.length;
}
