import { sql, type Kysely } from 'kysely';

// Installation settings changed at run time (the public site's name, phone line, regions, help
// lines...): one row per changed key, its value as JSON; a key without a row is the environment's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table installation_setting (
      key text primary key check (key in ('tipline.name', 'tipline.phone', 'tipline.privacyUrl',
        'tipline.emergencyNumber', 'tipline.regionLabel', 'tipline.regions', 'tipline.helpLines', 'tipline.exitUrl')),
      value jsonb not null,
      updated_at timestamptz not null,
      updated_by text not null
    );
  `.execute(db);
}
