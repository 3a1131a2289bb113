import type {
  AutoDecisionOutcome,
  ReferralChannel,
  ReferralEventKind,
  ReferralFormat,
  ReferralOrigin,
  ReferralOutcome,
  ReferralRecipientKind,
  ReferralState,
  ReportType,
} from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type BigId = ColumnType<string, never, never>;

export type ReferralRecipientTable = {
  id: string;
  name: string;
  kind: ReferralRecipientKind;
  country: string;
  region: string | null;
  city: string | null;
  covers_countries: Generated<string[]>;
  language: string;
  channel: ReferralChannel;
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
  report_types: Generated<ReportType[]>;
  may_receive_media: Generated<boolean>;
  formats: Generated<ReferralFormat[]>;
  active: Generated<boolean>;
  notes: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ReferralRuleTable = {
  id: string;
  name: string;
  enabled: Generated<boolean>;
  age_bands: Generated<string[]>;
  activities: Generated<string[]>;
  report_types: Generated<ReportType[]>;
  excluded_report_types: Generated<ReportType[]>;
  recipient_kinds: Generated<ReferralRecipientKind[]>;
  recipient_ids: Generated<string[]>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ReferralTable = {
  id: string;
  reference: string;
  report_id: string;
  recipient_id: string;
  origin: ReferralOrigin;
  state: ReferralState;
  decision_id: string | null;
  rule_id: string | null;
  requested_by: string | null;
  classification: string | null;
  note: string | null;
  release_at: Timestamp;
  created_at: Timestamp;
  queued_at: Timestamp | null;
  sent_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  recipient_reference: string | null;
  outcome: ReferralOutcome | null;
  outcome_at: Timestamp | null;
};

export type ReferralFileTable = {
  referral_id: string;
  name: string;
  content_type: string;
  sha256: string;
  size: number;
  bytes: Buffer;
};

export type ReferralEventTable = {
  id: BigId;
  referral_id: string;
  kind: ReferralEventKind;
  at: Timestamp;
  actor: string | null;
  details: Json<Record<string, unknown>>;
};

export type ReferralAutoDecisionTable = {
  report_id: string;
  outcome: AutoDecisionOutcome;
  rule_ids: string[];
  referral_ids: string[];
  reason: string;
  decided_at: Timestamp;
};

export type ReferralsTables = {
  referral_recipient: ReferralRecipientTable;
  referral_rule: ReferralRuleTable;
  referral: ReferralTable;
  referral_file: ReferralFileTable;
  referral_event: ReferralEventTable;
  referral_auto_decision: ReferralAutoDecisionTable;
};

/** The application role may only read and append to these. */
export const appendOnlyReferralTables = ['referral_event'] as const;
