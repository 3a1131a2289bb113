import { sql, type Kysely } from 'kysely';

// Re-checks (Crockpot): every reported or notified URL is fetched again on a schedule until
// enough consecutive checks find its media gone; reminders and escalations go through the
// outbox; media found again after a removal is linked to the earlier notice. See docs/notices.md.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table outbox_message drop constraint outbox_message_purpose_check;
    alter table outbox_message add constraint outbox_message_purpose_check
      check (purpose in ('notice', 'case_reply', 'notice_reminder', 'notice_escalation'));

    alter table notice drop constraint notice_status_check;
    alter table notice add constraint notice_status_check
      check (status in ('collecting', 'queued', 'sent', 'failed', 'acknowledged', 'contested', 'removed'));
    alter table notice
      add column removed_at timestamptz,
      add column reminders integer not null default 0 check (reminders >= 0),
      add column escalations integer not null default 0 check (escalations >= 0),
      -- the last reminder or escalation decided: one per check interval, however many URLs it lists
      add column followed_up_at timestamptz;

    alter table notice_event drop constraint notice_event_kind_check;
    alter table notice_event add constraint notice_event_kind_check
      check (kind in ('created', 'urls_added', 'queued', 'sent', 'failed', 'acknowledged', 'contested',
                      'reminded', 'escalated', 'url_removed', 'removed', 'reappeared'));

    create table recheck (
      id bigint generated always as identity primary key,
      url text not null,
      sha256 text not null,
      page_url text,
      address text,
      detection_id bigint references detection (id),
      -- the latest notice listing the URL (null: reported, nobody to notify)
      notice_id uuid references notice (id),
      provider_key text,
      country text,
      state text not null default 'watching' check (state in ('watching', 'removed')),
      first_detected_at timestamptz not null,
      -- when the first notice listing it was accepted by the recipient's server
      notified_at timestamptz,
      next_check_at timestamptz not null,
      absent_streak integer not null default 0 check (absent_streak >= 0),
      -- the first check of the current absent streak: the removal time once it is confirmed
      absent_since timestamptz,
      checks integer not null default 0,
      last_checked_at timestamptz,
      last_outcome text check (last_outcome in ('present', 'absent', 'inconclusive')),
      last_detail text,
      removed_at timestamptz,
      created_at timestamptz not null,
      unique (url, sha256)
    );
    create index recheck_due_idx on recheck (next_check_at) where state = 'watching';
    create index recheck_notice_idx on recheck (notice_id);
    create index recheck_removed_idx on recheck (sha256) where state = 'removed';
    create index recheck_detected_idx on recheck (first_detected_at);

    create table recheck_reappearance (
      id bigint generated always as identity primary key,
      recheck_id bigint not null references recheck (id),
      notice_id uuid references notice (id),
      detection_id bigint not null references detection (id),
      url text not null,
      match text not null check (match in ('sha256', 'pdq')),
      distance integer not null default 0,
      same_host boolean not null,
      at timestamptz not null,
      unique (recheck_id, detection_id)
    );
    create index recheck_reappearance_detection_idx on recheck_reappearance (detection_id);
  `.execute(db);
}
