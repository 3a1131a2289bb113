import { createHash } from 'node:crypto';
import { cliActor } from '../audit/index.ts';
import type { AppContext } from '../context.ts';

let planted = 0;

/**
 * Detections of confirmed material at URLs that serve the given bytes, as the crawler records
 * them (a bank entry, its media and the detection, notice_pending), without a crawl.
 */
export async function plantServed(
  ctx: AppContext,
  targets: ReadonlyArray<{ url: string; bytes: Buffer; pdq?: string }>,
  at: Date = ctx.now(),
): Promise<string[]> {
  const bank = await ctx.hashbank.createBank(`RECHECK_${++planted}`, {}, cliActor);
  const digest = (algorithm: string, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');
  const media = targets.map((t) => ({ ...t, sha256: digest('sha256', t.bytes) }));
  const fresh = [...new Map(media.map((m) => [m.sha256, m])).values()];
  const known = new Set(
    (
      await ctx.db
        .selectFrom('media')
        .select('sha256')
        .where(
          'sha256',
          'in',
          fresh.map((m) => m.sha256),
        )
        .execute()
    ).map((r) => r.sha256),
  );
  const entryIds = await ctx.hashbank.addEntries(
    fresh.map((m) => ({
      bankId: bank.id,
      signals: { sha256: m.sha256 },
      uses: ['notice_and_takedown'] as const,
      labels: { ageBand: 'prepubescent' as const, activity: 'sexual_posing' as const },
    })),
    cliActor,
    { action: 'test.bank-filled' },
  );
  const entryOf = new Map(fresh.map((m, i) => [m.sha256, String(entryIds[i])]));
  await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).where('bank_id', '=', bank.id).execute();
  const toInsert = fresh.filter((m) => !known.has(m.sha256));
  if (toInsert.length > 0)
    await ctx.db
      .insertInto('media')
      .values(
        toInsert.map((m) => ({
          sha256: m.sha256,
          sha1: digest('sha1', m.bytes),
          md5: digest('md5', m.bytes),
          kind: 'image' as const,
          format: 'png',
          size: m.bytes.length,
          state: 'known' as const,
          entry_id: entryOf.get(m.sha256)!,
          bank_id: bank.id,
          pdq: m.pdq ?? null,
          first_seen_at: at,
          last_seen_at: at,
        })),
      )
      .execute();
  const rows = await ctx.db
    .insertInto('detection')
    .values(
      media.map((m) => ({
        sha256: m.sha256,
        url: m.url,
        page_url: null,
        address: '127.0.0.1',
        entry_id: entryOf.get(m.sha256)!,
        bank_id: bank.id,
        source: 'crawl' as const,
        notice_state: 'notice_pending' as const,
        first_seen_at: at,
        last_seen_at: at,
      })),
    )
    .returning(['id', 'sha256', 'url'])
    .execute();
  await ctx.enqueue(ctx.db, 'notices.prepare-notices', {}, { jobKey: 'notices.prepare' });
  return rows.map((r) => String(r.id));
}
