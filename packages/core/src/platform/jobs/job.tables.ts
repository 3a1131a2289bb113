import type { ColumnType, Generated } from 'kysely';

export type JobFailureTable = {
  id: Generated<number>;
  job_name: string;
  job_id: string;
  code: string;
  message: string;
  payload: ColumnType<unknown, string, never>;
  failed_at: Generated<Date>;
};

export type JobTables = { job_failure: JobFailureTable };
