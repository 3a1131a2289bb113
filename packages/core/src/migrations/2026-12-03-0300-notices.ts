import { sql, type Kysely } from 'kysely';

// Notices and the outbox: a notice per recipient and batch with the URLs it lists and its
// append-only history, and the outbox every message leaves through (one row per message, its
// attempts beside it). See docs/notices.md.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table detection drop constraint detection_notice_state_check;
    alter table detection add constraint detection_notice_state_check
      check (notice_state in ('notice_pending', 'not_applicable', 'in_notice', 'recipient_unknown'));

    create table outbox_message (
      id uuid primary key,
      -- the writer's own key (e.g. notice:<id>): a decision taken twice writes one message
      idempotency_key text not null unique,
      purpose text not null check (purpose in ('notice')),
      subject_id text not null,
      -- ordered contacts: the next is tried when one fails for good
      contacts jsonb not null check (jsonb_typeof(contacts) = 'array' and jsonb_array_length(contacts) > 0),
      contact_index integer not null default 0 check (contact_index >= 0),
      -- the message per channel, rendered when it was decided
      bodies jsonb not null,
      state text not null default 'queued' check (state in ('queued', 'sending', 'sent', 'failed', 'bounced')),
      attempts integer not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz not null,
      -- while sending: after this, the attempt is taken for interrupted (its process died)
      lease_until timestamptz,
      sent_at timestamptz,
      sent_to text,
      last_error text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index outbox_message_due_idx on outbox_message (next_attempt_at) where state in ('queued', 'sending');
    create index outbox_message_subject_idx on outbox_message (purpose, subject_id);

    create table outbox_attempt (
      id bigint generated always as identity primary key,
      message_id uuid not null references outbox_message (id),
      contact_index integer not null,
      contact text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      outcome text check (outcome in ('sent', 'failed', 'bounced', 'interrupted')),
      detail text
    );
    create index outbox_attempt_message_idx on outbox_attempt (message_id, id);

    create table notice (
      id uuid primary key,
      recipient_key text not null,
      recipient jsonb not null,
      language text not null check (language in ('en', 'fr')),
      origin text not null check (origin in ('automatic', 'analyst')),
      status text not null check (status in ('collecting', 'queued', 'sent', 'failed', 'acknowledged', 'contested')),
      due_at timestamptz not null,
      created_by uuid references staff_user (id),
      note text,
      -- SHA-256 of the response link's token (the token itself is derived from a key outside the database)
      token_hash text not null unique,
      created_at timestamptz not null,
      queued_at timestamptz,
      sent_at timestamptz,
      responded_at timestamptz,
      response text,
      reminders_paused boolean not null default false
    );
    -- One batch open per recipient: a batching recipient's URLs join it until it is due.
    create unique index notice_collecting_idx on notice (recipient_key) where status = 'collecting';
    create index notice_created_idx on notice (created_at desc);

    create table notice_url (
      notice_id uuid not null references notice (id),
      detection_id bigint references detection (id),
      -- the URL's X-ARF report_id: the same in every copy of the notice
      report_id uuid not null default gen_random_uuid(),
      url text not null,
      page_url text,
      address text,
      sha256 text not null,
      sha1 text,
      md5 text,
      media_kind text,
      classification text,
      first_seen_at timestamptz not null,
      primary key (notice_id, url, sha256)
    );
    create index notice_url_detection_idx on notice_url (detection_id);

    create table notice_event (
      id bigint generated always as identity primary key,
      notice_id uuid not null references notice (id),
      kind text not null check (kind in ('created', 'urls_added', 'queued', 'sent', 'failed', 'acknowledged', 'contested')),
      at timestamptz not null,
      actor text,
      details jsonb not null default '{}'
    );
    create index notice_event_notice_idx on notice_event (notice_id, id);
    create function notice_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'a notice''s history cannot be changed or removed';
      end
    $$;
    create trigger notice_event_append_only before update or delete or truncate on notice_event
      for each statement execute function notice_event_is_append_only();
  `.execute(db);
}
