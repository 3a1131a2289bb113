import type { ColumnType, Generated } from 'kysely';
import type {
  Activity,
  AgeBand,
  ClassificationState,
  ContentOrigin,
  ReviewItemState,
  ReviewVerdict,
  VideoMode,
} from '@vigie/contract';
import type { DecisionStage } from './review.types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint identities come back as numbers (platform/db/database.ts parses int8); written as either. */
type BigId = ColumnType<number, never, never>;
type BigRef = ColumnType<number, number | string, number | string>;
type NullableBigRef = ColumnType<number | null, number | string | null, number | string | null>;
/** bigint counters: read as text, written as numbers. */
type BigCount = ColumnType<string, number | undefined, number>;

export type ReviewPolicyTable = {
  id: Generated<boolean>;
  allow_unblurred: boolean;
  allow_colour: boolean;
  allow_hover_peek: boolean;
  soft_limit_minutes: number;
  hard_limit_minutes: number;
  break_minutes: number;
  daily_limit_minutes: number;
  session_timeout_minutes: number;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type ReviewSettingTable = {
  user_id: string;
  blur: boolean | null;
  greyscale: boolean | null;
  hover_peek: boolean | null;
  video_mode: VideoMode | null;
  updated_at: Timestamp;
};

export type ReviewRevealTable = {
  id: string;
  user_id: string;
  sha256: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  duration_ms: number | null;
};

export type ReviewClaimTable = { sha256: string; user_id: string; until: Timestamp };

export type ReviewDecisionTable = {
  id: BigId;
  sha256: string;
  reviewer_id: string;
  stage: DecisionStage;
  item_id: NullableBigRef;
  first_reviewer_id: string | null;
  verdict: ReviewVerdict;
  age_band: AgeBand | null;
  activity: Activity | null;
  origin: ContentOrigin | null;
  victim_identified: boolean | null;
  decided_at: Timestamp;
  undone_at: Timestamp | null;
};

export type ReviewMemberTable = {
  decision_id: BigRef;
  sha256: string;
  prior_state: ClassificationState | null;
  entry_id: NullableBigRef;
};

export type ReviewItemTable = {
  id: BigId;
  decision_id: BigRef;
  sha256: string;
  first_reviewer_id: string;
  verdict: ReviewVerdict;
  required: number;
  state: Generated<ReviewItemState>;
  settled_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ReviewExposureDayTable = {
  user_id: string;
  day: ColumnType<string, string, string>;
  review_ms: BigCount;
  reveal_ms: BigCount;
  reveals: Generated<number>;
  breaks: Generated<number>;
  stops: Generated<number>;
};

export type ReviewSessionTable = {
  user_id: string;
  started_at: Timestamp | null;
  last_active_at: Timestamp | null;
  since_break_ms: BigCount;
  break_until: Timestamp | null;
};

export type ReviewTables = {
  review_policy: ReviewPolicyTable;
  review_setting: ReviewSettingTable;
  review_reveal: ReviewRevealTable;
  review_claim: ReviewClaimTable;
  review_decision: ReviewDecisionTable;
  review_member: ReviewMemberTable;
  review_item: ReviewItemTable;
  review_exposure_day: ReviewExposureDayTable;
  review_session: ReviewSessionTable;
};
