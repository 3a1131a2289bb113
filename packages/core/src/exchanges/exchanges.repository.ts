import { sql } from 'kysely';
import type { ExchangeApi, ExchangeFeedbackState, FeedbackVerdict } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { SchemeRow } from './label-mapping.ts';

// Every query of the exchanges feature.

export type ExchangeRow = Awaited<ReturnType<typeof findExchangeById>> & {};

const live = (db: Db) => db.selectFrom('exchange').selectAll().where('deleted_at', 'is', null);

export async function findExchangeById(db: Db, id: number) {
  return db.selectFrom('exchange').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findExchangeByName(db: Db, name: string) {
  return live(db).where('name', '=', name).executeTakeFirst();
}

export async function listExchanges(db: Db) {
  return live(db).orderBy('name').execute();
}

export async function lockExchange(trx: Db, id: number) {
  return trx.selectFrom('exchange').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertExchange(
  trx: Db,
  row: {
    name: string;
    bank_id: number;
    api: ExchangeApi;
    settings: Record<string, unknown>;
    enabled: boolean;
    interval_minutes: number;
    now: Date;
  },
) {
  return trx
    .insertInto('exchange')
    .values({
      name: row.name,
      bank_id: row.bank_id,
      api: row.api,
      settings: JSON.stringify(row.settings),
      checkpoint: '{}',
      enabled: row.enabled,
      interval_minutes: row.interval_minutes,
      next_fetch_at: row.now,
      created_at: row.now,
      updated_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type ExchangeChanges = Partial<{
  settings: Record<string, unknown>;
  checkpoint: Record<string, unknown>;
  credentials: Buffer | null;
  enabled: boolean;
  interval_minutes: number;
  pass: number;
  next_fetch_at: Date;
  running_since: Date | null;
  last_fetch_started_at: Date;
  last_fetch_completed_at: Date;
  last_success_at: Date;
  last_fetch_succeeded: boolean;
  last_error: string | null;
  checkpoint_at: Date | null;
  up_to_date: boolean;
  deleted_at: Date;
}>;

export async function updateExchange(trx: Db, id: number, changes: ExchangeChanges, now: Date): Promise<void> {
  const { settings, checkpoint, ...rest } = changes;
  await trx
    .updateTable('exchange')
    .set({
      ...rest,
      ...(settings ? { settings: JSON.stringify(settings) } : {}),
      ...(checkpoint ? { checkpoint: JSON.stringify(checkpoint) } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function addCounts(
  trx: Db,
  id: number,
  counts: { fetched: number; added: number; withdrawn: number; skipped: number },
): Promise<void> {
  await trx
    .updateTable('exchange')
    .set({
      fetched: sql`fetched + ${counts.fetched}`,
      added: sql`added + ${counts.added}`,
      withdrawn: sql`withdrawn + ${counts.withdrawn}`,
      skipped: sql`skipped + ${counts.skipped}`,
    })
    .where('id', '=', id)
    .execute();
}

export async function dueExchangeIds(db: Db, now: Date): Promise<number[]> {
  const rows = await live(db)
    .clearSelect()
    .select('id')
    .where('enabled', '=', true)
    .where('next_fetch_at', '<=', now)
    .execute();
  return rows.map((r) => r.id);
}

export async function readApiCredential(db: Db, api: ExchangeApi): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('exchange_api_credential')
    .select('credentials')
    .where('api', '=', api)
    .executeTakeFirst();
  return row?.credentials;
}

export async function writeApiCredential(trx: Db, api: ExchangeApi, sealed: Buffer | null, now: Date): Promise<void> {
  if (!sealed) {
    await trx.deleteFrom('exchange_api_credential').where('api', '=', api).execute();
    return;
  }
  await trx
    .insertInto('exchange_api_credential')
    .values({ api, credentials: sealed, updated_at: now })
    .onConflict((oc) => oc.column('api').doUpdateSet({ credentials: sealed, updated_at: now }))
    .execute();
}

export async function readItem(trx: Db, exchangeId: number, remoteId: string) {
  return trx
    .selectFrom('exchange_item')
    .selectAll()
    .where('exchange_id', '=', exchangeId)
    .where('remote_id', '=', remoteId)
    .executeTakeFirst();
}

export async function writeItem(
  trx: Db,
  row: { exchangeId: number; remoteId: string; entryId: number | null; digest: string; deleted: boolean; pass: number },
  now: Date,
): Promise<void> {
  const values = {
    entry_id: row.entryId,
    digest: row.digest,
    deleted: row.deleted,
    seen_pass: row.pass,
    updated_at: now,
  };
  await trx
    .insertInto('exchange_item')
    .values({ exchange_id: row.exchangeId, remote_id: row.remoteId, ...values })
    .onConflict((oc) => oc.columns(['exchange_id', 'remote_id']).doUpdateSet(values))
    .execute();
}

export async function markSeen(trx: Db, exchangeId: number, remoteId: string, pass: number): Promise<void> {
  await trx
    .updateTable('exchange_item')
    .set({ seen_pass: pass })
    .where('exchange_id', '=', exchangeId)
    .where('remote_id', '=', remoteId)
    .execute();
}

/** Whether another live item (of any exchange) still stands behind the entry. */
export async function entryHasOtherItem(trx: Db, entryId: number, exchangeId: number, remoteId: string) {
  const row = await trx
    .selectFrom('exchange_item')
    .select('remote_id')
    .where('entry_id', '=', entryId)
    .where('deleted', '=', false)
    .where((eb) => eb.or([eb('exchange_id', '<>', exchangeId), eb('remote_id', '<>', remoteId)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** Items a finished snapshot pass did not see (still live here). */
export async function listUnseenItems(trx: Db, exchangeId: number, pass: number, limit: number) {
  return trx
    .selectFrom('exchange_item')
    .select(['remote_id', 'entry_id'])
    .where('exchange_id', '=', exchangeId)
    .where('deleted', '=', false)
    .where('seen_pass', '<', pass)
    .limit(limit)
    .execute();
}

export async function countLiveItems(db: Db, exchangeId: number): Promise<number> {
  const row = await db
    .selectFrom('exchange_item')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('exchange_id', '=', exchangeId)
    .where('deleted', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findItemOfEntry(db: Db, exchangeId: number, entryId: number) {
  return db
    .selectFrom('exchange_item')
    .innerJoin('bank_entry', 'bank_entry.id', 'exchange_item.entry_id')
    .select(['exchange_item.remote_id', 'bank_entry.provenance'])
    .where('exchange_item.exchange_id', '=', exchangeId)
    .where('exchange_item.entry_id', '=', entryId)
    .executeTakeFirst();
}

export async function insertFeedback(
  trx: Db,
  row: { exchangeId: number; entryId: number; remoteId: string; verdict: FeedbackVerdict },
  now: Date,
): Promise<number> {
  const inserted = await trx
    .insertInto('exchange_feedback')
    .values({
      exchange_id: row.exchangeId,
      entry_id: row.entryId,
      remote_id: row.remoteId,
      verdict: row.verdict,
      detail: null,
      created_at: now,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function readFeedback(db: Db, id: number) {
  return db.selectFrom('exchange_feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function finishFeedback(
  trx: Db,
  id: number,
  state: ExchangeFeedbackState,
  detail: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('exchange_feedback')
    .set({ state, detail, attempts: sql`attempts + 1`, sent_at: state === 'sent' ? now : null })
    .where('id', '=', id)
    .execute();
}

export async function readSchemeRows(db: Db): Promise<SchemeRow[]> {
  return db.selectFrom('legal_scheme_category').select(['scheme', 'age_band', 'activity', 'category']).execute();
}
