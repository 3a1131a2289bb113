import { sql, type Kysely } from 'kysely';

// The audit trail's search (GET /api/v1/audit): by actor, by object id, by action prefix and by
// time, each newest first; without these a search of a year's trail reads all of it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index audit_event_actor_idx on audit_event (actor_id, seq) where actor_id is not null;
    create index audit_event_subject_id_idx on audit_event (subject_id, seq) where subject_id is not null;
    create index audit_event_action_idx on audit_event (action text_pattern_ops, seq);
    create index audit_event_occurred_idx on audit_event (occurred_at);
  `.execute(db);
}
