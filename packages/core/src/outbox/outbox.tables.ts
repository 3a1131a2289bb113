import type { OutboxAttemptOutcome, OutboxPurpose, OutboxState } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';
import type { MessageBodies, OutboxContact } from './outbox.types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type OutboxMessageTable = {
  id: string;
  idempotency_key: string;
  purpose: OutboxPurpose;
  subject_id: string;
  contacts: Json<OutboxContact[]>;
  contact_index: Generated<number>;
  bodies: Json<MessageBodies>;
  state: Generated<OutboxState>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: Timestamp | null;
  sent_at: Timestamp | null;
  sent_to: string | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type OutboxAttemptTable = {
  id: ColumnType<string, never, never>;
  message_id: string;
  contact_index: number;
  contact: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: OutboxAttemptOutcome | null;
  detail: string | null;
};

export type OutboxTables = { outbox_message: OutboxMessageTable; outbox_attempt: OutboxAttemptTable };
