import type { ColumnType } from 'kysely';
import type { ActorType } from './audit.types.ts';

export type AuditEventTable = {
  seq: number;
  occurred_at: ColumnType<Date, Date, never>;
  actor_type: ActorType;
  actor_id: string | null;
  address: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
};

export type AuditTables = { audit_event: AuditEventTable };
