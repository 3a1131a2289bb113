import { sql } from 'kysely';
import type { BlocklistAppealState, NoticeLanguage } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { BlocklistAppeal, BlocklistVersion, FeedItem } from './blocklist.types.ts';

// Every query of the feed's versions, the appeals and the providers' fetch log.

const toVersion = (r: {
  version: number;
  published_at: Date;
  entries: number;
  urls: number;
  domains: number;
  added: number;
  removed: number;
}): BlocklistVersion => ({
  version: r.version,
  publishedAt: r.published_at,
  entries: r.entries,
  urls: r.urls,
  domains: r.domains,
  added: r.added,
  removed: r.removed,
});

/** One publisher at a time across every process (the version number is also the primary key). */
export async function lockPublishing(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('vigie blocklist publish'))`.execute(trx);
}

export async function selectVersion(db: Db, version?: number): Promise<BlocklistVersion | undefined> {
  let q = db.selectFrom('blocklist_version').selectAll();
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  const row = await q.executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

export async function selectVersions(db: Db, limit: number): Promise<BlocklistVersion[]> {
  const rows = await db.selectFrom('blocklist_version').selectAll().orderBy('version', 'desc').limit(limit).execute();
  return rows.map(toVersion);
}

/** The entries listed now, as the next version would publish them. */
export async function selectListed(trx: Db): Promise<Array<FeedItem & { entryId: string }>> {
  const rows = await trx
    .selectFrom('blocklist_entry')
    .select(['id', 'kind', 'value', 'sha256'])
    .where('state', '=', 'listed')
    .orderBy('kind')
    .orderBy('value')
    .execute();
  return rows.map((r) => ({ kind: r.kind, value: r.value, sha256: r.sha256, entryId: r.id }));
}

export async function selectVersionItems(db: Db, version: number): Promise<FeedItem[]> {
  return db
    .selectFrom('blocklist_version_item')
    .select(['kind', 'value', 'sha256'])
    .where('version', '=', version)
    .orderBy('kind')
    .orderBy('value')
    .execute();
}

export async function insertVersion(
  trx: Db,
  version: BlocklistVersion,
  items: ReadonlyArray<FeedItem & { entryId: string }>,
): Promise<void> {
  await trx
    .insertInto('blocklist_version')
    .values({
      version: version.version,
      published_at: version.publishedAt,
      entries: version.entries,
      urls: version.urls,
      domains: version.domains,
      added: version.added,
      removed: version.removed,
    })
    .execute();
  for (let i = 0; i < items.length; i += 1000)
    await trx
      .insertInto('blocklist_version_item')
      .values(
        items.slice(i, i + 1000).map((item) => ({
          version: version.version,
          kind: item.kind,
          value: item.value,
          sha256: item.sha256,
          entry_id: item.entryId,
        })),
      )
      .execute();
}

/** What `to` has that `from` has not (added) and the reverse (removed); version 0 has nothing. */
export async function selectDelta(db: Db, from: number, to: number) {
  const side = async (present: number, absent: number): Promise<FeedItem[]> =>
    db
      .selectFrom('blocklist_version_item as a')
      .select(['a.kind', 'a.value', 'a.sha256'])
      .where('a.version', '=', present)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('blocklist_version_item as b')
              .select('b.value')
              .where('b.version', '=', absent)
              .whereRef('b.kind', '=', 'a.kind')
              .whereRef('b.value', '=', 'a.value'),
          ),
        ),
      )
      .orderBy('a.kind')
      .orderBy('a.value')
      .execute();
  return { added: await side(to, from), removed: await side(from, to) };
}

// --- Appeals ---

export async function insertAppeal(
  trx: Db,
  appeal: {
    id: string;
    address: string;
    entryId: string | null;
    contact: string;
    reason: string;
    language: NoticeLanguage;
  },
  at: Date,
): Promise<void> {
  await trx
    .insertInto('blocklist_appeal')
    .values({
      id: appeal.id,
      address: appeal.address,
      entry_id: appeal.entryId,
      contact: appeal.contact,
      reason: appeal.reason,
      language: appeal.language,
      submitted_at: at,
    })
    .execute();
}

function appealsQuery(db: Db) {
  return db
    .selectFrom('blocklist_appeal as a')
    .leftJoin('blocklist_entry as e', 'e.id', 'a.entry_id')
    .select([
      'a.id',
      'a.address',
      'a.entry_id',
      'e.state as entry_state',
      'a.contact',
      'a.reason',
      'a.language',
      'a.state',
      'a.submitted_at',
      'a.decided_at',
      'a.decision_note',
    ]);
}

type AppealRow = Awaited<ReturnType<ReturnType<typeof appealsQuery>['executeTakeFirstOrThrow']>>;
const toAppeal = (r: AppealRow): BlocklistAppeal => ({
  id: r.id,
  address: r.address,
  entryId: r.entry_id,
  entryState: r.entry_state ?? null,
  contact: r.contact,
  reason: r.reason,
  language: r.language,
  state: r.state,
  submittedAt: r.submitted_at,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

export async function selectAppeals(db: Db, state: BlocklistAppealState | undefined, limit: number) {
  let q = appealsQuery(db);
  if (state) q = q.where('a.state', '=', state);
  const rows = await q.orderBy('a.submitted_at').limit(limit).execute();
  return rows.map(toAppeal);
}

export async function selectAppeal(trx: Db, id: string, lock = false): Promise<BlocklistAppeal | undefined> {
  if (lock) await trx.selectFrom('blocklist_appeal').select('id').where('id', '=', id).forUpdate().execute();
  const row = await appealsQuery(trx).where('a.id', '=', id).executeTakeFirst();
  return row ? toAppeal(row) : undefined;
}

export async function decideAppeal(
  trx: Db,
  id: string,
  decision: { state: 'upheld' | 'rejected'; by: string; note: string },
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('blocklist_appeal')
    .set({ state: decision.state, decided_at: at, decided_by: decision.by, decision_note: decision.note })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- Fetch log ---

export async function insertFetch(
  db: Db,
  fetch: { organisationId: string; apiKeyId: string | null; file: string; version: number | null },
  at: Date,
): Promise<void> {
  await db
    .insertInto('blocklist_fetch')
    .values({
      organisation_id: fetch.organisationId,
      api_key_id: fetch.apiKeyId,
      file: fetch.file,
      version: fetch.version,
      at,
    })
    .execute();
}

export async function selectFetches(db: Db, limit: number) {
  return db
    .selectFrom('blocklist_fetch as f')
    .innerJoin('organisation as o', 'o.id', 'f.organisation_id')
    .select(['o.name as organisation', 'f.file', 'f.version', 'f.at'])
    .orderBy('f.id', 'desc')
    .limit(limit)
    .execute();
}
