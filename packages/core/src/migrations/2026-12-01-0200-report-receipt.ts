import { sql, type Kysely } from 'kysely';

// Post/redirect/get on the public site. A form carries a single-use submission key: the report or
// follow-up it filed keeps the key's hash, so a resent form files nothing twice. Its confirmation
// (report number, follow-up code) waits in report_receipt, sealed with a key derived from the
// one-time id in the confirmation's address, and is deleted when shown.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table report add column submission_key_hash text unique;
    alter table report_follow_up add column submission_key_hash text unique;

    create table report_receipt (
      id_hash text primary key,
      report_id uuid not null references report (id),
      sealed bytea not null,
      expires_at timestamptz not null
    );
    create index report_receipt_expires_idx on report_receipt (expires_at);
  `.execute(db);
}
