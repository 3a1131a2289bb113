import { sql } from 'kysely';
import type {
  Activity,
  AgeBand,
  AssessmentVerdict,
  ContentOrigin,
  EntryEventKind,
  EntryStatus,
  FeedbackVerdict,
  IntendedUse,
  MediaKind,
} from '@vigie/contract';
import type { Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { EntryLabels, EntrySignals } from './hashbank.types.ts';
import { toIndexRow } from './match-index/match-index.repository.ts';
import type { IndexRow } from './match-index/index-row.ts';
import { bankKeySignalTypes, exactSignalTypes, signalTypeSpecs, type ExactSignalType } from './signal-types.ts';
import { signalsOf } from './signals.ts';

// bank_entry (current state) and what hangs off it: its events (append-only), assessments and
// providers' feedback. Every write answers the row as the match index needs it.

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
          kind: 'created' as const,
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
    age_band?: AgeBand | null;
    activity?: Activity | null;
    origin?: ContentOrigin | null;
    victim_identified?: boolean | null;
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

/** The live entry of a bank holding the same media (by the bank's unique keys), if any. */
export async function findLiveTwin(db: Db, bankId: number, signals: EntrySignals): Promise<number | undefined> {
  const key = bankKeySignalTypes.find((type) => signals[type]);
  if (!key) return undefined;
  const row = await db
    .selectFrom('bank_entry')
    .select('id')
    .where('bank_id', '=', bankId)
    .where('withdrawn_at', 'is', null)
    .where(key, '=', signals[key] as string)
    .executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/** One assessment per analyst per entry: false when this analyst had already assessed it. */
export async function insertAssessment(
  trx: Db,
  entryId: number,
  assessorId: string,
  verdict: AssessmentVerdict,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('bank_assessment')
    .values({ entry_id: entryId, assessor_id: assessorId, verdict })
    .onConflict((oc) => oc.doNothing())
    .returning('entry_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertAssessments(trx: Db, entryIds: readonly number[], assessorId: string): Promise<void> {
  if (entryIds.length === 0) return;
  await trx
    .insertInto('bank_assessment')
    .values(entryIds.map((id) => ({ entry_id: id, assessor_id: assessorId, verdict: 'concur' as const })))
    .execute();
}

export async function countVerdicts(trx: Db, entryId: number): Promise<Record<AssessmentVerdict, number>> {
  const rows = await trx
    .selectFrom('bank_assessment')
    .select(['verdict', sql<number>`count(*)::int`.as('n')])
    .where('entry_id', '=', entryId)
    .groupBy('verdict')
    .execute();
  return {
    concur: rows.find((r) => r.verdict === 'concur')?.n ?? 0,
    dispute: rows.find((r) => r.verdict === 'dispute')?.n ?? 0,
  };
}

/** An entry with its bank's name, its history and its categories under every legal scheme. */
export async function readEntry(db: Db, id: number) {
  const entry = await db
    .selectFrom('bank_entry')
    .innerJoin('hash_bank', 'hash_bank.id', 'bank_entry.bank_id')
    .selectAll('bank_entry')
    .select('hash_bank.name as bank_name')
    .where('bank_entry.id', '=', id)
    .executeTakeFirst();
  if (!entry) return undefined;
  const [events, categories] = await Promise.all([
    db
      .selectFrom('bank_entry_event')
      .select(['kind', 'actor_type', 'actor_id', 'details', 'occurred_at'])
      .where('entry_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('legal_scheme_category')
      .select(['scheme', 'category'])
      .where('age_band', '=', entry.age_band ?? '')
      .where('activity', '=', entry.activity ?? '')
      .execute(),
  ]);
  return { entry, events, categories };
}

/** An entry's state if it belongs to the bank. */
export async function findEntryOfBank(db: Db, bankId: number, id: number) {
  return db
    .selectFrom('bank_entry')
    .select(['id', 'bank_id', 'withdrawn_at', 'suspended_at', 'provenance'])
    .where('id', '=', id)
    .where('bank_id', '=', bankId)
    .executeTakeFirst();
}

export async function findEntryBank(db: Db, id: number): Promise<number | undefined> {
  const row = await db.selectFrom('bank_entry').select('bank_id').where('id', '=', id).executeTakeFirst();
  return row?.bank_id;
}

/** Live entries with this exact digest, by btree. */
export async function findExact(db: Db, type: ExactSignalType, value: string) {
  return db
    .selectFrom('bank_entry')
    .select(['id', 'bank_id', 'status', 'suspended_at'])
    .where(type, '=', value)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** Live entries holding any of these digests, in one query (many media's sha256, sha1 and md5 at once). */
export async function findExactAny(db: Db, values: ReadonlyArray<{ type: ExactSignalType; value: string }>) {
  if (values.length === 0) return [];
  const of = (type: ExactSignalType) => [...new Set(values.filter((v) => v.type === type).map((v) => v.value))];
  // One statement text whatever the number of media: each digest column's index, then OR.
  return db
    .selectFrom('bank_entry')
    .select(['id', 'bank_id', 'status', 'suspended_at', 'sha256', 'sha1', 'md5'])
    .where((eb) => eb.or(exactSignalTypes.map((type) => eb(type, '=', sql<string>`any(${of(type)}::text[])`))))
    .where('withdrawn_at', 'is', null)
    .execute();
}

export type EntryLabelsRow = {
  id: number;
  uses: IntendedUse[];
  age_band: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  victim_identified: boolean | null;
};

export async function readEntryLabels(db: Db, ids: readonly number[]): Promise<Map<number, EntryLabelsRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('bank_entry')
    .select(['id', 'uses', 'age_band', 'activity', 'origin', 'victim_identified'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
}

/** The review queue: suspended, live entries, the most recently suspended first. */
export async function listSuspended(db: Db, limit: number) {
  return db
    .selectFrom('bank_entry')
    .select(['id', 'bank_id', 'suspended_at', 'suspended_reason'])
    .where('suspended_at', 'is not', null)
    .where('withdrawn_at', 'is', null)
    .orderBy('suspended_at', 'desc')
    .limit(limit)
    .execute();
}

/** Pending entries of quarantine banks (provider submissions), oldest first. */
export async function listQuarantined(db: Db, limit: number) {
  return db
    .selectFrom('bank_entry as e')
    .innerJoin('hash_bank as b', 'b.id', 'e.bank_id')
    .select(['e.id', 'e.md5', 'e.sha256', 'e.pdq', 'e.contributor_organisation_id', 'e.provenance', 'e.created_at'])
    .where('b.kind', '=', 'quarantine')
    .where('e.status', '=', 'pending')
    .where('e.withdrawn_at', 'is', null)
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

export async function insertFeedback(
  trx: Db,
  entryId: number,
  organisationId: string,
  verdict: FeedbackVerdict,
  reason: string,
): Promise<number> {
  const row = await trx
    .insertInto('bank_match_feedback')
    .values({ entry_id: entryId, organisation_id: organisationId, verdict, reason })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
