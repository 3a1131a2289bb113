import { sql, type Kysely } from 'kysely';

// The statistics' rollups (docs/statistics.md): daily counts kept by the statistics.roll-up job,
// so that a year's figure reads a few thousand rows, not a million reports or ten million media.
// Days are calendar days in the statistics time zone; the job replaces whole days (delete, then
// insert from the event tables) in one transaction, so a run repeated gives the same rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table statistics_day (
      measure text not null check (measure in ('reports', 'report_urls', 'forwarded_reports', 'forwards',
        'media_seen', 'media_known', 'assessments', 'entries_added', 'entries_confirmed', 'detections',
        'notices_sent', 'notice_urls')),
      day date not null,
      -- the measure's breakdown (statistics.types.ts says which); '' where it has none or for "any"
      k1 text not null default '',
      k2 text not null default '',
      k3 text not null default '',
      value bigint not null check (value >= 0),
      primary key (measure, day, k1, k2, k3)
    );
    create index statistics_day_day_idx on statistics_day (day);

    -- Time to removal per month and per year of first detection: percentiles do not add up, so
    -- each period's measures (rechecks' takedownMeasures) are kept whole and recomputed when its
    -- re-checks change.
    create table statistics_removal (
      span text not null check (span in ('month', 'year')),
      start date not null,
      measures jsonb not null,
      computed_at timestamptz not null,
      primary key (span, start)
    );

    create table statistics_rollup_state (
      singleton boolean primary key default true check (singleton),
      time_zone text not null,
      -- every day before this one is rolled up (a run recomputes the window before it)
      rolled_through date not null,
      rolled_up_at timestamptz not null
    );

    -- The job reads the event tables by day: these make a run read the days it recomputes only.
    create index media_first_seen_idx on media (first_seen_at);
    create index detection_first_seen_idx on detection (first_seen_at);
    create index bank_assessment_at_idx on bank_assessment (assessed_at);
    create index bank_entry_created_idx on bank_entry (created_at);
    create index notice_sent_idx on notice (sent_at) where sent_at is not null;
    create index referral_report_idx on referral (report_id);
    create index blocklist_version_published_idx on blocklist_version (published_at);
    create index recheck_changed_idx on recheck (greatest(created_at, last_checked_at, notified_at));
  `.execute(db);
}
