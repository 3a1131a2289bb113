import { sql, type Kysely } from 'kysely';

// Access changes in the providers' hash list. Disabling a bank, removing or narrowing a grant (or
// adding one, re-enabling, renaming) changes what an organisation may use without touching any
// bank_entry row, so the per-entry change stream alone never says so. hash_list_change records
// each such change at its transaction id (append-only); the hash list re-sends the bank's entries
// at that point in the stream, as tombstones when no longer usable. created_txid bounds that
// re-send to entries that existed then (null: created before this migration).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hash_list_change (
      id bigserial primary key,
      bank_id integer not null references hash_bank (id) on delete cascade,
      -- null: every organisation granted the bank (a bank-wide change)
      organisation_id uuid references organisation (id),
      reason text not null check (reason in ('bank_changed', 'grant_changed', 'grant_removed')),
      change_txid xid8 not null default pg_current_xact_id(),
      created_at timestamptz not null default now()
    );
    create index hash_list_change_txid_idx on hash_list_change (change_txid, id);
    create function hash_list_change_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'hash_list_change is append-only';
    end $$;
    -- Row-level for update (a bank's deletion cascades as a delete, which is allowed).
    create trigger hash_list_change_append_only before update on hash_list_change
      for each row execute function hash_list_change_is_append_only();

    -- Added without a default first (no table rewrite), then defaulted for new rows.
    alter table bank_entry add column created_txid xid8;
    alter table bank_entry alter column created_txid set default pg_current_xact_id();
    create index bank_entry_bank_idx on bank_entry (bank_id, id);
  `.execute(db);
}
