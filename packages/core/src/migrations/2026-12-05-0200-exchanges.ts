import { sql, type Kysely } from 'kysely';

// Hash exchanges: configured pulls of other programmes' hash lists, each into its own bank; what
// each remote item became (provenance and the key to deletions); feedback sent back. See
// docs/hashbank.md, "Exchanges".

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table exchange (
      id serial primary key,
      name text not null check (name ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      bank_id integer not null references hash_bank (id),
      api text not null check (api in ('vigie', 'hma', 'ncmec', 'stop_ncii', 'url_list')),
      settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
      -- AES-256-GCM (iv, tag, body) under a key derived from the installation's key, outside the database
      credentials bytea,
      enabled boolean not null default true,
      interval_minutes integer not null default 60 check (interval_minutes between 1 and 10080),
      -- the source's own resume point (cursor, page token, timestamps); advanced with each page
      checkpoint jsonb not null default '{}' check (jsonb_typeof(checkpoint) = 'object'),
      -- snapshot sources: the number of the pass being made (items not seen in a pass are gone)
      pass integer not null default 1 check (pass >= 1),
      next_fetch_at timestamptz not null,
      running_since timestamptz,
      last_fetch_started_at timestamptz,
      last_fetch_completed_at timestamptz,
      last_success_at timestamptz,
      last_fetch_succeeded boolean,
      last_error text,
      checkpoint_at timestamptz,
      up_to_date boolean not null default false,
      fetched bigint not null default 0,
      added bigint not null default 0,
      withdrawn bigint not null default 0,
      skipped bigint not null default 0,
      deleted_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create unique index exchange_name_idx on exchange (name) where deleted_at is null;
    create index exchange_due_idx on exchange (next_fetch_at) where deleted_at is null and enabled;

    -- HMA's credentials per exchange API (POST /c/exchanges/api/NAME): used by its exchanges without their own.
    create table exchange_api_credential (
      api text primary key check (api in ('vigie', 'hma', 'ncmec', 'stop_ncii', 'url_list')),
      credentials bytea not null,
      updated_at timestamptz not null
    );

    -- One row per remote item ever pulled: its entry here, the digest of what it said (a change
    -- replaces the entry), whether the source deleted it, and the pass that last saw it.
    create table exchange_item (
      exchange_id integer not null references exchange (id),
      remote_id text not null check (length(remote_id) between 1 and 500),
      entry_id bigint references bank_entry (id),
      digest text not null,
      deleted boolean not null default false,
      seen_pass integer not null default 0,
      updated_at timestamptz not null,
      primary key (exchange_id, remote_id)
    );
    create index exchange_item_entry_idx on exchange_item (entry_id);

    create table exchange_feedback (
      id bigserial primary key,
      exchange_id integer not null references exchange (id),
      entry_id bigint not null references bank_entry (id),
      remote_id text not null,
      verdict text not null check (verdict in ('confirmed', 'false_positive')),
      state text not null default 'queued' check (state in ('queued', 'sent', 'refused', 'unsupported')),
      attempts integer not null default 0,
      detail text,
      created_at timestamptz not null,
      sent_at timestamptz
    );
    create index exchange_feedback_entry_idx on exchange_feedback (entry_id);
  `.execute(db);
}
