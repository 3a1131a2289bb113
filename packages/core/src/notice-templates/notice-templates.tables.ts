import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** An installation's own source for one template in one language; without a row, the file's. */
export type NoticeTemplateTable = {
  name: string;
  language: string;
  source: string;
  updated_at: Timestamp;
  updated_by: string;
};

export type NoticeTemplatesTables = { notice_template: NoticeTemplateTable };
