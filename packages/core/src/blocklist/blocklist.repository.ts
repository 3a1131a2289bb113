import { sql } from 'kysely';
import type {
  BlocklistDelistReason,
  BlocklistEntryKind,
  BlocklistEntryState,
  BlocklistEventKind,
} from '@vigie/contract';
import type { Db } from '../database.ts';
import type { BlocklistEntry, BlocklistEvent } from './blocklist.types.ts';

// Every query of the blocklist's entries, approvals and history. Versions, appeals and fetches
// are in feed.repository.ts.

const entryColumns = [
  'e.id',
  'e.kind',
  'e.value',
  'e.sha256',
  'e.original',
  'e.state',
  'e.delisted_reason',
  'e.report_id',
  'e.decision_id',
  'e.nominated_by',
  'e.note',
  'e.nominated_at',
  'e.listed_at',
  'e.delisted_at',
] as const;

function entriesQuery(db: Db) {
  return db
    .selectFrom('blocklist_entry as e')
    .select(entryColumns)
    .select((eb) =>
      eb
        .selectFrom('blocklist_approval as a')
        .whereRef('a.entry_id', '=', 'e.id')
        .select((x) => x.fn.countAll<string>().as('n'))
        .as('approvals'),
    );
}

type EntryRow = {
  id: string;
  kind: BlocklistEntryKind;
  value: string;
  sha256: string;
  original: string;
  state: BlocklistEntryState;
  delisted_reason: BlocklistDelistReason | null;
  report_id: string | null;
  decision_id: string | null;
  nominated_by: string | null;
  note: string | null;
  nominated_at: Date;
  listed_at: Date | null;
  delisted_at: Date | null;
  approvals: string | number | null;
};

const toEntry = (r: EntryRow): BlocklistEntry => ({
  id: r.id,
  kind: r.kind,
  value: r.value,
  sha256: r.sha256,
  original: r.original,
  state: r.state,
  delistedReason: r.delisted_reason,
  reportId: r.report_id,
  decisionId: r.decision_id,
  nominatedBy: r.nominated_by,
  note: r.note,
  approvals: Number(r.approvals ?? 0),
  nominatedAt: r.nominated_at,
  listedAt: r.listed_at,
  delistedAt: r.delisted_at,
});

export type NewEntry = {
  id: string;
  kind: BlocklistEntryKind;
  value: string;
  sha256: string;
  original: string;
  reportId: string | null;
  decisionId: string | null;
  nominatedBy: string;
  note: string | null;
};

/** Inserts the entries no live entry has yet; returns the ids it inserted. */
export async function insertEntries(trx: Db, entries: readonly NewEntry[], at: Date): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const rows = await trx
    .insertInto('blocklist_entry')
    .values(
      entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        value: e.value,
        sha256: e.sha256,
        original: e.original,
        report_id: e.reportId,
        decision_id: e.decisionId,
        nominated_by: e.nominatedBy,
        note: e.note,
        nominated_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['kind', 'value']).where('state', 'in', ['nominated', 'listed']).doNothing())
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The live (nominated or listed) entries for these values. */
export async function selectLiveEntries(db: Db, kind: BlocklistEntryKind, values: readonly string[]) {
  if (values.length === 0) return [];
  const rows = await entriesQuery(db)
    .where('e.kind', '=', kind)
    .where('e.value', 'in', values as string[])
    .where('e.state', 'in', ['nominated', 'listed'])
    .execute();
  return rows.map((r) => toEntry(r as EntryRow));
}

export async function selectEntry(db: Db, id: string, lock = false): Promise<BlocklistEntry | undefined> {
  if (lock) await db.selectFrom('blocklist_entry').select('id').where('id', '=', id).forUpdate().execute();
  const row = await entriesQuery(db).where('e.id', '=', id).executeTakeFirst();
  return row ? toEntry(row as EntryRow) : undefined;
}

export async function selectEntries(db: Db, query: { state?: BlocklistEntryState; limit: number }) {
  let q = entriesQuery(db);
  if (query.state) q = q.where('e.state', '=', query.state);
  const rows = await q.orderBy('e.nominated_at', 'desc').orderBy('e.id').limit(query.limit).execute();
  return rows.map((r) => toEntry(r as EntryRow));
}

/** Locks the live URL entries written `value` (a re-check found its content gone). */
export async function lockLiveUrlEntries(trx: Db, value: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('blocklist_entry')
    .select('id')
    .where('kind', '=', 'url')
    .where('value', '=', value)
    .where('state', 'in', ['nominated', 'listed'])
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

/** Records an analyst's approval; false when that analyst had already approved. */
export async function insertApproval(trx: Db, entryId: string, staffId: string, at: Date): Promise<boolean> {
  const rows = await trx
    .insertInto('blocklist_approval')
    .values({ entry_id: entryId, staff_id: staffId, at })
    .onConflict((oc) => oc.columns(['entry_id', 'staff_id']).doNothing())
    .returning('staff_id')
    .execute();
  return rows.length === 1;
}

export async function selectApprovers(db: Db, entryId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('blocklist_approval')
    .select('staff_id')
    .where('entry_id', '=', entryId)
    .orderBy('at')
    .execute();
  return rows.map((r) => r.staff_id);
}

export async function setEntryState(
  trx: Db,
  id: string,
  state: BlocklistEntryState,
  at: Date,
  change: { listedAt?: Date; delistedAt?: Date; delistedReason?: BlocklistDelistReason },
  onlyFrom: readonly BlocklistEntryState[],
): Promise<boolean> {
  const result = await trx
    .updateTable('blocklist_entry')
    .set({
      state,
      updated_at: at,
      ...(change.listedAt ? { listed_at: change.listedAt } : {}),
      ...(change.delistedAt ? { delisted_at: change.delistedAt } : {}),
      ...(change.delistedReason ? { delisted_reason: change.delistedReason } : {}),
    })
    .where('id', '=', id)
    .where('state', 'in', onlyFrom as BlocklistEntryState[])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendEntryEvent(
  trx: Db,
  entryId: string,
  kind: BlocklistEventKind,
  at: Date,
  details: Record<string, unknown>,
  actor: string | null,
): Promise<void> {
  await trx
    .insertInto('blocklist_event')
    .values({ entry_id: entryId, kind, at, actor, details: JSON.stringify(details) })
    .execute();
}

export async function selectEntryEvents(db: Db, entryId: string): Promise<BlocklistEvent[]> {
  const rows = await db
    .selectFrom('blocklist_event')
    .select(['kind', 'at', 'actor', 'details'])
    .where('entry_id', '=', entryId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kind: r.kind, at: r.at, actor: r.actor, details: r.details }));
}

// --- Inclusion criteria: what the crawler and notices recorded about an address. ---

/** Where an entry's material may have been recorded: the URLs it stands for, or every URL on its host. */
function addressFilter(kind: BlocklistEntryKind, value: string, column: string) {
  if (kind === 'url') return sql<boolean>`${sql.ref(column)} in (${'http://' + value}, ${'https://' + value})`;
  const host = sql`lower(substring(${sql.ref(column)} from '^[a-z]+://([^/:?#]+)'))`;
  return sql<boolean>`(${host} = ${value} or ${host} like ${'%.' + value})`;
}

/** Age bands of confirmed material detected at the address (media URL or the page it was on). */
export async function selectConfirmedAgeBands(db: Db, kind: BlocklistEntryKind, value: string, original: string) {
  const rows = await db
    .selectFrom('detection as d')
    .innerJoin('bank_entry as b', 'b.id', 'd.entry_id')
    .select('b.age_band')
    .distinct()
    .where('b.status', '=', 'confirmed')
    .where('b.withdrawn_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb(addressFilter(kind, value, 'd.url'), '=', true),
        eb(addressFilter(kind, value, 'd.page_url'), '=', true),
        ...(kind === 'url' ? [eb('d.url', '=', original), eb('d.page_url', '=', original)] : []),
      ]),
    )
    .execute();
  return rows.map((r) => r.age_band ?? 'unknown');
}

/** When the first removal notice for the address was sent (null: none sent). */
export async function selectFirstNoticeSent(db: Db, kind: BlocklistEntryKind, value: string, original: string) {
  const row = await db
    .selectFrom('notice_url as u')
    .innerJoin('notice as n', 'n.id', 'u.notice_id')
    .select((eb) => eb.fn.min('n.sent_at').as('first'))
    .where('n.sent_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb(addressFilter(kind, value, 'u.url'), '=', true),
        eb(addressFilter(kind, value, 'u.page_url'), '=', true),
        ...(kind === 'url' ? [eb('u.url', '=', original), eb('u.page_url', '=', original)] : []),
      ]),
    )
    .executeTakeFirst();
  return (row?.first as Date | null | undefined) ?? null;
}

/**
 * When re-checks confirmed the content at a URL removed: every re-check of it (one per media at
 * that address) is `removed`. Null while any is still watched, or when the URL is not re-checked.
 */
export async function selectConfirmedRemoval(db: Db, value: string, original: string): Promise<Date | null> {
  const row = await db
    .selectFrom('recheck')
    .select([
      sql<string>`count(*) filter (where state = 'watching')`.as('watching'),
      sql<string>`count(*)`.as('total'),
      sql<Date | null>`max(removed_at)`.as('last'),
    ])
    .where((eb) => eb.or([eb(addressFilter('url', value, 'url'), '=', true), eb('url', '=', original)]))
    .executeTakeFirst();
  return row && Number(row.total) > 0 && Number(row.watching) === 0 ? row.last : null;
}
