import { sql, type Kysely } from 'kysely';

// A ninth report type: something else, or the reporter is not sure.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table report drop constraint report_type_check;
    alter table report add constraint report_type_check check (type in ('child_sexual_abuse_material', 'luring',
      'sex_tourism', 'child_prostitution', 'child_trafficking', 'sexually_explicit_material_to_child',
      'agreement_to_offend', 'non_consensual_intimate_images', 'other'));
  `.execute(db);
}
