import type { ColumnType, Generated } from 'kysely';
import type { ExchangeApi, ExchangeFeedbackState, FeedbackVerdict } from '@vigie/contract';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type BigCount = ColumnType<string, number | undefined, number | string>;

export type ExchangeTable = {
  id: Generated<number>;
  name: string;
  bank_id: number;
  api: ExchangeApi;
  settings: Json<Record<string, unknown>>;
  credentials: Buffer | null;
  enabled: Generated<boolean>;
  interval_minutes: Generated<number>;
  checkpoint: Json<Record<string, unknown>>;
  pass: Generated<number>;
  next_fetch_at: Timestamp;
  running_since: Timestamp | null;
  last_fetch_started_at: Timestamp | null;
  last_fetch_completed_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_fetch_succeeded: boolean | null;
  last_error: string | null;
  checkpoint_at: Timestamp | null;
  up_to_date: Generated<boolean>;
  fetched: BigCount;
  added: BigCount;
  withdrawn: BigCount;
  skipped: BigCount;
  deleted_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ExchangeApiCredentialTable = { api: ExchangeApi; credentials: Buffer; updated_at: Timestamp };

export type ExchangeItemTable = {
  exchange_id: number;
  remote_id: string;
  entry_id: number | null;
  digest: string;
  deleted: Generated<boolean>;
  seen_pass: Generated<number>;
  updated_at: Timestamp;
};

export type ExchangeFeedbackTable = {
  id: Generated<number>;
  exchange_id: number;
  entry_id: number;
  remote_id: string;
  verdict: FeedbackVerdict;
  state: Generated<ExchangeFeedbackState>;
  attempts: Generated<number>;
  detail: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
};

export type ExchangesTables = {
  exchange: ExchangeTable;
  exchange_api_credential: ExchangeApiCredentialTable;
  exchange_item: ExchangeItemTable;
  exchange_feedback: ExchangeFeedbackTable;
};
