import { sql, type Kysely } from 'kysely';

// Referrals: the recipient directory, the supervisors' automatic-forwarding rules, each referral
// (current state) with its append-only history and the package files it was sent as, and one
// automatic decision per report the crawler marked. See docs/referrals.md.

const reportTypes = sql.raw(
  `'child_sexual_abuse_material', 'luring', 'sex_tourism', 'child_prostitution', 'child_trafficking',
   'sexually_explicit_material_to_child', 'agreement_to_offend', 'non_consensual_intimate_images', 'other'`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table outbox_message drop constraint outbox_message_purpose_check;
    alter table outbox_message add constraint outbox_message_purpose_check
      check (purpose in ('notice', 'case_reply', 'notice_reminder', 'notice_escalation', 'referral'));

    create table referral_recipient (
      id uuid primary key,
      name text not null unique,
      kind text not null check (kind in ('police', 'national_police_centre', 'child_welfare', 'partner_hotline')),
      country text not null check (country ~ '^[A-Z]{2}$'),
      region text,
      city text,
      covers_countries text[] not null default '{}',
      language text not null check (language ~ '^[a-z]{2}$'),
      channel text not null check (channel in ('openpgp_email', 'sftp', 'https_api')),
      email text,
      public_key text,
      public_key_fingerprint text,
      sftp_host text,
      sftp_port integer check (sftp_port between 1 and 65535),
      sftp_user text,
      sftp_password text,
      sftp_private_key text,
      sftp_host_key text,
      sftp_directory text,
      api_url text,
      api_secret text,
      report_types text[] not null default '{}' check (report_types <@ array[${reportTypes}]::text[]),
      may_receive_media boolean not null default false,
      formats text[] not null default '{json,html,pdf}'
        check (formats <@ array['json', 'html', 'pdf', 'cybertip_xml']::text[]),
      active boolean not null default true,
      notes text,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      -- a channel is usable only with what it needs
      check (channel <> 'openpgp_email' or (email is not null and public_key is not null)),
      check (channel <> 'sftp' or (sftp_host is not null and sftp_user is not null
        and (sftp_password is not null or sftp_private_key is not null))),
      check (channel <> 'https_api' or (api_url is not null and api_secret is not null))
    );
    create index referral_recipient_place_idx on referral_recipient (country, kind, region);

    create table referral_rule (
      id uuid primary key,
      name text not null unique,
      enabled boolean not null default true,
      age_bands text[] not null default '{}',
      activities text[] not null default '{}',
      report_types text[] not null default '{}' check (report_types <@ array[${reportTypes}]::text[]),
      excluded_report_types text[] not null default '{}'
        check (excluded_report_types <@ array[${reportTypes}]::text[]),
      recipient_kinds text[] not null default '{}'
        check (recipient_kinds <@ array['police', 'national_police_centre', 'child_welfare', 'partner_hotline']::text[]),
      recipient_ids uuid[] not null default '{}',
      created_by uuid references staff_user (id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );

    create table referral (
      id uuid primary key,
      reference text not null unique,
      report_id uuid not null references report (id),
      recipient_id uuid not null references referral_recipient (id),
      origin text not null check (origin in ('automatic', 'analyst')),
      state text not null check (state in ('held', 'queued', 'sent', 'failed', 'acknowledged', 'cancelled')),
      decision_id text,
      rule_id uuid references referral_rule (id),
      requested_by uuid references staff_user (id),
      classification text,
      note text,
      release_at timestamptz not null,
      created_at timestamptz not null,
      queued_at timestamptz,
      sent_at timestamptz,
      acknowledged_at timestamptz,
      recipient_reference text,
      outcome text check (outcome in ('arrest', 'charges_laid', 'child_removed_from_harm', 'victim_identified',
        'investigation_opened', 'referred_elsewhere', 'insufficient_information', 'no_action')),
      outcome_at timestamptz
    );
    -- A report goes to a recipient once (an undone referral does not count).
    create unique index referral_report_recipient_idx on referral (report_id, recipient_id) where state <> 'cancelled';
    create index referral_created_idx on referral (created_at desc);
    create index referral_held_idx on referral (release_at) where state = 'held';

    -- What was sent: the package as rendered when the referral was released.
    create table referral_file (
      referral_id uuid not null references referral (id),
      name text not null,
      content_type text not null,
      sha256 text not null,
      size integer not null,
      bytes bytea not null,
      primary key (referral_id, name)
    );

    create table referral_event (
      id bigint generated always as identity primary key,
      referral_id uuid not null references referral (id),
      kind text not null check (kind in ('created', 'undone', 'queued', 'sent', 'failed', 'acknowledged',
        'outcome_recorded')),
      at timestamptz not null,
      actor text,
      details jsonb not null default '{}'
    );
    create index referral_event_referral_idx on referral_event (referral_id, id);
    create function referral_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'a referral''s history cannot be changed or removed';
      end
    $$;
    create trigger referral_event_append_only before update or delete or truncate on referral_event
      for each statement execute function referral_event_is_append_only();

    -- One automatic decision per report the crawler marked: what was forwarded, or why not.
    create table referral_auto_decision (
      report_id uuid primary key references report (id),
      outcome text not null check (outcome in ('forwarded', 'excluded', 'no_rule', 'no_recipient')),
      rule_ids uuid[] not null default '{}',
      referral_ids uuid[] not null default '{}',
      reason text not null,
      decided_at timestamptz not null
    );
    create index referral_auto_decision_at_idx on referral_auto_decision (decided_at desc);
  `.execute(db);
}
