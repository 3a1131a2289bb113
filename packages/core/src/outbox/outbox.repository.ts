import { sql } from 'kysely';
import type { OutboxAttemptOutcome, OutboxPurpose, OutboxState } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { NewOutboxMessage, OutboxAttempt, OutboxMessage } from './outbox.types.ts';

// Every query of the outbox. A message's row is locked only inside short transactions that
// change its state: never while it is being sent.

const columns = [
  'id',
  'purpose',
  'subject_id',
  'contacts',
  'contact_index',
  'bodies',
  'state',
  'attempts',
  'sent_at',
  'sent_to',
  'last_error',
  'lease_until',
] as const;

type Row = {
  id: string;
  purpose: OutboxPurpose;
  subject_id: string;
  contacts: OutboxMessage['contacts'];
  contact_index: number;
  bodies: OutboxMessage['bodies'];
  state: OutboxState;
  attempts: number;
  sent_at: Date | null;
  sent_to: string | null;
  last_error: string | null;
  lease_until: Date | null;
};

const toMessage = (r: Row): OutboxMessage & { leaseUntil: Date | null } => ({
  id: r.id,
  purpose: r.purpose,
  subjectId: r.subject_id,
  contacts: r.contacts,
  contactIndex: r.contact_index,
  bodies: r.bodies,
  state: r.state,
  attempts: r.attempts,
  sentAt: r.sent_at,
  sentTo: r.sent_to,
  lastError: r.last_error,
  leaseUntil: r.lease_until,
});

/** Inserts the message unless its idempotency key exists; returns the id either way, and whether it is new. */
export async function insertMessage(
  trx: Db,
  id: string,
  message: NewOutboxMessage,
  at: Date,
): Promise<{ id: string; created: boolean }> {
  const inserted = await trx
    .insertInto('outbox_message')
    .values({
      id,
      idempotency_key: message.idempotencyKey,
      purpose: message.purpose,
      subject_id: message.subjectId,
      contacts: JSON.stringify(message.contacts),
      bodies: JSON.stringify(message.bodies),
      next_attempt_at: at,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await trx
    .selectFrom('outbox_message')
    .select('id')
    .where('idempotency_key', '=', message.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export async function lockMessage(trx: Db, id: string) {
  const row = await trx
    .selectFrom('outbox_message')
    .select(columns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? toMessage(row as Row) : undefined;
}

export async function startAttempt(
  trx: Db,
  message: OutboxMessage,
  contact: string,
  at: Date,
  leaseUntil: Date,
): Promise<string> {
  await trx
    .updateTable('outbox_message')
    .set({ state: 'sending', attempts: message.attempts + 1, lease_until: leaseUntil, updated_at: at })
    .where('id', '=', message.id)
    .execute();
  const row = await trx
    .insertInto('outbox_attempt')
    .values({ message_id: message.id, contact_index: message.contactIndex, contact, started_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** An outcome learnt after the attempt (a late bounce), recorded as an attempt of its own. */
export async function insertFinishedAttempt(
  trx: Db,
  message: OutboxMessage,
  contact: string,
  outcome: OutboxAttemptOutcome,
  detail: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('outbox_attempt')
    .values({
      message_id: message.id,
      contact_index: message.contactIndex,
      contact,
      started_at: at,
      finished_at: at,
      outcome,
      detail: detail.slice(0, 2000),
    })
    .execute();
}

/** The attempts a crashed process left open: their outcome is unknown. */
export async function closeOpenAttempts(trx: Db, messageId: string, at: Date): Promise<number> {
  const result = await trx
    .updateTable('outbox_attempt')
    .set({ finished_at: at, outcome: 'interrupted', detail: 'the sending process stopped during the attempt' })
    .where('message_id', '=', messageId)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function finishAttempt(
  trx: Db,
  attemptId: string,
  outcome: OutboxAttemptOutcome,
  detail: string,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('outbox_attempt')
    .set({ finished_at: at, outcome, detail: detail.slice(0, 2000) })
    .where('id', '=', attemptId as never)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateMessage(
  trx: Db,
  id: string,
  change: Partial<{
    state: OutboxState;
    contactIndex: number;
    attempts: number;
    nextAttemptAt: Date;
    sentAt: Date;
    sentTo: string;
    lastError: string | null;
  }>,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('outbox_message')
    .set({
      updated_at: at,
      lease_until: null,
      ...(change.state !== undefined ? { state: change.state } : {}),
      ...(change.contactIndex !== undefined ? { contact_index: change.contactIndex } : {}),
      ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
      ...(change.nextAttemptAt !== undefined ? { next_attempt_at: change.nextAttemptAt } : {}),
      ...(change.sentAt !== undefined ? { sent_at: change.sentAt } : {}),
      ...(change.sentTo !== undefined ? { sent_to: change.sentTo } : {}),
      ...(change.lastError !== undefined ? { last_error: change.lastError?.slice(0, 2000) ?? null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Messages due whose job may have been lost: queued and due, or sending past their lease. */
export async function selectStranded(db: Db, at: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox_message')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('state', '=', 'queued'),
          eb('next_attempt_at', '<=', sql<Date>`${at}::timestamptz - interval '1 minute'`),
        ]),
        eb.and([eb('state', '=', 'sending'), eb('lease_until', '<', at)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function selectMessagesOf(db: Db, purpose: OutboxPurpose, subjectIds: readonly string[]) {
  if (subjectIds.length === 0) return [];
  const rows = await db
    .selectFrom('outbox_message')
    .select(columns)
    .where('purpose', '=', purpose)
    .where('subject_id', 'in', subjectIds)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => toMessage(r as Row));
}

export async function selectAttempts(db: Db, messageIds: readonly string[]): Promise<OutboxAttempt[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .selectFrom('outbox_attempt')
    .select(['message_id', 'contact', 'started_at', 'finished_at', 'outcome', 'detail'])
    .where('message_id', 'in', messageIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    messageId: r.message_id,
    contact: r.contact,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    detail: r.detail,
  }));
}
