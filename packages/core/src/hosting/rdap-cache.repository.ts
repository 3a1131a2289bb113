import { sql } from 'kysely';
import type { Db } from '../database.ts';

// The RDAP answers cache: one row per URL, replaced when fetched again.

export type CachedAnswer = Readonly<{ url: string; status: number; body: unknown; fetchedAt: Date; expiresAt: Date }>;

export async function findCachedAnswer(db: Db, url: string, now: Date): Promise<CachedAnswer | undefined> {
  const row = await db
    .updateTable('rdap_cache')
    .set({ hits: sql`hits + 1` })
    .where('url', '=', url)
    .where('expires_at', '>', now)
    .returning(['url', 'status', 'body', 'fetched_at', 'expires_at'])
    .executeTakeFirst();
  return row
    ? { url: row.url, status: row.status, body: row.body, fetchedAt: row.fetched_at, expiresAt: row.expires_at }
    : undefined;
}

export async function storeAnswer(db: Db, answer: CachedAnswer): Promise<void> {
  const values = {
    url: answer.url,
    status: answer.status,
    body: answer.body === undefined ? null : JSON.stringify(answer.body),
    fetched_at: answer.fetchedAt,
    expires_at: answer.expiresAt,
  };
  await db
    .insertInto('rdap_cache')
    .values(values)
    .onConflict((oc) =>
      oc.column('url').doUpdateSet({
        status: values.status,
        body: values.body,
        fetched_at: values.fetched_at,
        expires_at: values.expires_at,
      }),
    )
    .execute();
}

/** Forgets answers expired for a day or more (the hourly job). */
export async function deleteExpiredAnswers(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('rdap_cache').where('expires_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
