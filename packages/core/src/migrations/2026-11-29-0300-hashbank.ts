import { sql, type Kysely } from 'kysely';

// The hash bank. Current state lives in hash_bank / bank_entry; every change to an entry is also
// a row in bank_entry_event (append-only). change_txid (set by trigger on every write) is what the
// in-memory match indexes and the providers' delta download follow: rows whose transaction id is
// below the snapshot's xmin can no longer be joined by an older, still-running writer.

const minors = ['infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor'];
const sexualActs = ['penetrative_sexual_activity', 'non_penetrative_sexual_activity', 'sadism_or_bestiality'];

/** Legal schemes as data over the neutral labels; a later change of law is a new migration. */
function legalSchemeRows(): string[][] {
  const out: string[][] = [];
  for (const age of minors) {
    // Canada, Criminal Code s. 163.1(1)(a): (i) explicit sexual activity, (ii) sexual display.
    for (const act of sexualActs) out.push(['ca_criminal_code', age, act, '163.1(1)(a)(i)']);
    out.push(['ca_criminal_code', age, 'sexual_posing', '163.1(1)(a)(ii)']);
    // UK: A penetrative or sadism/bestiality, B non-penetrative, C other indecent images.
    out.push(['uk_abc', age, 'penetrative_sexual_activity', 'A'], ['uk_abc', age, 'sadism_or_bestiality', 'A']);
    out.push(
      ['uk_abc', age, 'non_penetrative_sexual_activity', 'B'],
      ['uk_abc', age, 'sexual_posing', 'C'],
      ['uk_abc', age, 'non_sexual_nudity', 'C'],
    );
  }
  // Industry scale: A prepubescent, B pubescent; 1 sex act, 2 lascivious exhibition.
  for (const [age, letter] of [
    ['infant_toddler', 'A'],
    ['prepubescent', 'A'],
    ['pubescent', 'B'],
  ] as const) {
    for (const act of sexualActs) out.push(['industry_a1b2', age, act, `${letter}1`]);
    out.push(['industry_a1b2', age, 'sexual_posing', `${letter}2`]);
  }
  // Interpol baseline: prepubescent children in sexual activity or with a sexual focus.
  for (const age of ['infant_toddler', 'prepubescent']) {
    for (const act of [...sexualActs, 'sexual_posing']) out.push(['interpol_baseline', age, act, 'baseline']);
  }
  return out;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hash_bank (
      id serial primary key,
      name text not null unique check (name ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      purpose text not null default '',
      kind text not null default 'standard' check (kind in ('standard', 'negative', 'quarantine')),
      enabled boolean not null default true,
      pdq_threshold integer not null default 31 check (pdq_threshold between 0 and 128),
      vpdq_threshold integer not null default 31 check (vpdq_threshold between 0 and 128),
      vpdq_match_percent integer not null default 80 check (vpdq_match_percent between 1 and 100),
      min_pdq_quality integer not null default 50 check (min_pdq_quality between 0 and 100),
      required_assessments integer not null default 2 check (required_assessments in (2, 3)),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    -- Which organisations may receive a bank, for which uses, seeing how much of the classification.
    create table hash_bank_grant (
      bank_id integer not null references hash_bank (id) on delete cascade,
      organisation_id uuid not null references organisation (id),
      uses text[] not null check (uses <@ array['victim_identification', 'forensics', 'notice_and_takedown']::text[]),
      tier text not null default 'match_only' check (tier in ('match_only', 'scheme_category', 'full_labels')),
      created_at timestamptz not null default now(),
      primary key (bank_id, organisation_id)
    );

    create table bank_entry (
      id bigserial primary key,
      bank_id integer not null references hash_bank (id),
      media_kind text not null default 'unknown' check (media_kind in ('image', 'video', 'unknown')),
      sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
      sha1 text check (sha1 ~ '^[0-9a-f]{40}$'),
      md5 text check (md5 ~ '^[0-9a-f]{32}$'),
      pdq text check (pdq ~ '^[0-9a-f]{64}$'),
      pdq_quality integer check (pdq_quality between 0 and 100),
      vpdq jsonb check (vpdq is null or jsonb_typeof(vpdq) = 'array'),
      age_band text check (age_band in ('infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor', 'unknown')),
      activity text check (activity in ('penetrative_sexual_activity', 'non_penetrative_sexual_activity', 'sadism_or_bestiality', 'sexual_posing', 'non_sexual_nudity', 'other')),
      origin text check (origin in ('abuse', 'self_generated', 'sextortion', 'ai_generated', 'unknown')),
      victim_identified boolean,
      uses text[] not null default '{}' check (uses <@ array['victim_identification', 'forensics', 'notice_and_takedown']::text[]),
      status text not null default 'pending' check (status in ('pending', 'confirmed', 'disputed')),
      suspended_at timestamptz,
      suspended_reason text,
      withdrawn_at timestamptz,
      withdrawn_reason text,
      contributor_type text not null check (contributor_type in ('user', 'api_key', 'cli', 'system', 'anonymous')),
      contributor_id text,
      contributor_organisation_id uuid references organisation (id),
      provenance jsonb not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      change_txid xid8 not null default pg_current_xact_id(),
      check (sha256 is not null or sha1 is not null or md5 is not null or pdq is not null or vpdq is not null),
      check ((withdrawn_at is null) = (withdrawn_reason is null))
    );
    create index bank_entry_change_idx on bank_entry (change_txid, id);
    create index bank_entry_sha256_idx on bank_entry (sha256) where sha256 is not null;
    create index bank_entry_sha1_idx on bank_entry (sha1) where sha1 is not null;
    create index bank_entry_md5_idx on bank_entry (md5) where md5 is not null;
    -- One live entry per media per bank: imports are idempotent and can resume.
    create unique index bank_entry_bank_pdq_key on bank_entry (bank_id, pdq) where withdrawn_at is null and pdq is not null;
    create unique index bank_entry_bank_sha256_key on bank_entry (bank_id, sha256) where withdrawn_at is null and sha256 is not null;
    create unique index bank_entry_bank_md5_key on bank_entry (bank_id, md5) where withdrawn_at is null and md5 is not null and pdq is null and sha256 is null;

    create function bank_entry_touch() returns trigger language plpgsql as $$
    begin
      new.change_txid := pg_current_xact_id();
      new.updated_at := now();
      return new;
    end $$;
    create trigger bank_entry_touch before insert or update on bank_entry for each row execute function bank_entry_touch();

    create table bank_entry_event (
      id bigserial primary key,
      entry_id bigint not null references bank_entry (id),
      kind text not null check (kind in ('created', 'assessed', 'labels_changed', 'withdrawn', 'restored', 'suspended', 'unsuspended', 'feedback')),
      actor_type text not null check (actor_type in ('user', 'api_key', 'cli', 'system', 'anonymous')),
      actor_id text,
      details jsonb not null default '{}',
      occurred_at timestamptz not null default now()
    );
    create index bank_entry_event_entry_idx on bank_entry_event (entry_id, id);
    create function bank_entry_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'bank_entry_event is append-only';
    end $$;
    create trigger bank_entry_event_append_only before update or delete or truncate on bank_entry_event
      for each statement execute function bank_entry_event_is_append_only();

    -- One assessment per analyst per entry: concurring assessments from distinct people confirm it.
    create table bank_assessment (
      entry_id bigint not null references bank_entry (id),
      assessor_id text not null,
      verdict text not null check (verdict in ('concur', 'dispute')),
      assessed_at timestamptz not null default now(),
      primary key (entry_id, assessor_id)
    );

    create table bank_match_feedback (
      id bigserial primary key,
      entry_id bigint not null references bank_entry (id),
      organisation_id uuid not null references organisation (id),
      verdict text not null check (verdict in ('confirmed', 'false_positive')),
      reason text not null default '',
      created_at timestamptz not null default now()
    );
    create index bank_match_feedback_entry_idx on bank_match_feedback (entry_id);

    -- Matches per entry per hour: the flood guard compares the last hour with the entry's baseline.
    create table bank_entry_match_hour (
      entry_id bigint not null references bank_entry (id),
      hour timestamptz not null,
      matches integer not null,
      primary key (entry_id, hour)
    );

    -- Imports are resumable: the file is known by its digest and the last line committed.
    create table bank_import (
      id bigserial primary key,
      bank_id integer not null references hash_bank (id),
      format text not null check (format in ('csv', 'hma', 'ncmec', 'stopncii')),
      file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
      lines_done integer not null default 0,
      added integer not null default 0,
      skipped integer not null default 0,
      finished_at timestamptz,
      created_at timestamptz not null default now(),
      unique (bank_id, file_sha256)
    );

    create table legal_scheme_category (
      scheme text not null check (scheme in ('ca_criminal_code', 'uk_abc', 'industry_a1b2', 'interpol_baseline')),
      age_band text not null,
      activity text not null,
      category text not null,
      primary key (scheme, age_band, activity)
    );
  `.execute(db);
  const rows = legalSchemeRows();
  await sql`insert into legal_scheme_category (scheme, age_band, activity, category)
    select * from unnest(${rows.map((r) => r[0])}::text[], ${rows.map((r) => r[1])}::text[], ${rows.map((r) => r[2])}::text[], ${rows.map((r) => r[3])}::text[])`.execute(
    db,
  );
}
