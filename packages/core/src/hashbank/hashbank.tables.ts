import type { ColumnType, Generated } from 'kysely';
import type {
  Activity,
  AgeBand,
  AssessmentVerdict,
  BankKind,
  ClassificationTier,
  ContentOrigin,
  EntryEventKind,
  EntryStatus,
  FeedbackVerdict,
  ImportFormat,
  IntendedUse,
  LegalScheme,
  MediaKind,
} from '@vigie/contract';
import type { ActorType } from '../audit/index.ts';

// Every CHECK-constrained column is typed by the `as const` array the CHECK mirrors (most in
// @vigie/contract; the hash list's change reasons here), so a value outside it does not compile.
export const hashListChangeReasons = ['bank_changed', 'grant_changed', 'grant_removed'] as const;
export type HashListChangeReason = (typeof hashListChangeReasons)[number];

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
// Set by trigger on every write; read as text (a 64-bit transaction id).
type ChangeTxid = ColumnType<string, never, never>;

export type HashBankTable = {
  id: Generated<number>;
  name: string;
  purpose: Generated<string>;
  kind: Generated<BankKind>;
  enabled: Generated<boolean>;
  pdq_threshold: Generated<number>;
  vpdq_threshold: Generated<number>;
  vpdq_match_percent: Generated<number>;
  min_pdq_quality: Generated<number>;
  required_assessments: Generated<number>;
  /** HMA's matching ratio; deleted_at frees the name (2026-12-03-0100-hma-clients.ts). */
  matching_ratio: Generated<number>;
  deleted_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
};

export type HashBankGrantTable = {
  bank_id: number;
  organisation_id: string;
  uses: IntendedUse[];
  tier: Generated<ClassificationTier>;
  /** May change and export the bank (2026-11-30-0100-hashbank-grant-curate.ts). */
  curate: Generated<boolean>;
  created_at: CreatedAt;
};

export type VpdqFrameRow = { pdq: string; quality: number };

export type BankEntryTable = {
  id: Generated<number>;
  bank_id: number;
  media_kind: Generated<MediaKind>;
  sha256: string | null;
  sha1: string | null;
  md5: string | null;
  pdq: string | null;
  pdq_quality: number | null;
  vpdq: Json<VpdqFrameRow[] | null> | null;
  age_band: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  victim_identified: boolean | null;
  uses: Generated<IntendedUse[]>;
  status: Generated<EntryStatus>;
  suspended_at: Timestamp | null;
  suspended_reason: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
  contributor_type: ActorType;
  contributor_id: string | null;
  contributor_organisation_id: string | null;
  provenance: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  change_txid: ChangeTxid;
  // The creating transaction (null: created before it was recorded); bounds access-change re-sends.
  created_txid: ColumnType<string | null, never, never>;
};

export type HashListChangeTable = {
  id: Generated<number>;
  bank_id: number;
  organisation_id: string | null;
  reason: HashListChangeReason;
  change_txid: ChangeTxid;
  created_at: CreatedAt;
};

export type BankEntryEventTable = {
  id: Generated<number>;
  entry_id: number;
  kind: EntryEventKind;
  actor_type: ActorType;
  actor_id: string | null;
  details: Json<Record<string, unknown>>;
  occurred_at: CreatedAt;
};

export type BankAssessmentTable = {
  entry_id: number;
  assessor_id: string;
  verdict: AssessmentVerdict;
  assessed_at: CreatedAt;
};

export type BankMatchFeedbackTable = {
  id: Generated<number>;
  entry_id: number;
  organisation_id: string;
  verdict: FeedbackVerdict;
  reason: Generated<string>;
  created_at: CreatedAt;
};

/** One organisation's submission of one (quarantined) media. */
export type HashSubmissionTable = {
  id: Generated<number>;
  organisation_id: string;
  entry_id: number;
  note: Generated<string>;
  created_at: CreatedAt;
};

export type BankEntryMatchHourTable = { entry_id: number; hour: Date; matches: number };

export type BankImportTable = {
  id: Generated<number>;
  bank_id: number;
  format: ImportFormat;
  file_sha256: string;
  lines_done: Generated<number>;
  added: Generated<number>;
  skipped: Generated<number>;
  finished_at: Timestamp | null;
  created_at: CreatedAt;
};

// age_band and activity here are not CHECK-constrained (a scheme may name labels added later).
export type LegalSchemeCategoryTable = { scheme: LegalScheme; age_band: string; activity: string; category: string };

export type HashbankTables = {
  hash_bank: HashBankTable;
  hash_bank_grant: HashBankGrantTable;
  hash_list_change: HashListChangeTable;
  bank_entry: BankEntryTable;
  bank_entry_event: BankEntryEventTable;
  bank_assessment: BankAssessmentTable;
  bank_match_feedback: BankMatchFeedbackTable;
  bank_entry_match_hour: BankEntryMatchHourTable;
  bank_import: BankImportTable;
  hash_submission: HashSubmissionTable;
  legal_scheme_category: LegalSchemeCategoryTable;
};
