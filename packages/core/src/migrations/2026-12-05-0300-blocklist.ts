import { sql, type Kysely } from 'kysely';

// The blocklist feed: entries (current state) with their approvals and append-only history, the
// published versions (immutable: a version's rows never change), site owners' appeals, and the
// providers' fetches (which organisation fetched which file when: never anything about the
// people a provider's blocking stops). See docs/blocklist.md.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table blocklist_entry (
      id uuid primary key,
      kind text not null check (kind in ('url', 'domain')),
      -- as the feed writes it (docs/blocklist.md: normalisation), and its SHA-256
      value text not null check (value <> ''),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      -- as it was nominated (a URL with its scheme), for the analysts
      original text not null,
      state text not null default 'nominated' check (state in ('nominated', 'listed', 'delisted', 'rejected')),
      delisted_reason text check (delisted_reason in ('content_gone', 'appeal', 'withdrawn')),
      report_id uuid references report (id),
      decision_id text,
      nominated_by uuid references staff_user (id),
      note text,
      nominated_at timestamptz not null,
      listed_at timestamptz,
      delisted_at timestamptz,
      updated_at timestamptz not null,
      check ((state = 'delisted') = (delisted_reason is not null and delisted_at is not null)),
      check (state not in ('listed', 'delisted') or listed_at is not null)
    );
    -- One live entry per address: a delisted or rejected one may be nominated again later.
    create unique index blocklist_entry_live_idx on blocklist_entry (kind, value) where state in ('nominated', 'listed');
    create index blocklist_entry_state_idx on blocklist_entry (state, nominated_at desc);
    create index blocklist_entry_report_idx on blocklist_entry (report_id) where report_id is not null;

    -- One row per approving analyst: the key makes two approvals two different people.
    create table blocklist_approval (
      entry_id uuid not null references blocklist_entry (id),
      staff_id uuid not null references staff_user (id),
      at timestamptz not null,
      primary key (entry_id, staff_id)
    );

    -- An entry is listed only with two different analysts' approvals, whatever the code does.
    create function blocklist_entry_needs_two_approvals() returns trigger language plpgsql as $$
      begin
        if new.state = 'listed' and (tg_op = 'INSERT' or old.state is distinct from 'listed')
           and (select count(*) from blocklist_approval where entry_id = new.id) < 2 then
          raise exception 'a blocklist entry is listed only with two different analysts'' approvals'
            using errcode = 'check_violation';
        end if;
        return new;
      end
    $$;
    create trigger blocklist_entry_two_approvals before insert or update of state on blocklist_entry
      for each row execute function blocklist_entry_needs_two_approvals();

    create table blocklist_event (
      id bigint generated always as identity primary key,
      entry_id uuid not null references blocklist_entry (id),
      kind text not null check (kind in ('nominated', 'approved', 'listed', 'rejected', 'delisted', 'appealed',
        'appeal_upheld', 'appeal_rejected')),
      at timestamptz not null,
      actor text,
      details jsonb not null default '{}'
    );
    create index blocklist_event_entry_idx on blocklist_event (entry_id, id);

    create table blocklist_version (
      version integer primary key check (version > 0),
      published_at timestamptz not null,
      entries integer not null check (entries >= 0),
      urls integer not null check (urls >= 0),
      domains integer not null check (domains >= 0),
      added integer not null check (added >= 0),
      removed integer not null check (removed >= 0)
    );
    -- Each version's entries as published: what its files are made of.
    create table blocklist_version_item (
      version integer not null references blocklist_version (version),
      kind text not null check (kind in ('url', 'domain')),
      value text not null,
      sha256 text not null,
      entry_id uuid not null references blocklist_entry (id),
      primary key (version, kind, value)
    );

    create table blocklist_appeal (
      id uuid primary key,
      address text not null,
      entry_id uuid references blocklist_entry (id),
      contact text not null,
      reason text not null,
      language text not null check (language in ('en', 'fr')),
      state text not null default 'open' check (state in ('open', 'upheld', 'rejected')),
      submitted_at timestamptz not null,
      decided_at timestamptz,
      decided_by uuid references staff_user (id),
      decision_note text,
      check ((state = 'open') = (decided_at is null))
    );
    create index blocklist_appeal_state_idx on blocklist_appeal (state, submitted_at);

    -- Which provider fetched which file when (no address, no user, nothing of their customers).
    create table blocklist_fetch (
      id bigint generated always as identity primary key,
      organisation_id uuid not null references organisation (id),
      api_key_id uuid references api_key (id),
      file text not null,
      version integer,
      at timestamptz not null
    );
    create index blocklist_fetch_org_idx on blocklist_fetch (organisation_id, at desc);

    create function blocklist_history_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the blocklist''s history and published versions cannot be changed or removed';
      end
    $$;
    create trigger blocklist_event_append_only before update or delete or truncate on blocklist_event
      for each statement execute function blocklist_history_is_append_only();
    create trigger blocklist_version_immutable before update or delete or truncate on blocklist_version
      for each statement execute function blocklist_history_is_append_only();
    create trigger blocklist_version_item_immutable before update or delete or truncate on blocklist_version_item
      for each statement execute function blocklist_history_is_append_only();
  `.execute(db);
}
