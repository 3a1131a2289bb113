import { sql, type Selectable } from 'kysely';
import type { ProviderBatching, ProviderChannel } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { HostingProviderTable } from './hosting.tables.ts';

// Every query of the provider directory.

export type Provider = Readonly<{
  id: string;
  name: string;
  contacts: readonly string[];
  channel: ProviderChannel;
  webhookUrl: string | null;
  webhookSecret: string | null;
  language: string | null;
  batching: ProviderBatching;
  domains: readonly string[];
  asns: readonly number[];
  networks: readonly string[];
  notes: string;
  createdAt: Date;
  updatedAt: Date;
}>;

export type ProviderFields = Omit<Provider, 'id' | 'createdAt' | 'updatedAt'>;

const columns = [
  'id',
  'name',
  'contacts',
  'channel',
  'webhook_url',
  'webhook_secret',
  'language',
  'batching',
  'domains',
  'asns',
  'networks',
  'notes',
  'created_at',
  'updated_at',
] as const;

type Row = Selectable<HostingProviderTable>;

function toProvider(row: Row): Provider {
  return Object.freeze({
    id: String(row.id),
    name: row.name,
    contacts: row.contacts,
    channel: row.channel,
    webhookUrl: row.webhook_url,
    webhookSecret: row.webhook_secret,
    language: row.language,
    batching: row.batching,
    domains: row.domains,
    asns: row.asns.map(Number),
    networks: row.networks,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function toRow(fields: ProviderFields) {
  return {
    name: fields.name,
    contacts: [...fields.contacts],
    channel: fields.channel,
    webhook_url: fields.webhookUrl,
    webhook_secret: fields.webhookSecret,
    language: fields.language,
    batching: fields.batching,
    domains: [...fields.domains],
    asns: [...fields.asns],
    networks: [...fields.networks],
    notes: fields.notes,
  };
}

export async function listProviders(db: Db): Promise<Provider[]> {
  const rows = await db.selectFrom('hosting_provider').select(columns).orderBy('name').execute();
  return rows.map((r) => toProvider(r as Row));
}

export async function findProviderByName(db: Db, name: string, forUpdate = false): Promise<Provider | undefined> {
  let query = db
    .selectFrom('hosting_provider')
    .select(columns)
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toProvider(row as Row) : undefined;
}

export async function findProviderById(db: Db, id: string, forUpdate = false): Promise<Provider | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  let query = db
    .selectFrom('hosting_provider')
    .select(columns)
    .where('id', '=', id as never);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toProvider(row as Row) : undefined;
}

/** undefined when the name is taken (the unique index decides, not a prior read). */
export async function insertProvider(db: Db, fields: ProviderFields, at: Date): Promise<Provider | undefined> {
  const row = await db
    .insertInto('hosting_provider')
    .values({ ...toRow(fields), created_at: at, updated_at: at })
    .onConflict((oc) => oc.expression(sql`lower(name)`).doNothing())
    .returning(columns)
    .executeTakeFirst();
  return row ? toProvider(row as Row) : undefined;
}

export async function updateProvider(db: Db, id: string, fields: ProviderFields, at: Date): Promise<Provider> {
  const row = await db
    .updateTable('hosting_provider')
    .set({ ...toRow(fields), updated_at: at })
    .where('id', '=', id as never)
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toProvider(row as Row);
}

export async function deleteProvider(db: Db, id: string): Promise<void> {
  await db
    .deleteFrom('hosting_provider')
    .where('id', '=', id as never)
    .execute();
}
