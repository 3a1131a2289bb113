import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table staff_user (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      role text not null check (role in ('administrator', 'supervisor', 'analyst', 'verifier')),
      status text not null default 'invited' check (status in ('invited', 'active', 'disabled')),
      password_hash text,
      totp_secret text,
      totp_last_step bigint,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status <> 'active' or (password_hash is not null and totp_secret is not null))
    );
    create unique index staff_user_email_key on staff_user (lower(email));

    create table enrolment (
      token_hash text primary key,
      user_id uuid not null references staff_user (id),
      pending_totp_secret text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index enrolment_user_idx on enrolment (user_id);

    create table staff_session (
      token_hash text primary key,
      user_id uuid not null references staff_user (id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now()
    );
    create index staff_session_user_idx on staff_session (user_id);

    create table organisation (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      kind text not null default 'other' check (kind in
        ('hosting_provider', 'internet_provider', 'platform', 'hotline', 'police', 'child_welfare', 'internal', 'other')),
      created_at timestamptz not null default now()
    );

    create table api_key (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation (id),
      prefix text not null unique,
      key_hash text not null,
      scopes text[] not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      last_used_at timestamptz
    );

    -- Jobs that failed for good (a permanent error): kept with their reason for operators.
    create table job_failure (
      id bigserial primary key,
      job_name text not null,
      job_id text not null,
      code text not null,
      message text not null,
      payload jsonb not null,
      failed_at timestamptz not null default now()
    );

    create table audit_event (
      seq bigint primary key,
      occurred_at timestamptz not null,
      actor_type text not null check (actor_type in ('user', 'api_key', 'cli', 'system', 'anonymous')),
      actor_id text,
      address text,
      action text not null,
      subject_type text,
      subject_id text,
      details jsonb not null default '{}',
      prev_hash text not null,
      hash text not null unique
    );

    -- The audit trail is append-only: no code path may change or remove a row. Tampering needs a
    -- superuser disabling this trigger, and the hash chain then shows it (vigie audit verify).
    create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only';
    end $$;
    create trigger audit_event_append_only before update or delete or truncate on audit_event
      for each statement execute function audit_event_is_append_only();
  `.execute(db);
}
