import { sql, type Kysely } from 'kysely';

// Each process keeps its organisations' bank grants in memory for matching (provider-grants.ts).
// Any change to a grant, whoever writes it (the service, a cascade from a deleted bank, an
// operator's SQL), tells every process at commit which organisation to read again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function hash_bank_grant_notify() returns trigger language plpgsql as $$
    begin
      perform pg_notify('vigie_grant_changed', coalesce(new.organisation_id, old.organisation_id)::text);
      return null;
    end $$;
    create trigger hash_bank_grant_notify after insert or update or delete on hash_bank_grant
      for each row execute function hash_bank_grant_notify();
  `.execute(db);
}
