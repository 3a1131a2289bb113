import { sql, type Kysely } from 'kysely';

// Casework: the analysts' cases over triaged reports (current state, claims, decisions, an
// append-only history), counts per state kept by triggers, new report sources (staff intake by
// phone and e-mail, partners' API reports) and the outbox's educational replies. docs/casework.md.

const types = sql.raw(`'child_sexual_abuse_material', 'luring', 'sex_tourism', 'child_prostitution',
  'child_trafficking', 'sexually_explicit_material_to_child', 'agreement_to_offend', 'non_consensual_intimate_images', 'other'`);
const sources = sql.raw(`'tipline', 'api', 'partner', 'phone', 'email'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table report drop constraint report_source_check;
    alter table report add constraint report_source_check check (source in (${sources}));
    -- Reports sent with a partner's key were recorded as 'api' before partners had a source of their own.
    update report set source = 'partner' where source = 'api' and partner_organisation_id is not null;

    alter table outbox_message drop constraint outbox_message_purpose_check;
    alter table outbox_message add constraint outbox_message_purpose_check check (purpose in ('notice', 'case_reply'));

    -- One case per triaged report: what the queue sorts and filters on, copied from the report
    -- (type is the analyst's classification once confirmed or corrected; the report keeps the reporter's).
    -- The claim is two columns of this row: one case, at most one analyst, by construction.
    create table case_file (
      report_id uuid primary key references report (id),
      state text not null default 'open' check (state in ('open', 'in_review', 'closed')),
      priority smallint not null,
      received_at timestamptz not null,
      type text not null check (type in (${types})),
      type_confirmed boolean not null default false,
      region text,
      source text not null check (source in (${sources})),
      claimed_by uuid references staff_user (id),
      claim_expires_at timestamptz,
      close_reason text check (close_reason in ('actioned', 'not_illegal', 'duplicate', 'insufficient_information',
        'outside_mandate', 'content_gone', 'other')),
      opened_at timestamptz not null,
      updated_at timestamptz not null,
      closed_at timestamptz,
      check ((claimed_by is null) = (claim_expires_at is null)),
      check ((state = 'closed') = (close_reason is not null and closed_at is not null))
    );
    -- The queue's order (danger now, person information, type: the priority bands; then oldest),
    -- for the working queue and per filter, so a keyset page reads only its rows. The priority is
    -- negated so that one ascending row comparison, (-priority, received_at, report_id) > cursor,
    -- starts the index scan at the cursor.
    create index case_file_active_idx on case_file ((-priority), received_at, report_id) where state <> 'closed';
    create index case_file_state_idx on case_file (state, (-priority), received_at, report_id);
    create index case_file_claim_idx on case_file (claimed_by, (-priority), received_at, report_id)
      where claimed_by is not null;
    create index case_file_type_idx on case_file (type, (-priority), received_at, report_id) where state <> 'closed';
    create index case_file_region_idx on case_file (region, (-priority), received_at, report_id) where state <> 'closed';
    create index case_file_source_idx on case_file (source, (-priority), received_at, report_id) where state <> 'closed';

    -- Cases per state, kept by statement triggers: the console shows them on every screen.
    create table case_state_count (
      state text primary key check (state in ('open', 'in_review', 'closed')),
      count bigint not null check (count >= 0)
    );
    insert into case_state_count (state, count) values ('open', 0), ('in_review', 0), ('closed', 0);

    create function case_state_count_added() returns trigger language plpgsql as $$
    begin
      update case_state_count c set count = c.count + d.n
        from (select state, count(*) as n from added group by state) d where c.state = d.state;
      return null;
    end $$;
    create function case_state_count_changed() returns trigger language plpgsql as $$
    begin
      -- Rows locked in state order, so two transactions never wait on each other in a circle.
      update case_state_count c set count = c.count + d.n
        from (
          select state, sum(n)::bigint as n from (
            select state, -count(*) as n from removed group by state
            union all select state, count(*) from added group by state
          ) s group by state having sum(n) <> 0 order by state
        ) d where c.state = d.state;
      return null;
    end $$;
    create trigger case_file_counted_insert after insert on case_file
      referencing new table as added for each statement execute function case_state_count_added();
    create trigger case_file_counted_update after update on case_file
      referencing old table as removed new table as added for each statement execute function case_state_count_changed();
    create function case_file_is_kept() returns trigger language plpgsql as $$
    begin
      raise exception 'cases are closed, never deleted';
    end $$;
    create trigger case_file_kept before delete or truncate on case_file
      for each statement execute function case_file_is_kept();

    -- Decisions: current state (queued until the feature that carries it out says done).
    create table case_decision (
      id uuid primary key,
      report_id uuid not null references case_file (report_id),
      kind text not null check (kind in ('classify', 'forward', 'request_notice', 'nominate_blocklist',
        'educational_reply', 'close')),
      state text not null check (state in ('recorded', 'queued', 'done', 'failed', 'nothing_to_do')),
      staff_id uuid not null references staff_user (id),
      details jsonb not null default '{}',
      note text,
      decided_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index case_decision_report_idx on case_decision (report_id, decided_at);

    -- Everything that happened to a case, append-only (the audit trail holds the same, chained).
    create table case_event (
      id bigint generated always as identity primary key,
      report_id uuid not null references report (id),
      kind text not null check (kind in ('queued', 'claimed', 'released', 'contact_viewed', 'decided',
        'decision_updated', 'closed', 'reopened')),
      staff_id uuid references staff_user (id),
      decision_id uuid references case_decision (id),
      details jsonb not null default '{}',
      at timestamptz not null
    );
    create index case_event_report_idx on case_event (report_id, id);
    create function case_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'a case''s history cannot be changed or removed';
    end $$;
    create trigger case_event_append_only before update or delete or truncate on case_event
      for each statement execute function case_event_is_append_only();

    -- A report entering the analysts' queue opens its case, in the triage job's transaction.
    create function case_file_open() returns trigger language plpgsql as $$
    begin
      insert into case_file (report_id, priority, received_at, type, region, source, opened_at, updated_at)
        select r.id, r.priority, r.received_at, r.type, r.reporter_region, r.source, now(), now()
        from added a join report r on r.id = a.report_id
        on conflict (report_id) do nothing;
      insert into case_event (report_id, kind, at)
        select a.report_id, 'queued', now() from added a;
      return null;
    end $$;
    create trigger triage_entry_opens_case after insert on triage_entry
      referencing new table as added for each statement execute function case_file_open();

    insert into case_file (report_id, priority, received_at, type, region, source, opened_at, updated_at)
      select r.id, r.priority, r.received_at, r.type, r.reporter_region, r.source, t.queued_at, t.queued_at
      from triage_entry t join report r on r.id = t.report_id;
    insert into case_event (report_id, kind, at) select report_id, 'queued', queued_at from triage_entry;

    -- The case page's lookups: a report's audit events, reports on the same host, captures of a media.
    create index audit_event_subject_idx on audit_event (subject_type, subject_id, seq) where subject_id is not null;
    create index reported_url_host_idx on reported_url (host);
    create index capture_media_sha256_idx on capture_media (sha256) where sha256 is not null;
  `.execute(db);
}
