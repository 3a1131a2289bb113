import type { ReportSource, ReportType } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';
import type {
  CaseCloseReason,
  CaseDecisionKind,
  CaseDecisionState,
  CaseEventKind,
  CaseState,
} from './casework.types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** Written by the trigger on triage_entry (a triaged report opens its case); never deleted. */
export type CaseFileTable = {
  report_id: string;
  state: Generated<CaseState>;
  priority: number;
  received_at: Timestamp;
  type: ReportType;
  type_confirmed: Generated<boolean>;
  region: string | null;
  source: ReportSource;
  claimed_by: string | null;
  claim_expires_at: Timestamp | null;
  close_reason: CaseCloseReason | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
};

/** Kept by triggers on case_file. */
export type CaseStateCountTable = { state: CaseState; count: ColumnType<string, never, never> };

export type CaseDecisionTable = {
  id: string;
  report_id: string;
  kind: CaseDecisionKind;
  state: CaseDecisionState;
  staff_id: string;
  details: Json<Record<string, unknown>>;
  note: string | null;
  decided_at: Timestamp;
  updated_at: Timestamp;
};

export type CaseEventTable = {
  id: ColumnType<string, never, never>;
  report_id: string;
  kind: CaseEventKind;
  staff_id: string | null;
  decision_id: string | null;
  details: Json<Record<string, unknown>>;
  at: Timestamp;
};

export type CaseworkTables = {
  case_file: CaseFileTable;
  case_state_count: CaseStateCountTable;
  case_decision: CaseDecisionTable;
  case_event: CaseEventTable;
};

/** The application role may only read and insert: a case's history is evidence of what was done. */
export const appendOnlyCaseworkTables = ['case_event'] as const;
