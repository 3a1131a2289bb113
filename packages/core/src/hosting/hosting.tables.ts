import type { ProviderBatching, ProviderChannel } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** bigint identities come back from pg as strings. */
type BigId = ColumnType<string, never, never>;

/** The provider directory: what operators know of a provider beats what RDAP says. */
export type HostingProviderTable = {
  id: BigId;
  name: string;
  contacts: string[];
  channel: ProviderChannel;
  webhook_url: string | null;
  webhook_secret: string | null;
  language: string | null;
  batching: ProviderBatching;
  domains: string[];
  asns: ColumnType<string[], number[], number[]>;
  networks: string[];
  notes: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** RDAP answers by URL, shared by every process until they expire. */
export type RdapCacheTable = {
  url: string;
  status: number;
  body: Json<unknown> | null;
  fetched_at: Timestamp;
  expires_at: Timestamp;
  hits: Generated<string>;
};

export type HostingTables = { hosting_provider: HostingProviderTable; rdap_cache: RdapCacheTable };
