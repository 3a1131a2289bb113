import type { CaptureState, ReportSource, ReportStatus, ReportType } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type ReportTable = {
  id: string;
  report_number: string;
  follow_up_code_hash: string;
  type: ReportType;
  source: ReportSource;
  language: string;
  description: string;
  anonymous: boolean;
  incident: Json<Record<string, unknown>>;
  suspect: Json<Record<string, unknown>>;
  victim: Json<Record<string, unknown>>;
  /** One of the installation's region codes (settings) or `outside`. */
  reporter_region: string | null;
  reporter_country: string | null;
  contact_ciphertext: Buffer | null;
  reporter_address: string | null;
  partner_organisation_id: string | null;
  happening_now: boolean;
  has_person_info: boolean;
  priority: number;
  status: Generated<ReportStatus>;
  received_at: Timestamp;
  personal_data_erased_at: Timestamp | null;
  /** SHA-256 of the form's single-use submission key; null for API reports. */
  submission_key_hash: ColumnType<string | null, string | null | undefined, never>;
};

export type ReportedUrlTable = {
  id: Generated<string>;
  url: string;
  host: string;
  capture_state: Generated<CaptureState>;
  capture_requested_at: Timestamp | null;
  first_reported_at: Timestamp;
};

export type ReportUrlTable = { report_id: string; url_id: string; position: number };

export type ReportFollowUpTable = {
  id: Generated<string>;
  report_id: string;
  information: string;
  received_at: Timestamp;
  submission_key_hash: ColumnType<string | null, string | null | undefined, never>;
};

export type TriageEntryTable = {
  report_id: string;
  priority: number;
  received_at: Timestamp;
  queued_at: Generated<Date>;
};

export type PublicAlertTable = {
  id: Generated<string>;
  title: string;
  body: string;
  language: string;
  published_by: string | null;
  published_at: Timestamp | null;
  state: ColumnType<'draft' | 'published' | 'withdrawn', 'draft' | 'published' | undefined, 'published' | 'withdrawn'>;
  created_at: ColumnType<Date, Date | undefined, never>;
  created_by: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
};

/** A confirmation waiting to be shown once: sealed with a key only its address carries. */
export type ReportReceiptTable = {
  id_hash: string;
  report_id: string;
  sealed: Buffer;
  expires_at: Timestamp;
};

export type IntakeTables = {
  report: ReportTable;
  reported_url: ReportedUrlTable;
  report_url: ReportUrlTable;
  report_follow_up: ReportFollowUpTable;
  triage_entry: TriageEntryTable;
  public_alert: PublicAlertTable;
  report_receipt: ReportReceiptTable;
};
