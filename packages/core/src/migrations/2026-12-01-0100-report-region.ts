import { sql, type Kysely } from 'kysely';

// Regions are an installation's setting (Canada's provinces by default), so the column holds any
// region code of that shape; `outside_canada` becomes `outside`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table report drop constraint report_reporter_region_check;
    update report set reporter_region = 'outside' where reporter_region = 'outside_canada';
    alter table report add constraint report_reporter_region_check check (reporter_region ~ '^[A-Za-z0-9_-]{1,16}$');
  `.execute(db);
}
