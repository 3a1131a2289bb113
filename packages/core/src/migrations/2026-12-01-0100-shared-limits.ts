import { sql, type Kysely } from 'kysely';

// Rate limits shared by every process on the database: one counter per key and fixed window,
// from which processes lease requests.
// Keys are HMACs under a secret that lives only here, so no address is stored; rows older than
// their window are removed by the limiter as it goes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limit_counter (
      key text primary key,
      window_start timestamptz not null,
      count integer not null check (count >= 0),
      -- what the last lease granted (count after minus count before), for the caller to read
      last_grant integer not null default 0
    );
    create index rate_limit_counter_window_idx on rate_limit_counter (window_start);
    create table rate_limit_secret (
      id boolean primary key default true check (id),
      secret bytea not null check (length(secret) = 32)
    );
    insert into rate_limit_secret (secret)
      values (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
  `.execute(db);
}
