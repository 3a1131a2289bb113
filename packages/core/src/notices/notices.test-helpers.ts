import { createHash } from 'node:crypto';
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

let planted = 0;

/**
 * Detections of confirmed material as the crawler records them, without a crawl: a bank entry
 * per URL (made-up digests of the URL's text: no media exists), its media and its detection.
 */
export async function plantDetections(
  ctx: AppContext,
  targets: ReadonlyArray<{ url: string; address?: string }>,
  labels: {
    ageBand?: 'prepubescent' | 'pubescent' | 'unknown';
    activity?: 'sexual_posing' | 'penetrative_sexual_activity';
  } = {
    ageBand: 'prepubescent',
    activity: 'penetrative_sexual_activity',
  },
): Promise<string[]> {
  const bank = await ctx.hashbank.createBank(`PLANTED_${++planted}`, {}, cliActor);
  const digest = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');
  const media = targets.map((target) => ({
    ...target,
    sha256: digest('sha256', `${planted} ${target.url}`),
    sha1: digest('sha1', target.url),
    md5: digest('md5', target.url),
  }));
  const entryIds = await ctx.hashbank.addEntries(
    media.map((m) => ({ bankId: bank.id, signals: { sha256: m.sha256 }, uses: ['notice_and_takedown'], labels })),
    cliActor,
    { action: 'test.bank-filled' },
  );
  await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).where('bank_id', '=', bank.id).execute();
  const at = ctx.now();
  await ctx.db
    .insertInto('media')
    .values(
      media.map((m, i) => ({
        sha256: m.sha256,
        sha1: m.sha1,
        md5: m.md5,
        kind: 'image' as const,
        format: 'png',
        size: 1000,
        state: 'known' as const,
        entry_id: String(entryIds[i]),
        bank_id: bank.id,
        first_seen_at: at,
        last_seen_at: at,
      })),
    )
    .execute();
  const rows = await ctx.db
    .insertInto('detection')
    .values(
      media.map((m, i) => ({
        sha256: m.sha256,
        url: m.url,
        page_url: null,
        address: m.address ?? null,
        entry_id: String(entryIds[i]),
        bank_id: bank.id,
        source: 'crawl' as const,
        notice_state: 'notice_pending' as const,
        first_seen_at: at,
        last_seen_at: at,
      })),
    )
    .returning('id')
    .execute();
  // As the crawler does in its recording transaction.
  await ctx.enqueue(ctx.db, 'notices.prepare-notices', {}, { jobKey: 'notices.prepare' });
  return rows.map((r) => String(r.id));
}
