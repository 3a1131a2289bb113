import { sql, type Kysely } from 'kysely';

// Public alerts gain a state: the tipline shows published ones only, and a withdrawn alert stays
// (with who withdrew it and when) for the record. Existing alerts were published when written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table public_alert
      add column state text not null default 'published' check (state in ('draft', 'published', 'withdrawn')),
      add column withdrawn_at timestamptz,
      add column withdrawn_by uuid references staff_user (id),
      add constraint public_alert_withdrawn_check check ((state = 'withdrawn') = (withdrawn_at is not null));
  `.execute(db);
}
