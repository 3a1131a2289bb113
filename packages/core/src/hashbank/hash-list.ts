import { HashbankError } from './hashbank.errors.ts';
import type { HashListEntry, HashListPage } from '@vigie/contract';
import type { Db } from '../database.ts';
import {
  DONE,
  readChangedEntries,
  readNextChange,
  readResentEntries,
  type HashListRow,
  type Position,
} from './hash-list.repository.ts';
import { snapshotXmin } from './match-index/match-index.repository.ts';
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

const START: Position = { txid: '0', phase: 0, changeId: 0, entryId: 0 };
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

async function present(row: HashListRow, grants: Map<number, Grant>, schemes: SchemeLookup): Promise<HashListEntry> {
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
  const xmin = await snapshotXmin(db);
  const entries: HashListEntry[] = [];
  let more = false;
  for (;;) {
    const room = limit - entries.length;
    const change = await readNextChange(db, organisationId, granted, at, xmin);
    const bound = change?.txid ?? xmin;
    if (granted.length > 0) {
      const rows = await readChangedEntries(db, granted, at, bound, room + 1);
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
    const rows = await readResentEntries(db, change.bank_id, change.txid, resume, left + 1);
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
