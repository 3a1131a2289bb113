import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { NoticeOrigin, NoticeState, NoticeStatus, SendNoticeBody } from '@vigie/contract';
import { appendAuditEvent, systemActor, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { OutboxService } from '../outbox/index.ts';
import { enrolRechecks, markNotified } from '../rechecks/rechecks.repository.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { renderNotice, type NoticeTemplates } from './notice-render.ts';
import { NoticeError } from './notices.errors.ts';
import {
  appendNoticeEvent,
  claimDetections,
  insertItems,
  insertNotice,
  lockCollecting,
  selectItems,
  selectNotice,
  selectNoticeByToken,
  selectNotices,
  selectNotifiable,
  selectPending,
  setDetectionState,
  setNoticeStatus,
} from './notices.repository.ts';
import type { PendingDetection, Recipient, RecipientResolver } from './notices.types.ts';

// Notices: pending detections are filed into their recipient's notice (a new one at once, or
// the recipient's open batch until it is due), and a notice is closed by rendering it and
// writing its outbox message, in one transaction with its history and audit event. The
// outbox tells back when it was sent or given up.

export type NoticesOptions = Readonly<{
  resolver: RecipientResolver;
  /** The templates as they are now (the installation's saved ones over the files), read per notice. */
  templates: () => Promise<NoticeTemplates>;
  /** The key response-link tokens are derived from (kept outside the database). */
  responseKey: Buffer;
}>;

export type NoticesService = ReturnType<typeof createNoticesService>;

const BATCH = 500;
const actorName = (actor: Actor) => `${actor.type}${actor.id ? `:${actor.id}` : ''}`;

export function createNoticesService(deps: ServiceDeps, outbox: OutboxService, options: NoticesOptions) {
  const { db, now, logger } = deps;
  const render = { settings: deps.config.notices, publicUrl: deps.config.publicUrl };
  const tokenOf = (noticeId: string) =>
    createHmac('sha256', options.responseKey).update(`notice response ${noticeId}`).digest('base64url');
  const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
  /** Every reported URL is re-checked, with its notice or without (docs/notices.md, Re-checks). */
  const enrol = (trx: Db, items: readonly PendingDetection[], notice: { id: string; recipient: Recipient } | null) => {
    const at = now();
    return enrolRechecks(
      trx,
      items.map((d) => ({ ...d, firstDetectedAt: d.firstSeenAt })),
      notice ? { id: notice.id, providerKey: notice.recipient.key, country: notice.recipient.country } : null,
      new Date(at.getTime() + deps.config.rechecks.intervalHours * 3600_000),
      at,
    );
  };

  /** Recipients of each detection, asked once per host and address (outside any transaction). */
  async function resolveAll(detections: readonly PendingDetection[]) {
    const byTarget = new Map<string, Promise<Recipient | null>>();
    const out = new Map<string, Recipient | null>();
    for (const d of detections) {
      const key = `${new URL(d.url).host}|${d.address ?? ''}`;
      if (!byTarget.has(key))
        byTarget.set(
          key,
          options.resolver.resolve({ url: d.url, address: d.address }).catch((error: unknown) => {
            logger.warn({ err: error }, 'notices: the recipient could not be resolved');
            return null;
          }),
        );
      out.set(d.detectionId, await byTarget.get(key)!);
    }
    return out;
  }

  /** Renders a collecting notice and writes its outbox message: from now on it is queued. */
  async function closeNotice(trx: Db, noticeId: string, actor: Actor): Promise<boolean> {
    const notice = await selectNotice(trx, noticeId, true);
    if (!notice || notice.status !== 'collecting') return false;
    const items = await selectItems(trx, noticeId);
    const at = now();
    const templates = await options.templates();
    await outbox.enqueue(trx, {
      idempotencyKey: `notice:${noticeId}`,
      purpose: 'notice',
      subjectId: noticeId,
      contacts: notice.recipient.contacts,
      bodies: renderNotice({ ...render, templates }, notice, items),
    });
    await setNoticeStatus(trx, noticeId, 'queued', { queuedAt: at });
    await appendNoticeEvent(trx, noticeId, 'queued', at, { urls: items.length }, actorName(actor));
    await appendAuditEvent(
      trx,
      actor,
      {
        action: 'notice.queued',
        subjectType: 'notice',
        subjectId: noticeId,
        details: { recipient: notice.recipientKey, urls: items.length, origin: notice.origin },
      },
      at,
    );
    return true;
  }

  /** Files detections of one recipient: into its open batch, or a new notice (closed at once unless it batches). */
  async function file(
    trx: Db,
    recipient: Recipient,
    items: readonly PendingDetection[],
    origin: NoticeOrigin,
    actor: Actor,
    note: string | null = null,
  ): Promise<string> {
    const at = now();
    const minutes = recipient.batchMinutes ?? deps.config.notices.defaultBatchMinutes;
    const batches = origin === 'automatic' && minutes > 0;
    const open = batches ? await lockCollecting(trx, recipient.key) : undefined;
    let noticeId: string;
    if (open) {
      noticeId = open.id;
      const added = await insertItems(trx, noticeId, items);
      await appendNoticeEvent(trx, noticeId, 'urls_added', at, { urls: added }, actorName(actor));
    } else {
      noticeId = randomUUID();
      const dueAt = new Date(at.getTime() + (batches ? minutes * 60_000 : 0));
      // Two workers opening a batch for one recipient at once: the unique index refuses the
      // second, whose job is retried and then joins the first's batch.
      await insertNotice(
        trx,
        {
          id: noticeId,
          recipient,
          origin,
          dueAt,
          tokenHash: hashOf(tokenOf(noticeId)),
          createdBy: actor.type === 'user' ? (actor.id ?? null) : null,
          note,
        },
        at,
      );
      const added = await insertItems(trx, noticeId, items);
      await appendNoticeEvent(trx, noticeId, 'created', at, { urls: added, origin }, actorName(actor));
      if (batches)
        await deps.enqueue(trx, 'notices.close-notice', { noticeId }, { jobKey: `notice:${noticeId}`, runAt: dueAt });
      else await closeNotice(trx, noticeId, actor);
    }
    await setDetectionState(
      trx,
      items.map((d) => d.detectionId),
      'in_notice',
    );
    await enrol(trx, items, { id: noticeId, recipient });
    return noticeId;
  }

  function byRecipient(detections: readonly PendingDetection[], recipients: Map<string, Recipient | null>) {
    const groups = new Map<string, { recipient: Recipient; items: PendingDetection[] }>();
    const unresolved: PendingDetection[] = [];
    for (const d of detections) {
      const recipient = recipients.get(d.detectionId);
      if (!recipient || recipient.contacts.length === 0) {
        unresolved.push(d);
        continue;
      }
      const group = groups.get(recipient.key) ?? { recipient, items: [] };
      group.items.push(d);
      groups.set(recipient.key, group);
    }
    return { groups: [...groups.values()], unresolved };
  }

  /** The notice behind a response link, or NOTICE_LINK_INVALID. */
  async function byToken(token: string) {
    const notice = /^[A-Za-z0-9_-]{43}$/.test(token) ? await selectNoticeByToken(db, hashOf(token)) : undefined;
    if (!notice) throw new NoticeError('NOTICE_LINK_INVALID');
    return { notice, items: await selectItems(db, notice.id) };
  }

  return {
    /** Files every pending detection (and, with retryUnknown, those nobody was found for before). */
    async prepare(retryUnknown = false): Promise<{ filed: number; unresolved: number }> {
      const states: NoticeState[] = retryUnknown ? ['notice_pending', 'recipient_unknown'] : ['notice_pending'];
      let after = '0';
      let filed = 0;
      let unknown = 0;
      for (;;) {
        const batch = await selectPending(db, states, after, BATCH);
        if (batch.length === 0) break;
        after = batch.at(-1)!.detectionId;
        const recipients = await resolveAll(batch);
        await db.transaction().execute(async (trx) => {
          const claimed = await claimDetections(
            trx,
            batch.map((d) => d.detectionId),
            states,
          );
          const { groups, unresolved } = byRecipient(
            batch.filter((d) => claimed.has(d.detectionId)),
            recipients,
          );
          await setDetectionState(
            trx,
            unresolved.map((d) => d.detectionId),
            'recipient_unknown',
          );
          await enrol(trx, unresolved, null);
          for (const group of groups) await file(trx, group.recipient, group.items, 'automatic', systemActor);
          filed += groups.reduce((n, g) => n + g.items.length, 0);
          unknown += unresolved.length;
        });
        if (batch.length < BATCH) break;
      }
      return { filed, unresolved: unknown };
    },

    /** A batching recipient's notice when it is due. */
    async closeDue(noticeId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const notice = await selectNotice(trx, noticeId, true);
        if (!notice || notice.status !== 'collecting') return;
        if (notice.dueAt > now()) {
          await deps.enqueue(
            trx,
            'notices.close-notice',
            { noticeId },
            { jobKey: `notice:${noticeId}`, runAt: notice.dueAt },
          );
          return;
        }
        await closeNotice(trx, noticeId, systemActor);
      });
    },

    /** An analyst's notice from a case: the detections given (or all at a URL), to their recipients, now. */
    async send(body: SendNoticeBody, actor: Actor) {
      if (!body.detectionIds && !body.url) throw new NoticeError('NOTICE_NOTHING_TO_SEND');
      const detections = await selectNotifiable(db, {
        ...(body.detectionIds ? { ids: body.detectionIds } : {}),
        ...(body.url ? { url: body.url } : {}),
      });
      if (detections.length === 0 || (body.detectionIds && detections.length < body.detectionIds.length))
        throw new NoticeError('NOTICE_DETECTION_NOT_FOUND');
      const recipients = await resolveAll(detections);
      const { groups, unresolved } = byRecipient(detections, recipients);
      const ids = await db.transaction().execute(async (trx) => {
        const out: string[] = [];
        for (const group of groups)
          out.push(await file(trx, group.recipient, group.items, 'analyst', actor, body.note ?? null));
        return out;
      });
      const notices = [];
      for (const id of ids) notices.push((await selectNotice(db, id))!);
      return { notices, unresolved: unresolved.map((d) => d.detectionId) };
    },

    async list(query: { status?: NoticeStatus; before?: Date; limit: number }) {
      return selectNotices(db, query);
    },

    async get(id: string) {
      const notice = await selectNotice(db, id);
      if (!notice) throw new NoticeError('NOTICE_NOT_FOUND');
      return { notice, items: await selectItems(db, id), messages: await outbox.messagesOf('notice', [id]) };
    },

    byToken,

    /** The recipient's answer through the link: an acknowledgement, or a contest for the analysts. */
    async respond(
      token: string,
      answer: { action: 'acknowledge' | 'contest'; reason?: string },
      address: string | null,
    ) {
      const { notice } = await byToken(token);
      const reason = answer.reason?.trim() ?? '';
      if (answer.action === 'contest' && (reason === '' || reason.length > 4000))
        throw new NoticeError('NOTICE_RESPONSE_INVALID');
      const actor: Actor = { type: 'anonymous', address };
      const at = now();
      return db.transaction().execute(async (trx) => {
        const changed =
          answer.action === 'acknowledge'
            ? await setNoticeStatus(trx, notice.id, 'acknowledged', { respondedAt: at }, ['queued', 'sent', 'failed'])
            : await setNoticeStatus(
                trx,
                notice.id,
                'contested',
                { respondedAt: at, response: reason, remindersPaused: true },
                ['queued', 'sent', 'failed', 'acknowledged'],
              );
        if (!changed) return { notice, changed: false };
        const kind = answer.action === 'acknowledge' ? 'acknowledged' : 'contested';
        await appendNoticeEvent(trx, notice.id, kind, at, answer.action === 'contest' ? { reason } : {}, 'recipient');
        await appendAuditEvent(
          trx,
          actor,
          { action: `notice.${kind}`, subjectType: 'notice', subjectId: notice.id },
          at,
        );
        return { notice: (await selectNotice(trx, notice.id))!, changed: true };
      });
    },

    /** Hooks the outbox calls: the response token spliced in at sending, the outcome recorded. */
    outboxHooks() {
      return {
        replacements: (message: { subjectId: string }) => ({ 'response-token': tokenOf(message.subjectId) }),
        onSent: async (trx: Db, message: { subjectId: string; sentTo: string | null }, at: Date) => {
          // An answer that came before this record (the provider was quick) keeps its status.
          await setNoticeStatus(trx, message.subjectId, 'sent', { sentAt: at }, ['queued', 'failed']);
          await appendNoticeEvent(trx, message.subjectId, 'sent', at, { to: message.sentTo });
          await markNotified(trx, message.subjectId, at);
        },
        // Every contact gave up, at the time or later (a bounce after the server had accepted it).
        onGaveUp: async (trx: Db, message: { subjectId: string; lastError: string | null }, at: Date) => {
          await setNoticeStatus(trx, message.subjectId, 'failed', {}, ['queued', 'sent']);
          await appendNoticeEvent(trx, message.subjectId, 'failed', at, { error: message.lastError });
        },
      };
    },

    /** The response link of a notice (tests and the analysts' console). */
    responseToken: tokenOf,
  };
}
