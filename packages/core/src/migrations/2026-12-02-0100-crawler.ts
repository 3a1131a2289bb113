import { sql, type Kysely } from 'kysely';

// Capture and crawler: the frontier (queues per host, URLs hash-partitioned by normalised URL),
// the media found (content-addressed by SHA-256), where each was seen, detections of known
// material, the analysts' classification queue, and the captures of reported URLs as evidence.
// See docs/adr/0007-crawl-frontier.md.
const URL_PARTITIONS = 16;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table reported_url drop constraint reported_url_capture_state_check;
    alter table reported_url add constraint reported_url_capture_state_check
      check (capture_state in ('new', 'capture_pending', 'captured', 'capture_failed'));

    create table crawl_seed (
      id bigint generated always as identity primary key,
      url text not null unique,
      origin text not null check (origin in ('report', 'analyst', 'confirmed_page')),
      report_id uuid references report (id),
      created_by uuid references staff_user (id),
      site text not null,
      -- false for reported sites and hosts of confirmed material: their robots.txt must not hide evidence
      honour_robots boolean not null,
      priority integer not null default 0,
      max_depth integer not null check (max_depth >= 0),
      max_urls integer not null check (max_urls > 0),
      urls_queued integer not null default 0 check (urls_queued >= 0),
      created_at timestamptz not null default now()
    );

    -- One queue per host: when it may be fetched again (politeness, Retry-After, a crawler's
    -- lease) and the earliest time one of its URLs is due (null: nothing to fetch).
    create table crawl_queue (
      key text primary key,
      blocked_until timestamptz not null default '-infinity',
      due_at timestamptz,
      -- a delay of its own (robots.txt Crawl-delay) beyond the installation's host delay
      delay_ms integer not null default 0 check (delay_ms >= 0),
      honour_robots boolean not null default true,
      fetches bigint not null default 0,
      errors bigint not null default 0,
      last_error text
    );
    create index crawl_queue_due_idx on crawl_queue (due_at) where due_at is not null;

    create table crawl_url (
      url text not null,
      key text not null,
      kind text not null check (kind in ('page', 'media')),
      seed_id bigint not null,
      depth integer not null check (depth >= 0),
      priority integer not null default 0,
      referrer text,
      source text,
      state text not null default 'queued' check (state in ('queued', 'done', 'failed')),
      -- requestable from (a lease pushes it past the fetch); null: done and never re-fetched
      due_at timestamptz,
      attempts integer not null default 0,
      discovered_at timestamptz not null,
      fetched_at timestamptz,
      status integer,
      error text,
      primary key (url)
    ) partition by hash (url);
  `.execute(db);
  for (let i = 0; i < URL_PARTITIONS; i++) {
    await sql`create table ${sql.raw(`crawl_url_p${i}`)} partition of crawl_url
      for values with (modulus ${sql.raw(String(URL_PARTITIONS))}, remainder ${sql.raw(String(i))})`.execute(db);
  }
  await sql`
    create index crawl_url_queue_idx on crawl_url (key, priority desc, due_at) where due_at is not null;
    create index crawl_url_seed_idx on crawl_url (seed_id);

    create table crawl_robots (
      host text primary key,
      status integer not null,
      body text not null,
      fetched_at timestamptz not null
    );

    create table media (
      sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
      sha1 text not null,
      md5 text not null,
      kind text not null check (kind in ('image', 'video')),
      format text not null,
      size bigint not null,
      pdq text,
      pdq_quality integer,
      vpdq jsonb,
      state text not null check (state in ('known', 'unknown', 'unhashable')),
      entry_id bigint references bank_entry (id),
      bank_id integer references hash_bank (id),
      age_band text,
      activity text,
      origin text,
      victim_identified boolean,
      uses text[] not null default '{}',
      stored boolean not null default false,
      first_seen_at timestamptz not null,
      last_seen_at timestamptz not null
    );
    create index media_entry_idx on media (entry_id) where entry_id is not null;

    -- Every place a media was seen: one row per (media URL, media), the page it was on.
    create table media_sighting (
      url text not null,
      sha256 text not null references media (sha256),
      page_url text,
      site text not null,
      address text,
      source text not null check (source in ('capture', 'crawl')),
      first_seen_at timestamptz not null,
      last_seen_at timestamptz not null,
      primary key (url, sha256)
    );
    create index media_sighting_media_idx on media_sighting (sha256);
    create index media_sighting_page_idx on media_sighting (page_url);

    create table detection (
      id bigint generated always as identity primary key,
      sha256 text not null references media (sha256),
      url text not null,
      page_url text,
      address text,
      entry_id bigint not null references bank_entry (id),
      bank_id integer not null references hash_bank (id),
      source text not null check (source in ('capture', 'crawl')),
      notice_state text not null check (notice_state in ('notice_pending', 'not_applicable')),
      first_seen_at timestamptz not null,
      last_seen_at timestamptz not null,
      -- when the row was written: with first_seen_at (the page's fetch), the detection's latency
      recorded_at timestamptz not null default clock_timestamp(),
      unique (sha256, url)
    );

    -- Hosts where confirmed material was found: their pages are crawled, their robots.txt ignored.
    create table confirmed_host (
      host text primary key,
      first_detection_at timestamptz not null
    );

    -- Each crawler process's running totals (pages, media, bytes...), summed by /metrics.
    create table crawler_counter (
      process_id text not null,
      name text not null,
      value bigint not null,
      updated_at timestamptz not null,
      primary key (process_id, name)
    );
    create index detection_notice_idx on detection (notice_state, first_seen_at);

    create table classification_item (
      sha256 text primary key references media (sha256),
      state text not null default 'queued' check (state in ('queued', 'grouped', 'awaiting_entry', 'decided')),
      priority integer not null default 0,
      -- the queued media this one is a near-duplicate of (one decision covers the group)
      group_sha256 text references media (sha256),
      entry_id bigint references bank_entry (id),
      reasons text[] not null default '{}',
      early_alert boolean not null default false,
      queued_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index classification_item_queue_idx on classification_item (priority desc, queued_at)
      where state = 'queued';
    create index classification_item_group_idx on classification_item (group_sha256) where group_sha256 is not null;

    create table capture (
      id uuid primary key default gen_random_uuid(),
      url_id uuid references reported_url (id),
      requested_url text not null,
      final_url text,
      status integer,
      address text,
      hops jsonb not null,
      headers jsonb not null default '{}',
      content_type text,
      body_sha256 text,
      body_size bigint,
      media_found integer not null default 0,
      error_code text,
      error text,
      started_at timestamptz not null,
      fetched_at timestamptz not null
    );
    create index capture_url_idx on capture (url_id);

    create table capture_media (
      capture_id uuid not null references capture (id),
      url text not null,
      source text not null,
      sha256 text references media (sha256),
      error_code text,
      primary key (capture_id, url)
    );

    -- Reports whose URLs led to confirmed material: forwarded without an analyst (referral feature).
    create table report_auto_referral (
      report_id uuid primary key references report (id),
      detection_ids bigint[] not null,
      marked_at timestamptz not null
    );

    create table victim_alert (
      id bigint generated always as identity primary key,
      sha256 text not null unique references media (sha256),
      page_url text not null,
      raised_at timestamptz not null
    );

    -- A capture is evidence: written once, never changed (the application role may only insert).
    create function capture_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'captures are evidence and cannot be changed or removed';
      end
    $$;
    create trigger capture_append_only before update or delete or truncate on capture
      for each statement execute function capture_is_append_only();
    create trigger capture_media_append_only before update or delete or truncate on capture_media
      for each statement execute function capture_is_append_only();
  `.execute(db);
}
