import { sql, type Kysely } from 'kysely';

// A referral recipient's HTTPS API may present a certificate from the recipient's own private
// authority: the directory keeps that authority's PEM certificates, trusted for that API alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referral_recipient add column api_ca_certificates text`.execute(db);
}
