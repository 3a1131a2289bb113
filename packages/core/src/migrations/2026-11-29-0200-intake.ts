import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report (
      id uuid primary key,
      report_number text not null unique,
      follow_up_code_hash text not null unique,
      type text not null check (type in ('child_sexual_abuse_material', 'luring', 'sex_tourism', 'child_prostitution',
        'child_trafficking', 'sexually_explicit_material_to_child', 'agreement_to_offend', 'non_consensual_intimate_images')),
      source text not null check (source in ('tipline', 'api')),
      language text not null,
      description text not null,
      anonymous boolean not null,
      incident jsonb not null,
      suspect jsonb not null,
      victim jsonb not null,
      reporter_region text check (reporter_region in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT', 'outside_canada')),
      reporter_country text,
      -- AES-256-GCM (iv | tag | ciphertext) of the contact details; null when anonymous or erased.
      contact_ciphertext bytea,
      -- Only with VIGIE_INTAKE_STORE_ADDRESS=true.
      reporter_address text,
      partner_organisation_id uuid references organisation (id),
      happening_now boolean not null,
      has_person_info boolean not null,
      priority smallint not null,
      status text not null default 'received' check (status in ('received', 'queued')),
      received_at timestamptz not null,
      personal_data_erased_at timestamptz,
      check (not anonymous or contact_ciphertext is null)
    );
    create index report_received_idx on report (received_at, id);
    create index report_personal_data_idx on report (received_at) where contact_ciphertext is not null or reporter_address is not null;

    -- One row per distinct normalised URL, however many reports name it: captured once.
    create table reported_url (
      id uuid primary key default gen_random_uuid(),
      url text not null unique,
      host text not null,
      capture_state text not null default 'new' check (capture_state in ('new', 'capture_pending')),
      capture_requested_at timestamptz,
      first_reported_at timestamptz not null
    );

    create table report_url (
      report_id uuid not null references report (id),
      url_id uuid not null references reported_url (id),
      position smallint not null,
      primary key (report_id, url_id)
    );
    create index report_url_url_idx on report_url (url_id);

    -- Information added later with the follow-up code; append-only, never shown back to the public.
    create table report_follow_up (
      id bigserial primary key,
      report_id uuid not null references report (id),
      information text not null,
      received_at timestamptz not null
    );
    create index report_follow_up_report_idx on report_follow_up (report_id);

    -- The analyst queue: danger now, then information on a victim or suspect, then type; oldest first.
    create table triage_entry (
      report_id uuid primary key references report (id),
      priority smallint not null,
      received_at timestamptz not null,
      queued_at timestamptz not null default now()
    );
    create index triage_entry_order_idx on triage_entry (priority desc, received_at, report_id);

    create table public_alert (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      body text not null,
      language text not null check (language ~ '^[a-z]{2}$'),
      published_by uuid references staff_user (id),
      published_at timestamptz not null
    );
    create index public_alert_published_idx on public_alert (language, published_at desc);
  `.execute(db);
}
