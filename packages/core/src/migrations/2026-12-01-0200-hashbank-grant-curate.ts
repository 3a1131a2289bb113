import { sql, type Kysely } from 'kysely';

// Curation is per bank. `hashes:curate` on a key says what kind of call it may make; which banks
// it may change or export is this flag on the organisation's grant (the bank's creator gets one).
// A flag, not one more intended use: uses say what matches may serve and are mirrored on every
// entry; curating is a right over the bank itself. Supervisors curate every bank regardless.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table hash_bank_grant add column curate boolean not null default false`.execute(db);
}
