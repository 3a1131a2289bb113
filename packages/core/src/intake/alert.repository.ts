import type { Db } from '../database.ts';

// The console's view of public alerts: every state (the tipline's query, listAlerts, reads
// published ones only).

export type AlertRecord = {
  id: string;
  title: string;
  body: string;
  language: string;
  state: 'draft' | 'published' | 'withdrawn';
  createdAt: string;
  publishedAt: string | null;
  withdrawnAt: string | null;
};

const columns = ['id', 'title', 'body', 'language', 'state', 'created_at', 'published_at', 'withdrawn_at'] as const;
type Row = {
  id: string;
  title: string;
  body: string;
  language: string;
  state: AlertRecord['state'];
  created_at: Date;
  published_at: Date | null;
  withdrawn_at: Date | null;
};

function toRecord(row: Row): AlertRecord {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    language: row.language,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  };
}

/** Every alert, drafts first, then the newest. */
export async function listAllAlerts(db: Db, limit: number): Promise<AlertRecord[]> {
  const rows = await db
    .selectFrom('public_alert')
    .select(columns)
    .orderBy((eb) => eb.case().when('state', '=', 'draft').then(0).else(1).end())
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

export async function insertAlertDraft(
  trx: Db,
  draft: { title: string; body: string; language: string; createdBy: string | null; at: Date },
): Promise<AlertRecord> {
  const row = await trx
    .insertInto('public_alert')
    .values({
      title: draft.title,
      body: draft.body,
      language: draft.language,
      state: 'draft',
      published_at: null,
      published_by: null,
      created_at: draft.at,
      created_by: draft.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/** Publishes a draft; undefined when the id is not a draft (any more). */
export async function publishAlertDraft(
  trx: Db,
  id: string,
  by: string | null,
  at: Date,
): Promise<AlertRecord | undefined> {
  const row = await trx
    .updateTable('public_alert')
    .set({ state: 'published', published_at: at, published_by: by })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .returning(columns)
    .executeTakeFirst();
  return row && toRecord(row);
}
