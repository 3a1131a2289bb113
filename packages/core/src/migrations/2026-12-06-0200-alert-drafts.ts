import { sql, type Kysely } from 'kysely';

// Public alerts can be drafted and previewed before they are published: a draft has no
// publication time yet, and records when and by whom it was written.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table public_alert
      alter column published_at drop not null,
      add column created_at timestamptz not null default now(),
      add column created_by uuid references staff_user (id),
      add constraint public_alert_published_check check ((state = 'draft') = (published_at is null));
    update public_alert set created_at = published_at;
  `.execute(db);
}
