import { sql, type Kysely } from 'kysely';

// Provider submissions, one row per organisation and media. The quarantined bank_entry stays one
// per media (analysts assess it once); each organisation that sent it has its own submission, so
// a submission id and "created" tell an organisation only about what it sent itself. Existing
// quarantined entries get the submission of the organisation that contributed them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hash_submission (
      id bigserial primary key,
      organisation_id uuid not null references organisation (id),
      entry_id bigint not null references bank_entry (id),
      note text not null default '',
      created_at timestamptz not null default now(),
      unique (organisation_id, entry_id)
    );
    create index hash_submission_entry_idx on hash_submission (entry_id);
    insert into hash_submission (organisation_id, entry_id, note, created_at)
      select e.contributor_organisation_id, e.id, coalesce(e.provenance->>'note', ''), e.created_at
      from bank_entry e join hash_bank b on b.id = e.bank_id
      where b.kind = 'quarantine' and e.contributor_organisation_id is not null
      order by e.id;
  `.execute(db);
}
