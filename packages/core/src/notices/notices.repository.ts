import { sql } from 'kysely';
import type { NoticeEventKind, NoticeOrigin, NoticeStatus, NoticeState } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { Notice, NoticeItem, PendingDetection, Recipient } from './notices.types.ts';

// Every query of notices. Detections are claimed with FOR UPDATE SKIP LOCKED in the transaction
// that files them, and leave notice_pending in it: two workers never file one detection twice.

/** What a notice needs of a detection: its media's digests and the tier its labels map to (from the bank entry). */
function pendingQuery(db: Db) {
  return db
    .selectFrom('detection as d')
    .innerJoin('media as m', 'm.sha256', 'd.sha256')
    .innerJoin('bank_entry as e', 'e.id', 'd.entry_id')
    .leftJoin('legal_scheme_category as i', (join) =>
      join
        .on('i.scheme', '=', 'industry_a1b2')
        .onRef('i.age_band', '=', 'e.age_band')
        .onRef('i.activity', '=', 'e.activity'),
    )
    .leftJoin('legal_scheme_category as b', (join) =>
      join
        .on('b.scheme', '=', 'interpol_baseline')
        .onRef('b.age_band', '=', 'e.age_band')
        .onRef('b.activity', '=', 'e.activity'),
    )
    .select([
      'd.id',
      'd.url',
      'd.page_url',
      'd.address',
      'd.sha256',
      'd.first_seen_at',
      'm.sha1',
      'm.md5',
      'm.kind',
      sql<string | null>`coalesce(i.category, b.category)`.as('classification'),
    ]);
}

type PendingRow = {
  id: string;
  url: string;
  page_url: string | null;
  address: string | null;
  sha256: string;
  first_seen_at: Date;
  sha1: string;
  md5: string;
  kind: string;
  classification: string | null;
};

const toPending = (r: PendingRow): PendingDetection => ({
  detectionId: String(r.id),
  url: r.url,
  pageUrl: r.page_url,
  address: r.address,
  sha256: r.sha256,
  sha1: r.sha1,
  md5: r.md5,
  mediaKind: r.kind,
  classification: r.classification,
  firstSeenAt: r.first_seen_at,
});

export async function selectPending(
  db: Db,
  states: readonly NoticeState[],
  afterId: string,
  limit: number,
): Promise<PendingDetection[]> {
  const rows = await pendingQuery(db)
    .where('d.notice_state', 'in', states)
    .where('d.id', '>', afterId as never)
    .orderBy('d.id')
    .limit(limit)
    .execute();
  return rows.map((r) => toPending(r as PendingRow));
}

/** Detections of notice-and-takedown material by id or at a URL, whatever their notice state (an analyst's notice). */
export async function selectNotifiable(db: Db, query: { ids?: readonly string[]; url?: string }) {
  let q = pendingQuery(db).where('d.notice_state', '!=', 'not_applicable');
  if (query.ids) q = q.where('d.id', 'in', query.ids as never[]);
  if (query.url) q = q.where('d.url', '=', query.url);
  const rows = await q.orderBy('d.id').limit(1000).execute();
  return rows.map((r) => toPending(r as PendingRow));
}

/** Locks the detections still in one of `states`; returns the ids it got (others were filed meanwhile or are locked). */
export async function claimDetections(trx: Db, ids: readonly string[], states: readonly NoticeState[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await trx
    .selectFrom('detection')
    .select('id')
    .where('id', 'in', ids as never[])
    .where('notice_state', 'in', states)
    .forUpdate()
    .skipLocked()
    .execute();
  return new Set(rows.map((r) => String(r.id)));
}

export async function setDetectionState(trx: Db, ids: readonly string[], state: NoticeState): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('detection')
    .set({ notice_state: state })
    .where('id', 'in', ids as never[])
    .execute();
}

export async function lockCollecting(trx: Db, recipientKey: string): Promise<{ id: string; dueAt: Date } | undefined> {
  const row = await trx
    .selectFrom('notice')
    .select(['id', 'due_at'])
    .where('recipient_key', '=', recipientKey)
    .where('status', '=', 'collecting')
    .forUpdate()
    .executeTakeFirst();
  return row ? { id: row.id, dueAt: row.due_at } : undefined;
}

export async function insertNotice(
  trx: Db,
  notice: {
    id: string;
    recipient: Recipient;
    origin: NoticeOrigin;
    dueAt: Date;
    tokenHash: string;
    createdBy: string | null;
    note: string | null;
  },
  at: Date,
): Promise<void> {
  await trx
    .insertInto('notice')
    .values({
      id: notice.id,
      recipient_key: notice.recipient.key,
      recipient: JSON.stringify(notice.recipient),
      language: notice.recipient.language,
      origin: notice.origin,
      status: 'collecting',
      due_at: notice.dueAt,
      created_by: notice.createdBy,
      note: notice.note,
      token_hash: notice.tokenHash,
      created_at: at,
    })
    .execute();
}

export async function insertItems(trx: Db, noticeId: string, items: readonly PendingDetection[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = await trx
    .insertInto('notice_url')
    .values(
      items.map((d) => ({
        notice_id: noticeId,
        detection_id: d.detectionId,
        url: d.url,
        page_url: d.pageUrl,
        address: d.address,
        sha256: d.sha256,
        sha1: d.sha1,
        md5: d.md5,
        media_kind: d.mediaKind,
        classification: d.classification,
        first_seen_at: d.firstSeenAt,
      })),
    )
    .onConflict((oc) => oc.columns(['notice_id', 'url', 'sha256']).doNothing())
    .returning('url')
    .execute();
  return rows.length;
}

export async function appendNoticeEvent(
  trx: Db,
  noticeId: string,
  kind: NoticeEventKind,
  at: Date,
  details: Record<string, unknown> = {},
  actor: string | null = null,
): Promise<void> {
  await trx
    .insertInto('notice_event')
    .values({ notice_id: noticeId, kind, at, actor, details: JSON.stringify(details) })
    .execute();
}

export async function setNoticeStatus(
  trx: Db,
  id: string,
  status: NoticeStatus,
  change: Partial<{ queuedAt: Date; sentAt: Date; respondedAt: Date; response: string; remindersPaused: boolean }>,
  onlyFrom?: readonly NoticeStatus[],
): Promise<boolean> {
  let q = trx
    .updateTable('notice')
    .set({
      status,
      ...(change.queuedAt ? { queued_at: change.queuedAt } : {}),
      ...(change.sentAt ? { sent_at: change.sentAt } : {}),
      ...(change.respondedAt ? { responded_at: change.respondedAt } : {}),
      ...(change.response !== undefined ? { response: change.response } : {}),
      ...(change.remindersPaused !== undefined ? { reminders_paused: change.remindersPaused } : {}),
    })
    .where('id', '=', id);
  if (onlyFrom) q = q.where('status', 'in', onlyFrom);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const noticeColumns = [
  'id',
  'recipient_key',
  'recipient',
  'language',
  'origin',
  'status',
  'due_at',
  'created_at',
  'sent_at',
  'responded_at',
  'response',
  'note',
] as const;

type NoticeRow = {
  id: string;
  recipient_key: string;
  recipient: Recipient;
  language: Notice['language'];
  origin: NoticeOrigin;
  status: NoticeStatus;
  due_at: Date;
  created_at: Date;
  sent_at: Date | null;
  responded_at: Date | null;
  response: string | null;
  note: string | null;
};

const toNotice = (r: NoticeRow): Notice => ({
  id: r.id,
  recipientKey: r.recipient_key,
  recipient: r.recipient,
  language: r.language,
  origin: r.origin,
  status: r.status,
  dueAt: r.due_at,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  respondedAt: r.responded_at,
  response: r.response,
  note: r.note,
});

export async function selectNotice(db: Db, id: string, lock = false): Promise<Notice | undefined> {
  let q = db.selectFrom('notice').select(noticeColumns).where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toNotice(row as NoticeRow) : undefined;
}

export async function selectNoticeByToken(db: Db, tokenHash: string): Promise<Notice | undefined> {
  const row = await db
    .selectFrom('notice')
    .select(noticeColumns)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? toNotice(row as NoticeRow) : undefined;
}

export async function selectNotices(
  db: Db,
  query: { status?: NoticeStatus; before?: Date; limit: number },
): Promise<Notice[]> {
  let q = db.selectFrom('notice').select(noticeColumns);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.before) q = q.where('created_at', '<', query.before);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
  return rows.map((r) => toNotice(r as NoticeRow));
}

export async function selectItems(db: Db, noticeId: string): Promise<NoticeItem[]> {
  const rows = await db
    .selectFrom('notice_url')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .orderBy('url')
    .orderBy('sha256')
    .execute();
  return rows.map((r) => ({
    detectionId: r.detection_id === null ? null : String(r.detection_id),
    reportId: r.report_id,
    url: r.url,
    pageUrl: r.page_url,
    address: r.address,
    sha256: r.sha256,
    sha1: r.sha1,
    md5: r.md5,
    mediaKind: r.media_kind,
    classification: r.classification,
    firstSeenAt: r.first_seen_at,
  }));
}
