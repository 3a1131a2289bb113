import { createHash, randomUUID } from 'node:crypto';
import { cliActor } from '../audit/index.ts';
import type { AppContext } from '../context.ts';

// Confirmed material "detected" at made-up example.test addresses (made-up digests: no media
// exists), and removal notices sent some days ago, as the crawler and notices would record them.

let planted = 0;

export async function plantConfirmed(
  ctx: AppContext,
  urls: readonly string[],
  ageBand: 'prepubescent' | 'pubescent' | 'infant_toddler' = 'prepubescent',
): Promise<void> {
  const bank = await ctx.hashbank.createBank(`BLOCKLIST_${++planted}_${process.pid}`, {}, cliActor);
  const digest = (algorithm: string, text: string) => createHash(algorithm).update(`${planted} ${text}`).digest('hex');
  const entryIds = await ctx.hashbank.addEntries(
    urls.map((url) => ({
      bankId: bank.id,
      signals: { sha256: digest('sha256', url) },
      uses: ['notice_and_takedown' as const],
      labels: { ageBand, activity: 'sexual_posing' as const },
    })),
    cliActor,
    { action: 'test.bank-filled' },
  );
  await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).where('bank_id', '=', bank.id).execute();
  const at = ctx.now();
  for (const [i, url] of urls.entries()) {
    const sha256 = digest('sha256', url);
    await ctx.db
      .insertInto('media')
      .values({
        sha256,
        sha1: digest('sha1', url),
        md5: digest('md5', url),
        kind: 'image',
        format: 'png',
        size: 1000,
        state: 'known',
        entry_id: String(entryIds[i]),
        bank_id: bank.id,
        first_seen_at: at,
        last_seen_at: at,
      })
      .execute();
    await ctx.db
      .insertInto('detection')
      .values({
        sha256,
        url,
        page_url: null,
        address: '192.0.2.10',
        entry_id: String(entryIds[i]),
        bank_id: bank.id,
        source: 'crawl',
        notice_state: 'in_notice',
        first_seen_at: at,
        last_seen_at: at,
      })
      .execute();
  }
}

/** A removal notice for `urls`, sent `daysAgo` days before the context's clock. */
export async function plantSentNotice(ctx: AppContext, urls: readonly string[], daysAgo: number): Promise<void> {
  const id = randomUUID();
  const sentAt = new Date(ctx.now().getTime() - daysAgo * 86_400_000);
  await ctx.db
    .insertInto('notice')
    .values({
      id,
      recipient_key: `host-${id}`,
      recipient: JSON.stringify({ key: `host-${id}`, name: 'Example host', contacts: [] }),
      language: 'en',
      origin: 'automatic',
      status: 'sent',
      due_at: sentAt,
      token_hash: createHash('sha256').update(id).digest('hex'),
      created_at: sentAt,
      queued_at: sentAt,
      sent_at: sentAt,
    })
    .execute();
  await ctx.db
    .insertInto('notice_url')
    .values(
      urls.map((url) => ({
        notice_id: id,
        url,
        sha256: createHash('sha256').update(url).digest('hex'),
        first_seen_at: sentAt,
      })),
    )
    .execute();
}
