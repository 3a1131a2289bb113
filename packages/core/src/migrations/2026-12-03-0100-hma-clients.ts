import { sql, type Kysely } from 'kysely';

// What HMA's clients expect of a bank (docs/hashbank.md, "HMA-compatible API"):
// - matching_ratio: HMA's per-bank matching ratio (its lookups take a bank part in a coin flip
//   below it); `enabled` stays Vigie's on/off for every other use.
// - deleted_at: deleting a bank that holds entries frees its name (a new bank may take it) but
//   keeps the row, its entries and their events, so history and the providers' tombstones remain.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table hash_bank
      add column matching_ratio double precision not null default 1 check (matching_ratio between 0 and 1),
      add column deleted_at timestamptz,
      add constraint hash_bank_deleted_disabled check (deleted_at is null or not enabled);
    alter table hash_bank drop constraint hash_bank_name_key;
    create unique index hash_bank_live_name on hash_bank (name) where deleted_at is null;
  `.execute(db);
}
