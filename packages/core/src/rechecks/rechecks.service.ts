import { appendAuditEvent, systemActor } from '../audit/index.ts';
import { Semaphore } from '../crawler/index.ts';
import type { Db } from '../database.ts';
import { appendNoticeEvent, selectNotice, type Notice } from '../notices/index.ts';
import { contactLabel, type OutboxContact, type OutboxService } from '../outbox/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { takedownMeasures } from './measures.repository.ts';
import { renderFollowUp, type FollowUpTemplates } from './follow-up-render.ts';
import {
  claimDue,
  followUpColumns,
  lockClaimed,
  noticeRechecks,
  noticeRemovalState,
  recordCheck,
  recordFollowUp,
  setNoticeRemoved,
} from './rechecks.repository.ts';
import type {
  DueRecheck,
  EscalationContact,
  EscalationResolver,
  ProbeResult,
  RecheckProbe,
  RemovalListener,
} from './rechecks.types.ts';

// Re-checks (Crockpot). A run claims due URLs (SKIP LOCKED, leased) and commits; fetches them
// with no lock held; records every outcome in one transaction. Gone counts only after
// `confirmations` consecutive absent checks `confirmMinutes` apart; the removal time is the first
// of them. Still there at a scheduled check: the notice's follow-up job decides a reminder, or,
// past the reminders allowed (or when the notice could not be delivered), the next escalation.

/** One contact, however it is spelt: an e-mail address compares without case. */
const contactKey = (c: OutboxContact): string => (c.channel === 'email' ? c.address.toLowerCase() : contactLabel(c));

export type RechecksOptions = Readonly<{
  outbox: OutboxService;
  probe: RecheckProbe;
  removals: RemovalListener;
  escalation: EscalationResolver;
  /** The templates as they are now (the installation's saved ones over the files), read per follow-up. */
  templates: () => Promise<FollowUpTemplates>;
}>;

export type RechecksService = ReturnType<typeof createRechecksService>;

const LEASE_MS = 15 * 60_000;
const FOLLOWING = new Set(['sent', 'acknowledged', 'failed']);

export function createRechecksService(deps: ServiceDeps, options: RechecksOptions) {
  const { db, now } = deps;
  const settings = deps.config.rechecks;
  const intervalMs = settings.intervalHours * 3600_000;
  const render = { settings: deps.config.notices, publicUrl: deps.config.publicUrl };
  const slots = new Semaphore(settings.concurrency);

  /** Every URL of the notice gone: the notice closes with the last removal time. */
  async function closeIfAllGone(trx: Db, noticeId: string, at: Date) {
    const left = await noticeRemovalState(trx, noticeId);
    if (left.left > 0) return;
    if (!(await setNoticeRemoved(trx, noticeId, left.last))) return;
    await appendNoticeEvent(trx, noticeId, 'removed', at, { removedAt: left.last.toISOString() });
    await appendAuditEvent(
      trx,
      systemActor,
      { action: 'notice.removed', subjectType: 'notice', subjectId: noticeId },
      at,
    );
  }

  async function record(row: DueRecheck, result: ProbeResult, at: Date, trx: Db, followUps: Set<string>) {
    if (result.outcome === 'present' || result.outcome === 'inconclusive') {
      await recordCheck(trx, row.id, {
        ...result,
        at,
        next: new Date(at.getTime() + intervalMs),
        absentStreak: 0,
        absentSince: null,
      });
      if (result.outcome === 'present' && row.noticeId) followUps.add(row.noticeId);
      return false;
    }
    const streak = row.absentStreak + 1;
    const since = row.absentSince ?? at;
    if (streak < settings.confirmations) {
      const next = new Date(at.getTime() + settings.confirmMinutes * 60_000);
      await recordCheck(trx, row.id, { ...result, at, next, absentStreak: streak, absentSince: since });
      return false;
    }
    await recordCheck(trx, row.id, {
      ...result,
      at,
      next: at,
      absentStreak: streak,
      absentSince: since,
      removedAt: since,
    });
    await options.removals.contentGone(trx, { url: row.url, at: since });
    if (row.noticeId) {
      await appendNoticeEvent(trx, row.noticeId, 'url_removed', at, {
        url: row.url,
        sha256: row.sha256,
        removedAt: since.toISOString(),
        checks: streak,
        detail: result.detail,
      });
      await closeIfAllGone(trx, row.noticeId, at);
    }
    return true;
  }

  /** One run: up to a batch of due re-checks. Returns how many were checked and removed. */
  async function runDue(): Promise<{ checked: number; removed: number }> {
    const at = now();
    const leaseUntil = new Date(at.getTime() + LEASE_MS);
    const claimed = await db.transaction().execute((trx) => claimDue(trx, at, settings.batchSize, leaseUntil));
    if (claimed.length === 0) return { checked: 0, removed: 0 };
    const results = await Promise.all(claimed.map((row) => slots.run(() => options.probe.check(row))));
    const checkedAt = now();
    let removed = 0;
    await db.transaction().execute(async (trx) => {
      const locked = await lockClaimed(
        trx,
        claimed.map((r) => r.id),
        leaseUntil,
      );
      const followUps = new Set<string>();
      for (const [i, row] of claimed.entries()) {
        const current = locked.get(row.id);
        if (current && (await record(current, results[i]!, checkedAt, trx, followUps))) removed += 1;
      }
      for (const noticeId of followUps)
        await deps.enqueue(trx, 'rechecks.follow-up-notice', { noticeId }, { jobKey: `follow-up:${noticeId}` });
    });
    return { checked: claimed.length, removed };
  }

  /** Who to turn to after the recipient: the hosting lookup's next contacts, then the partner hotline. */
  async function escalationList(notice: Notice, url: { url: string; address: string | null }) {
    const found = await options.escalation.escalationFor(url);
    const own = new Set(notice.recipient.contacts.slice(0, 1).map(contactKey));
    const seen = new Set<string>();
    const out: EscalationContact[] = [];
    const country = found.country ?? notice.recipient.country;
    const hotline = country ? settings.partnerHotlines[country.toUpperCase()] : undefined;
    const all = [
      ...found.contacts,
      ...(hotline
        ? [{ contact: { channel: 'email', address: hotline } as OutboxContact, role: 'partner_hotline', name: null }]
        : []),
    ];
    for (const e of all) {
      const key = contactKey(e.contact);
      if (own.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
    return out;
  }

  type State = { notice: Notice; reminders: number; escalations: number; base: Date | null; paused: boolean };
  async function stateOf(trx: Db, noticeId: string, lock: boolean): Promise<State | undefined> {
    const notice = await selectNotice(trx, noticeId, lock);
    if (!notice) return undefined;
    const extra = await followUpColumns(trx, noticeId);
    return {
      notice,
      reminders: extra.reminders,
      escalations: extra.escalations,
      base: extra.followed_up_at ?? notice.sentAt ?? extra.queued_at,
      paused: extra.reminders_paused,
    };
  }
  const due = (s: State, at: Date) =>
    FOLLOWING.has(s.notice.status) && !s.paused && (!s.base || at.getTime() - s.base.getTime() >= intervalMs / 2);
  const escalates = (s: State) => s.notice.status === 'failed' || s.reminders >= settings.reminders;

  /** A reminder or the next escalation for a notice whose URLs are still online (the follow-up job). */
  async function followUp(noticeId: string): Promise<'reminded' | 'escalated' | 'nothing'> {
    const at = now();
    const before = await stateOf(db, noticeId, false);
    if (!before || !due(before, at)) return 'nothing';
    const urls = (await noticeRechecks(db, noticeId)).filter(
      (r) => r.state === 'watching' && r.last_outcome === 'present',
    );
    if (urls.length === 0) return 'nothing';
    let next: EscalationContact | undefined;
    if (escalates(before)) {
      // Asked with no lock held: the hosting lookup may ask RDAP.
      const list = await escalationList(before.notice, { url: urls[0]!.url, address: urls[0]!.address });
      next = list[before.escalations];
      if (!next) return 'nothing';
    }
    const templates = await options.templates();
    return db.transaction().execute(async (trx) => {
      const s = await stateOf(trx, noticeId, true);
      if (!s || !due(s, at) || s.reminders !== before.reminders || s.escalations !== before.escalations)
        return 'nothing';
      const kind = next ? 'escalation' : 'reminder';
      const contacts = next ? [next.contact] : s.notice.recipient.contacts;
      const bodies = renderFollowUp(
        { ...render, templates },
        {
          kind,
          noticeId,
          language: s.notice.language,
          recipientName: s.notice.recipient.name,
          sentAt: s.notice.sentAt,
          checkedAt: at,
          reminders: s.reminders,
          ...(next ? { role: next.role, escalationName: next.name } : {}),
          urls: urls.map((u) => ({ url: u.url, sha256: u.sha256 })),
          contacts,
        },
      );
      const number = next ? s.escalations : s.reminders;
      const message = await options.outbox.enqueue(trx, {
        idempotencyKey: `notice:${noticeId}:${kind}:${number}`,
        purpose: next ? 'notice_escalation' : 'notice_reminder',
        subjectId: noticeId,
        contacts,
        bodies,
      });
      await recordFollowUp(
        trx,
        noticeId,
        at,
        next ? { escalations: s.escalations + 1 } : { reminders: s.reminders + 1 },
      );
      const details = {
        number: number + 1,
        urls: urls.length,
        messageId: message.id,
        ...(next
          ? {
              role: next.role,
              to: next.contact.channel === 'email' ? next.contact.address : contactLabel(next.contact),
            }
          : {}),
      };
      await appendNoticeEvent(trx, noticeId, next ? 'escalated' : 'reminded', at, details);
      await appendAuditEvent(
        trx,
        systemActor,
        { action: `notice.${next ? 'escalated' : 'reminded'}`, subjectType: 'notice', subjectId: noticeId, details },
        at,
      );
      return next ? 'escalated' : 'reminded';
    });
  }

  return {
    runDue,
    followUp,
    escalationList,
    /** Time to removal and its companions over a period (docs/notices.md, Measures). */
    measures: (from: Date, to: Date) => takedownMeasures(db, from, to),
  };
}
