import { sql, type Kysely } from 'kysely';

// Who hosts it: the provider directory operators keep (contacts, preferred channel, language,
// batching; matched by domain, ASN or network) and the RDAP answers cache shared by processes.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hosting_provider (
      id bigint generated always as identity primary key,
      name text not null,
      contacts text[] not null default '{}',
      channel text not null default 'email' check (channel in ('email', 'xarf_email', 'webhook')),
      webhook_url text,
      webhook_secret text,
      language text,
      batching text not null default 'immediate' check (batching in ('immediate', 'hourly', 'daily')),
      domains text[] not null default '{}',
      asns bigint[] not null default '{}',
      -- CIDR blocks as text, checked by the service (pg returns cidr[] unparsed)
      networks text[] not null default '{}',
      notes text not null default '',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (channel <> 'webhook' or webhook_url is not null),
      check (channel = 'webhook' or cardinality(contacts) > 0)
    );
    create unique index hosting_provider_name_idx on hosting_provider (lower(name));

    create table rdap_cache (
      url text primary key,
      status integer not null,
      body jsonb,
      fetched_at timestamptz not null,
      expires_at timestamptz not null,
      hits bigint not null default 0
    );
    create index rdap_cache_expires_idx on rdap_cache (expires_at);
  `.execute(db);
}
