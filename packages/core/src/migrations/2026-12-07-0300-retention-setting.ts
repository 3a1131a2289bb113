import { sql, type Kysely } from 'kysely';

// The reporters' personal data retention (settings/retention-settings.ts) and the review defaults
// (review/settings.service.ts) can be changed at run time too.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table installation_setting
      drop constraint installation_setting_key_check,
      add constraint installation_setting_key_check check (key in ('tipline.name', 'tipline.phone',
        'tipline.privacyUrl', 'tipline.emergencyNumber', 'tipline.regionLabel', 'tipline.regions',
        'tipline.helpLines', 'tipline.exitUrl', 'retention.intakeRetentionDays', 'review.defaults'));
  `.execute(db);
}
