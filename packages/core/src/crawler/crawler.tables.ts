import type {
  CapturedMediaKind,
  ClassificationState,
  CrawlUrlKind,
  CrawlUrlState,
  IntendedUse,
  MediaState,
  NoticeState,
  SeedOrigin,
  SightingSource,
} from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
/** bigint identities come back from pg as strings. */
type BigId = ColumnType<string, never, never>;

export type CrawlSeedTable = {
  id: BigId;
  url: string;
  origin: SeedOrigin;
  report_id: string | null;
  created_by: string | null;
  site: string;
  honour_robots: boolean;
  priority: Generated<number>;
  max_depth: number;
  max_urls: number;
  urls_queued: Generated<number>;
  created_at: Generated<Date>;
};

export type CrawlQueueTable = {
  key: string;
  blocked_until: Generated<Date>;
  due_at: Date | null;
  delay_ms: Generated<number>;
  honour_robots: Generated<boolean>;
  fetches: Generated<string>;
  errors: Generated<string>;
  last_error: string | null;
};

export type CrawlUrlTable = {
  url: string;
  key: string;
  kind: CrawlUrlKind;
  seed_id: string;
  depth: number;
  priority: Generated<number>;
  referrer: string | null;
  source: string | null;
  state: Generated<CrawlUrlState>;
  due_at: Timestamp | null;
  attempts: Generated<number>;
  discovered_at: Timestamp;
  fetched_at: Timestamp | null;
  status: number | null;
  error: string | null;
};

export type CrawlRobotsTable = { host: string; status: number; body: string; fetched_at: Timestamp };

export type VpdqFrameJson = { pdq: string; quality: number };

export type MediaTable = {
  sha256: string;
  sha1: string;
  md5: string;
  kind: CapturedMediaKind;
  format: string;
  size: number;
  pdq: string | null;
  pdq_quality: number | null;
  vpdq: Json<VpdqFrameJson[] | null> | null;
  state: MediaState;
  entry_id: string | null;
  bank_id: number | null;
  age_band: string | null;
  activity: string | null;
  origin: string | null;
  victim_identified: boolean | null;
  uses: Generated<IntendedUse[]>;
  stored: Generated<boolean>;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
};

export type MediaSightingTable = {
  url: string;
  sha256: string;
  page_url: string | null;
  site: string;
  address: string | null;
  source: SightingSource;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
};

export type DetectionTable = {
  id: BigId;
  sha256: string;
  url: string;
  page_url: string | null;
  address: string | null;
  entry_id: string;
  bank_id: number;
  source: SightingSource;
  notice_state: NoticeState;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
  recorded_at: Generated<Date>;
};

export type ConfirmedHostTable = { host: string; first_detection_at: Timestamp };

export type CrawlerCounterTable = { process_id: string; name: string; value: number; updated_at: Timestamp };

export type ClassificationItemTable = {
  sha256: string;
  state: Generated<ClassificationState>;
  priority: Generated<number>;
  group_sha256: string | null;
  entry_id: string | null;
  reasons: Generated<string[]>;
  early_alert: Generated<boolean>;
  queued_at: Timestamp;
  updated_at: Timestamp;
};

export type CaptureHopJson = {
  url: string;
  status: number;
  address: string;
  at: string;
  headers: Record<string, string>;
};

export type CaptureTable = {
  id: Generated<string>;
  url_id: string | null;
  requested_url: string;
  final_url: string | null;
  status: number | null;
  address: string | null;
  hops: Json<CaptureHopJson[]>;
  headers: Json<Record<string, string>>;
  content_type: string | null;
  body_sha256: string | null;
  body_size: number | null;
  media_found: Generated<number>;
  error_code: string | null;
  error: string | null;
  started_at: Timestamp;
  fetched_at: Timestamp;
};

export type CaptureMediaTable = {
  capture_id: string;
  url: string;
  source: string;
  sha256: string | null;
  error_code: string | null;
};

export type ReportAutoReferralTable = { report_id: string; detection_ids: string[]; marked_at: Timestamp };

export type VictimAlertTable = { id: BigId; sha256: string; page_url: string; raised_at: Timestamp };

export type CrawlerTables = {
  crawl_seed: CrawlSeedTable;
  crawl_queue: CrawlQueueTable;
  crawl_url: CrawlUrlTable;
  crawl_robots: CrawlRobotsTable;
  media: MediaTable;
  media_sighting: MediaSightingTable;
  detection: DetectionTable;
  classification_item: ClassificationItemTable;
  capture: CaptureTable;
  capture_media: CaptureMediaTable;
  report_auto_referral: ReportAutoReferralTable;
  victim_alert: VictimAlertTable;
  confirmed_host: ConfirmedHostTable;
  crawler_counter: CrawlerCounterTable;
};

/** Tables the application role may only insert into and read: captures are evidence. */
export const appendOnlyCrawlerTables = ['capture', 'capture_media'] as const;
