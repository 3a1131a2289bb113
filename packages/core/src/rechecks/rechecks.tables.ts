import type { RecheckOutcome, RecheckState } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type RecheckTable = {
  id: Generated<string>;
  url: string;
  sha256: string;
  page_url: string | null;
  address: string | null;
  detection_id: string | null;
  notice_id: string | null;
  provider_key: string | null;
  country: string | null;
  state: Generated<RecheckState>;
  first_detected_at: Timestamp;
  notified_at: Timestamp | null;
  next_check_at: Timestamp;
  absent_streak: Generated<number>;
  absent_since: Timestamp | null;
  checks: Generated<number>;
  last_checked_at: Timestamp | null;
  last_outcome: RecheckOutcome | null;
  last_detail: string | null;
  removed_at: Timestamp | null;
  created_at: Timestamp;
};

export type RecheckReappearanceTable = {
  id: Generated<string>;
  recheck_id: string;
  notice_id: string | null;
  detection_id: string;
  url: string;
  match: 'sha256' | 'pdq';
  distance: Generated<number>;
  same_host: boolean;
  at: Timestamp;
};

export type RechecksTables = { recheck: RecheckTable; recheck_reappearance: RecheckReappearanceTable };
