import type { ReferralRecipientBody, ReferralRecipientPatch } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { ReferralRecipient } from './referrals.types.ts';

// Every query of the recipient directory.

// A row as selected.
type Selected = {
  id: string;
  name: string;
  kind: ReferralRecipient['kind'];
  country: string;
  region: string | null;
  city: string | null;
  covers_countries: string[];
  language: string;
  channel: ReferralRecipient['channel'];
  email: string | null;
  public_key: string | null;
  public_key_fingerprint: string | null;
  sftp_host: string | null;
  sftp_port: number | null;
  sftp_user: string | null;
  sftp_password: string | null;
  sftp_private_key: string | null;
  sftp_host_key: string | null;
  sftp_directory: string | null;
  api_url: string | null;
  api_secret: string | null;
  api_ca_certificates: string | null;
  report_types: ReferralRecipient['reportTypes'][number][];
  may_receive_media: boolean;
  formats: ReferralRecipient['formats'][number][];
  active: boolean;
  notes: string | null;
  updated_at: Date;
};

const toRecipient = (r: Selected): ReferralRecipient => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  country: r.country,
  region: r.region,
  city: r.city,
  coversCountries: r.covers_countries,
  language: r.language,
  channel: r.channel,
  email: r.email,
  publicKey: r.public_key,
  publicKeyFingerprint: r.public_key_fingerprint,
  sftpHost: r.sftp_host,
  sftpPort: r.sftp_port,
  sftpUser: r.sftp_user,
  sftpPassword: r.sftp_password,
  sftpPrivateKey: r.sftp_private_key,
  sftpHostKey: r.sftp_host_key,
  sftpDirectory: r.sftp_directory,
  apiUrl: r.api_url,
  apiSecret: r.api_secret,
  apiCaCertificates: r.api_ca_certificates,
  reportTypes: r.report_types,
  mayReceiveMedia: r.may_receive_media,
  formats: r.formats,
  active: r.active,
  notes: r.notes,
  updatedAt: r.updated_at,
});

/** The columns a body or patch sets (only those it names). */
export function recipientColumns(
  body: ReferralRecipientPatch,
  fingerprint: string | null | undefined,
): Partial<Record<keyof Selected, unknown>> {
  const map: Record<string, keyof Selected> = {
    name: 'name',
    kind: 'kind',
    country: 'country',
    region: 'region',
    city: 'city',
    coversCountries: 'covers_countries',
    language: 'language',
    channel: 'channel',
    email: 'email',
    publicKey: 'public_key',
    sftpHost: 'sftp_host',
    sftpPort: 'sftp_port',
    sftpUser: 'sftp_user',
    sftpPassword: 'sftp_password',
    sftpPrivateKey: 'sftp_private_key',
    sftpHostKey: 'sftp_host_key',
    sftpDirectory: 'sftp_directory',
    apiUrl: 'api_url',
    apiSecret: 'api_secret',
    apiCaCertificates: 'api_ca_certificates',
    reportTypes: 'report_types',
    mayReceiveMedia: 'may_receive_media',
    formats: 'formats',
    active: 'active',
    notes: 'notes',
  };
  const columns: Partial<Record<keyof Selected, unknown>> = {};
  for (const [field, column] of Object.entries(map)) {
    const value = (body as Record<string, unknown>)[field];
    if (value !== undefined) columns[column] = value;
  }
  if (fingerprint !== undefined) columns.public_key_fingerprint = fingerprint;
  return columns;
}

export async function insertRecipient(
  trx: Db,
  id: string,
  body: ReferralRecipientBody,
  fingerprint: string | null,
  at: Date,
): Promise<ReferralRecipient> {
  const row = await trx
    .insertInto('referral_recipient')
    .values({ ...recipientColumns(body, fingerprint), id, created_at: at, updated_at: at } as never)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecipient(row as Selected);
}

export async function updateRecipient(
  trx: Db,
  id: string,
  patch: ReferralRecipientPatch,
  fingerprint: string | null | undefined,
  at: Date,
): Promise<ReferralRecipient> {
  const row = await trx
    .updateTable('referral_recipient')
    .set({ ...(recipientColumns(patch, fingerprint) as Record<string, never>), updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecipient(row as Selected);
}

export async function selectRecipients(db: Db): Promise<ReferralRecipient[]> {
  const rows = await db.selectFrom('referral_recipient').selectAll().orderBy('country').orderBy('name').execute();
  return rows.map((r) => toRecipient(r as Selected));
}

export async function selectRecipient(db: Db, ref: string): Promise<ReferralRecipient | undefined> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const row = await db
    .selectFrom('referral_recipient')
    .selectAll()
    .where(uuid ? 'id' : 'name', '=', ref)
    .executeTakeFirst();
  return row ? toRecipient(row as Selected) : undefined;
}

export async function deleteRecipient(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('referral_recipient').where('id', '=', id).execute();
}

export async function recipientHasReferrals(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('referral').select('id').where('recipient_id', '=', id).limit(1).executeTakeFirst();
  return row !== undefined;
}
