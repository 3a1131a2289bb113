import { sql, type Kysely } from 'kysely';

// Safe media review: the supervisors' policy, each analyst's display settings, reveals (who,
// which media, how long), claims on queue items, verdicts with the media they covered, the
// verification items their bank entries wait in, and exposure per analyst per day. The closed
// sets mirror packages/contract/src/review.ts. See docs/review.md.

const verdicts = `'csam_a1', 'csam_a2', 'csam_b1', 'csam_b2', 'csam_other', 'not_csam', 'unsure'`;
const csamVerdicts = `'csam_a1', 'csam_a2', 'csam_b1', 'csam_b2', 'csam_other'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row at most: what supervisors set; without it, the installation's settings apply.
    create table review_policy (
      id boolean primary key default true check (id),
      allow_unblurred boolean not null,
      allow_colour boolean not null,
      allow_hover_peek boolean not null,
      soft_limit_minutes integer not null check (soft_limit_minutes between 1 and 1440),
      hard_limit_minutes integer not null check (hard_limit_minutes between 1 and 1440),
      break_minutes integer not null check (break_minutes between 1 and 1440),
      daily_limit_minutes integer not null check (daily_limit_minutes between 1 and 1440),
      session_timeout_minutes integer not null check (session_timeout_minutes between 1 and 240),
      check (soft_limit_minutes <= hard_limit_minutes),
      updated_by uuid references staff_user (id),
      updated_at timestamptz not null
    );

    -- An analyst's own choices; a null column follows the installation's default.
    create table review_setting (
      user_id uuid primary key references staff_user (id),
      blur boolean,
      greyscale boolean,
      hover_peek boolean,
      video_mode text check (video_mode in ('stills', 'poster')),
      updated_at timestamptz not null
    );

    create table review_reveal (
      id uuid primary key,
      user_id uuid not null references staff_user (id),
      sha256 text not null references media (sha256),
      started_at timestamptz not null,
      ended_at timestamptz,
      duration_ms integer check (duration_ms >= 0),
      check ((ended_at is null) = (duration_ms is null))
    );
    create index review_reveal_open_idx on review_reveal (user_id) where ended_at is null;

    -- A queue item served to one analyst's grid is not served to another until the claim lapses.
    create table review_claim (
      sha256 text primary key references media (sha256),
      user_id uuid not null references staff_user (id),
      until timestamptz not null
    );

    create table review_decision (
      id bigint generated always as identity primary key,
      sha256 text not null references media (sha256),
      reviewer_id uuid not null references staff_user (id),
      stage text not null check (stage in ('first', 'verification', 'settlement')),
      item_id bigint,
      first_reviewer_id uuid references staff_user (id),
      verdict text not null check (verdict in (${sql.raw(verdicts)})),
      age_band text check (age_band in ('infant_toddler', 'prepubescent', 'pubescent', 'post_pubescent_minor', 'unknown')),
      activity text check (activity in ('penetrative_sexual_activity', 'non_penetrative_sexual_activity',
        'sadism_or_bestiality', 'sexual_posing', 'non_sexual_nudity', 'other')),
      origin text check (origin in ('abuse', 'self_generated', 'sextortion', 'ai_generated', 'unknown')),
      victim_identified boolean,
      decided_at timestamptz not null,
      undone_at timestamptz,
      -- nobody verifies their own verdict
      constraint review_decision_not_own_check
        check (stage <> 'verification' or (item_id is not null and first_reviewer_id is not null
          and reviewer_id <> first_reviewer_id)),
      check (undone_at is null or stage = 'first')
    );
    create index review_decision_reviewer_idx on review_decision (reviewer_id, id desc) where undone_at is null;
    create index review_decision_media_idx on review_decision (sha256) where undone_at is null;
    -- one verification per verifier per item
    create unique index review_decision_verifier_key on review_decision (item_id, reviewer_id)
      where stage = 'verification';

    -- The media a first verdict covered (a near-duplicate group is decided once), the queue state
    -- each had (for undo), and its bank entry when the verdict made one.
    create table review_member (
      decision_id bigint not null references review_decision (id),
      sha256 text not null references media (sha256),
      prior_state text check (prior_state in ('queued', 'grouped', 'awaiting_entry', 'decided')),
      entry_id bigint references bank_entry (id),
      primary key (decision_id, sha256)
    );
    create index review_member_entry_idx on review_member (entry_id) where entry_id is not null;

    -- A csam verdict's bank entries awaiting their verifiers (the bank says how many concur).
    create table review_item (
      id bigint generated always as identity primary key,
      decision_id bigint not null unique references review_decision (id),
      sha256 text not null references media (sha256),
      first_reviewer_id uuid not null references staff_user (id),
      verdict text not null check (verdict in (${sql.raw(csamVerdicts)})),
      required integer not null check (required between 2 and 3),
      state text not null default 'awaiting_verification'
        check (state in ('awaiting_verification', 'confirmed', 'disputed', 'settled', 'rejected', 'undone')),
      settled_by uuid references staff_user (id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index review_item_state_idx on review_item (state, id);
    alter table review_decision add constraint review_decision_item_fkey foreign key (item_id) references review_item (id);

    create table review_exposure_day (
      user_id uuid not null references staff_user (id),
      day date not null,
      review_ms bigint not null default 0 check (review_ms >= 0),
      reveal_ms bigint not null default 0 check (reveal_ms >= 0),
      reveals integer not null default 0,
      breaks integer not null default 0,
      stops integer not null default 0,
      primary key (user_id, day)
    );
    create index review_exposure_day_idx on review_exposure_day (day);

    -- The running review session: when it was last active, exposure since the last break, a
    -- break imposed by the hard limit.
    create table review_session (
      user_id uuid primary key references staff_user (id),
      started_at timestamptz,
      last_active_at timestamptz,
      since_break_ms bigint not null default 0 check (since_break_ms >= 0),
      break_until timestamptz
    );
  `.execute(db);
}
