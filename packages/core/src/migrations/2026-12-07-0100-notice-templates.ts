import { sql, type Kysely } from 'kysely';

// Notice, follow-up and reporter reply templates saved on the console: one row per template and language, its
// source replacing the file's until it is reset (the row removed).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notice_template (
      name text not null check (name in ('notice-subject', 'notice-text', 'notice-html',
        'follow-up-subject', 'follow-up-text', 'follow-up-html',
        'reply-thanks', 'reply-not-illegal', 'reply-young-person-help')),
      language text not null check (language in ('en', 'fr')),
      source text not null check (length(source) between 1 and 100000),
      updated_at timestamptz not null,
      updated_by text not null,
      primary key (name, language)
    );
  `.execute(db);
}
