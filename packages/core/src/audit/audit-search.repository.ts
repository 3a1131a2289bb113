import { sql } from 'kysely';
import type { Db } from '../database.ts';

export type AuditFilter = Readonly<{
  actor?: string;
  action?: string;
  subject?: string;
  from?: Date;
  to?: Date;
}>;

export type AuditEventView = {
  seq: number;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  hash: string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Events matching every given filter, newest first, `limit` of them before the event `before`.
 * An actor given as an email stands for that staff member's id; an action matches by its start.
 */
export async function searchAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { before?: number; limit: number },
): Promise<AuditEventView[]> {
  let query = db
    .selectFrom('audit_event as e')
    .leftJoin('staff_user as u', (join) => join.on(sql`u.id::text`, '=', sql.ref('e.actor_id')))
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_type',
      'e.actor_id',
      'u.email',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.details',
      'e.hash',
    ])
    .orderBy('e.seq', 'desc')
    .limit(page.limit);
  const actor = filter.actor?.trim();
  if (actor) {
    query = actor.includes('@')
      ? query.where('e.actor_id', '=', (eb) =>
          eb
            .selectFrom('staff_user')
            .select(sql<string>`id::text`.as('id'))
            .where(sql<string>`lower(email)`, '=', actor.toLowerCase())
            .limit(1),
        )
      : query.where('e.actor_id', '=', actor);
  }
  const action = filter.action?.trim();
  if (action) query = query.where('e.action', 'like', `${escapeLike(action)}%`);
  const subject = filter.subject?.trim();
  if (subject) query = query.where('e.subject_id', '=', subject);
  if (filter.from) query = query.where('e.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('e.occurred_at', '<', filter.to);
  if (page.before !== undefined) query = query.where('e.seq', '<', page.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: r.occurred_at.toISOString(),
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorEmail: r.email ?? null,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    details: r.details,
    hash: r.hash,
  }));
}

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is quoted and prefixed with
// an apostrophe: details hold text from outside (report descriptions never, but names and URLs).
const csvField = (text: string) => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};
const csvLine = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

export const auditCsvHeader = csvLine([
  'seq',
  'occurred_at',
  'actor_type',
  'actor_id',
  'actor_email',
  'action',
  'subject_type',
  'subject_id',
  'details',
  'hash',
]);

export function auditCsvLine(e: AuditEventView): string {
  return csvLine([
    String(e.seq),
    e.occurredAt,
    e.actorType,
    e.actorId ?? '',
    e.actorEmail ?? '',
    e.action,
    e.subjectType ?? '',
    e.subjectId ?? '',
    JSON.stringify(e.details),
    e.hash,
  ]);
}

/** The whole matching trail as CSV, read in pages so that a year's trail is not held at once. */
export async function* exportAuditCsv(db: Db, filter: AuditFilter, pageSize = 2000): AsyncGenerator<string> {
  yield auditCsvHeader;
  let before: number | undefined;
  for (;;) {
    const events = await searchAuditEvents(db, filter, { limit: pageSize, ...(before ? { before } : {}) });
    if (events.length > 0) yield events.map(auditCsvLine).join('');
    if (events.length < pageSize) return;
    before = events[events.length - 1]?.seq;
  }
}
