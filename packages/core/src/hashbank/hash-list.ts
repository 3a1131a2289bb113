import { sql } from 'kysely';
import { HashbankError } from './hashbank.errors.ts';
import { signalTypes, type HashListEntry, type HashListPage } from '@vigie/contract';
import type { Db } from '../database.ts';
import { classify, effectiveUses, loadGrants, type Grant, type SchemeLookup } from './provider-view.ts';
import { formatSignal, signalsOf } from './signals.ts';

// The providers' hash list: one organisation's view of the bank as a change stream. Two kinds of
// item, merged in transaction order:
//  - an entry row changed (bank_entry.change_txid): sent with its current state;
//  - access changed (hash_list_change: a bank disabled/renamed/re-enabled, a grant added, narrowed
//    or removed): every entry of that bank created before the change is sent again, with its
//    current state, so what the organisation may no longer use comes as a tombstone (and what it
//    may use again comes back). Bank-wide changes count only for banks granted now; changes to
//    the organisation's own grants always count.
// Both are read only below the snapshot's xmin: no transaction can later commit behind it.
//
// Stream position = (txid, phase, change id, entry id): phase 0 is a change's re-send (ordered by
// change id, then entry id), phase 1 an entry row (by entry id). A change comes before the entry
// rows of its own transaction.

type Position = { txid: string; phase: 0 | 1; changeId: number; entryId: number };

const START: Position = { txid: '0', phase: 0, changeId: 0, entryId: 0 };
// A change's re-send is finished: its last entry id taken as the largest there can be.
const DONE = Number.MAX_SAFE_INTEGER;

/** Opaque to callers (base64url), versioned; v1 cursors (entry rows only) still read. */
export function encodeCursor(p: Position): string {
  return Buffer.from(`v2:${p.txid}:${p.phase}:${p.changeId}:${p.entryId}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Position {
  if (!cursor) return START;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const v1 = /^v1:(\d{1,20}):(\d{1,16})$/.exec(text);
  if (v1) return { txid: v1[1]!, phase: 1, changeId: 0, entryId: Number(v1[2]) };
  const v2 = /^v2:(\d{1,20}):([01]):(\d{1,16}):(\d{1,16})$/.exec(text);
  if (!v2) throw new HashbankError('HASHBANK_CURSOR_INVALID');
  return { txid: v2[1]!, phase: v2[2] === '0' ? 0 : 1, changeId: Number(v2[3]), entryId: Number(v2[4]) };
}

const entryColumns = [
  'e.id',
  'e.bank_id',
  'b.name as bank',
  'b.enabled',
  'b.kind',
  ...signalTypes.map((type) => `e.${type}` as const),
  'e.uses',
  'e.status',
  'e.suspended_at',
  'e.withdrawn_at',
  'e.age_band',
  'e.activity',
  'e.origin',
  'e.victim_identified',
] as const;

function entryQuery(db: Db) {
  return db
    .selectFrom('bank_entry as e')
    .innerJoin('hash_bank as b', 'b.id', 'e.bank_id')
    .select(entryColumns)
    .select(sql<string>`e.change_txid::text`.as('txid'));
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['execute']>>[number];

async function present(row: EntryRow, grants: Map<number, Grant>, schemes: SchemeLookup): Promise<HashListEntry> {
  const id = Number(row.id);
  const grant = grants.get(row.bank_id);
  const uses = grant ? effectiveUses(grant, row.uses) : [];
  if (!grant || row.withdrawn_at || !row.enabled || row.kind === 'quarantine' || uses.length === 0)
    return { entryId: id, bank: row.bank, withdrawn: true };
  const signals: Record<string, string> = {};
  for (const signal of signalsOf(row)) signals[signal.type] = formatSignal(signal);
  const classification = await classify(grant.tier, { ...row, id }, schemes);
  return {
    entryId: id,
    bank: row.bank,
    withdrawn: false,
    signals,
    confirmed: row.status === 'confirmed',
    suspended: row.suspended_at !== null,
    uses,
    classification,
  };
}

/** The next access change after `from` that concerns the organisation, below `xmin`. */
async function nextChange(db: Db, organisationId: string, granted: number[], from: Position, xmin: string) {
  const after =
    from.phase === 1
      ? sql<boolean>`c.change_txid > ${from.txid}::xid8`
      : from.entryId === DONE
        ? sql<boolean>`(c.change_txid, c.id) > (${from.txid}::xid8, ${from.changeId}::bigint)`
        : sql<boolean>`(c.change_txid, c.id) >= (${from.txid}::xid8, ${from.changeId}::bigint)`;
  return db
    .selectFrom('hash_list_change as c')
    .select(['c.id', 'c.bank_id', sql<string>`c.change_txid::text`.as('txid')])
    .where((eb) =>
      eb.or([
        eb('c.organisation_id', '=', organisationId),
        ...(granted.length > 0 ? [eb.and([eb('c.organisation_id', 'is', null), eb('c.bank_id', 'in', granted)])] : []),
      ]),
    )
    .where(after)
    .where(sql<boolean>`c.change_txid < ${xmin}::xid8`)
    .orderBy('c.change_txid')
    .orderBy('c.id')
    .limit(1)
    .executeTakeFirst();
}

/** One page of the organisation's hash list after `since`. */
export async function readHashList(
  db: Db,
  schemes: SchemeLookup,
  organisationId: string,
  since: string | undefined,
  limit: number,
): Promise<HashListPage> {
  let at = decodeCursor(since);
  const grants = await loadGrants(db, organisationId);
  const granted = [...grants.keys()];
  // One bound for every query of the page (xmin only grows, so an earlier value is safe).
  const { xmin } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`
    .execute(db)
    .then((r) => r.rows[0]!);
  const entries: HashListEntry[] = [];
  let more = false;
  for (;;) {
    const room = limit - entries.length;
    const change = await nextChange(db, organisationId, granted, at, xmin);
    const bound = change?.txid ?? xmin;
    if (granted.length > 0) {
      const after =
        at.phase === 1
          ? sql<boolean>`(e.change_txid, e.id) > (${at.txid}::xid8, ${at.entryId}::bigint)`
          : sql<boolean>`e.change_txid >= ${at.txid}::xid8`;
      const rows = await entryQuery(db)
        .where('e.bank_id', 'in', granted)
        .where('b.kind', '<>', 'quarantine')
        .where(after)
        .where(sql<boolean>`e.change_txid < ${bound}::xid8`)
        .orderBy('e.change_txid')
        .orderBy('e.id')
        .limit(room + 1)
        .execute();
      for (const row of rows.slice(0, room)) entries.push(await present(row, grants, schemes));
      const last = rows[Math.min(rows.length, room) - 1];
      if (last) at = { txid: last.txid, phase: 1, changeId: 0, entryId: Number(last.id) };
      if (rows.length > room) {
        more = true;
        break;
      }
    }
    if (!change) break;
    const changeId = Number(change.id);
    const resume = at.phase === 0 && at.changeId === changeId ? at.entryId : 0;
    const left = limit - entries.length;
    const rows = await entryQuery(db)
      .where('e.bank_id', '=', change.bank_id)
      .where(sql<boolean>`coalesce(e.created_txid, '0'::xid8) < ${change.txid}::xid8`)
      .where('e.id', '>', resume)
      .orderBy('e.id')
      .limit(left + 1)
      .execute();
    for (const row of rows.slice(0, left)) entries.push(await present(row, grants, schemes));
    if (rows.length > left) {
      const last = rows[left - 1];
      at = { txid: change.txid, phase: 0, changeId, entryId: last ? Number(last.id) : resume };
      more = true;
      break;
    }
    at = { txid: change.txid, phase: 0, changeId, entryId: DONE };
  }
  return { entries, cursor: encodeCursor(at), more };
}
