import type {
  BlocklistAppealState,
  BlocklistDelistReason,
  BlocklistEntryKind,
  BlocklistEntryState,
  BlocklistEventKind,
  NoticeLanguage,
} from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** bigint identities come back from pg as strings. */
type BigId = ColumnType<string, never, never>;

export type BlocklistEntryTable = {
  id: string;
  kind: BlocklistEntryKind;
  value: string;
  sha256: string;
  original: string;
  state: Generated<BlocklistEntryState>;
  delisted_reason: BlocklistDelistReason | null;
  report_id: string | null;
  decision_id: string | null;
  nominated_by: string | null;
  note: string | null;
  nominated_at: Timestamp;
  listed_at: Timestamp | null;
  delisted_at: Timestamp | null;
  updated_at: Timestamp;
};

export type BlocklistApprovalTable = { entry_id: string; staff_id: string; at: Timestamp };

export type BlocklistEventTable = {
  id: BigId;
  entry_id: string;
  kind: BlocklistEventKind;
  at: Timestamp;
  actor: string | null;
  details: Json<Record<string, unknown>>;
};

export type BlocklistVersionTable = {
  version: number;
  published_at: Timestamp;
  entries: number;
  urls: number;
  domains: number;
  added: number;
  removed: number;
};

export type BlocklistVersionItemTable = {
  version: number;
  kind: BlocklistEntryKind;
  value: string;
  sha256: string;
  entry_id: string;
};

export type BlocklistAppealTable = {
  id: string;
  address: string;
  entry_id: string | null;
  contact: string;
  reason: string;
  language: NoticeLanguage;
  state: Generated<BlocklistAppealState>;
  submitted_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: string | null;
};

export type BlocklistFetchTable = {
  id: BigId;
  organisation_id: string;
  api_key_id: string | null;
  file: string;
  version: number | null;
  at: Timestamp;
};

export type BlocklistTables = {
  blocklist_entry: BlocklistEntryTable;
  blocklist_approval: BlocklistApprovalTable;
  blocklist_event: BlocklistEventTable;
  blocklist_version: BlocklistVersionTable;
  blocklist_version_item: BlocklistVersionItemTable;
  blocklist_appeal: BlocklistAppealTable;
  blocklist_fetch: BlocklistFetchTable;
};

/** The application's database role may only read and append to these. */
export const appendOnlyBlocklistTables = [
  'blocklist_event',
  'blocklist_version',
  'blocklist_version_item',
  'blocklist_fetch',
] as const;
