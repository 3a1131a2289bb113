import type { NoticeEventKind, NoticeLanguage, NoticeOrigin, NoticeStatus } from '@vigie/contract';
import type { ColumnType, Generated } from 'kysely';
import type { Recipient } from './notices.types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type NoticeTable = {
  id: string;
  recipient_key: string;
  recipient: Json<Recipient>;
  language: NoticeLanguage;
  origin: NoticeOrigin;
  status: NoticeStatus;
  due_at: Timestamp;
  created_by: string | null;
  note: string | null;
  token_hash: string;
  created_at: Timestamp;
  queued_at: Timestamp | null;
  sent_at: Timestamp | null;
  responded_at: Timestamp | null;
  response: string | null;
  reminders_paused: Generated<boolean>;
  // re-checks (migration 2026-12-05-0100-rechecks)
  removed_at: Timestamp | null;
  reminders: Generated<number>;
  escalations: Generated<number>;
  followed_up_at: Timestamp | null;
};

export type NoticeUrlTable = {
  notice_id: string;
  detection_id: string | null;
  report_id: Generated<string>;
  url: string;
  page_url: string | null;
  address: string | null;
  sha256: string;
  sha1: string | null;
  md5: string | null;
  media_kind: string | null;
  classification: string | null;
  first_seen_at: Timestamp;
};

export type NoticeEventTable = {
  id: ColumnType<string, never, never>;
  notice_id: string;
  kind: NoticeEventKind;
  at: Timestamp;
  actor: string | null;
  details: Json<Record<string, unknown>>;
};

export type NoticesTables = { notice: NoticeTable; notice_url: NoticeUrlTable; notice_event: NoticeEventTable };

/** The application's database role may only read and append to these. */
export const appendOnlyNoticeTables = ['notice_event'] as const;
