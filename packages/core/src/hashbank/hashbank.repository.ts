import { sql } from 'kysely';
import type { EntryEventKind, EntryStatus, IntendedUse, MediaKind } from '@vigie/contract';
import type { Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { EntryLabels, EntrySignals } from './hashbank.types.ts';
import { signalTypeSpecs } from './signal-types.ts';
import { signalsOf } from './signals.ts';
import type { IndexRow } from './match-index/index-row.ts';
import { toIndexRow } from './match-index/match-index-store.ts';

export type NewEntry = {
  bankId: number;
  mediaKind?: MediaKind | undefined;
  signals: EntrySignals;
  labels?: EntryLabels | undefined;
  uses?: IntendedUse[] | undefined;
  provenance?: Record<string, unknown> | undefined;
  contributorOrganisationId?: string | undefined;
};

const indexColumns = [
  'id',
  'bank_id',
  'pdq',
  'vpdq',
  'status',
  'suspended_at',
  'withdrawn_at',
  sql<string>`change_txid::text`.as('txid'),
] as const;

/** A video signal makes a video entry; else a PDQ makes an image; digests alone say nothing. */
function mediaKindOf(signals: EntrySignals): MediaKind {
  const kinds = signalsOf(signals).map((signal) => signalTypeSpecs[signal.type].mediaKind);
  return kinds.includes('video') ? 'video' : kinds.includes('image') ? 'image' : 'unknown';
}

export function entryValues(entry: NewEntry, actor: Actor) {
  const s = entry.signals;
  return {
    bank_id: entry.bankId,
    media_kind: entry.mediaKind ?? mediaKindOf(s),
    sha256: s.sha256 ?? null,
    sha1: s.sha1 ?? null,
    md5: s.md5 ?? null,
    pdq: s.pdq ?? null,
    pdq_quality: s.pdqQuality ?? null,
    vpdq: s.vpdq ? JSON.stringify(s.vpdq) : null,
    age_band: entry.labels?.ageBand ?? null,
    activity: entry.labels?.activity ?? null,
    origin: entry.labels?.origin ?? null,
    victim_identified: entry.labels?.victimIdentified ?? null,
    uses: entry.uses ?? [],
    contributor_type: actor.type,
    contributor_id: actor.id ?? null,
    contributor_organisation_id: entry.contributorOrganisationId ?? null,
    provenance: JSON.stringify(entry.provenance ?? {}),
  };
}

/** Inserts entries, skipping media already live in the bank; returns the rows added. */
export async function insertEntries(trx: Db, entries: NewEntry[], actor: Actor): Promise<IndexRow[]> {
  if (entries.length === 0) return [];
  const rows = await trx
    .insertInto('bank_entry')
    .values(entries.map((e) => entryValues(e, actor)))
    .onConflict((oc) => oc.doNothing())
    .returning([...indexColumns])
    .execute();
  if (rows.length > 0) {
    await trx
      .insertInto('bank_entry_event')
      .values(
        rows.map((r) => ({
          entry_id: Number(r.id),
          kind: 'created',
          actor_type: actor.type,
          actor_id: actor.id ?? null,
          details: '{}',
        })),
      )
      .execute();
  }
  return rows.map(toIndexRow);
}

export async function updateEntry(
  trx: Db,
  id: number,
  changes: {
    status?: EntryStatus;
    suspended_at?: Date | null;
    suspended_reason?: string | null;
    withdrawn_at?: Date | null;
    withdrawn_reason?: string | null;
  },
): Promise<IndexRow> {
  const row = await trx
    .updateTable('bank_entry')
    .set(changes)
    .where('id', '=', id)
    .returning([...indexColumns])
    .executeTakeFirstOrThrow();
  return toIndexRow(row);
}

export async function appendEntryEvent(
  trx: Db,
  entryId: number,
  kind: EntryEventKind,
  actor: Actor,
  details: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .insertInto('bank_entry_event')
    .values({
      entry_id: entryId,
      kind,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
      details: JSON.stringify(details),
    })
    .execute();
}

export async function lockEntry(trx: Db, id: number) {
  return trx
    .selectFrom('bank_entry')
    .selectAll()
    .select(sql<string>`change_txid::text`.as('txid'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
