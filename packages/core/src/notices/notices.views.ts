import type { NoticeView } from '@vigie/contract';
import type { OutboxAttempt, OutboxMessage } from '../outbox/index.ts';
import type { Notice, NoticeItem } from './notices.types.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toNoticeSummary(n: Notice): Omit<NoticeView, 'urls' | 'messages'> {
  return {
    id: n.id,
    status: n.status,
    origin: n.origin,
    recipient: {
      key: n.recipientKey,
      name: n.recipient.name,
      relationship: n.recipient.relationship,
      country: n.recipient.country,
      asn: n.recipient.asn,
    },
    language: n.language,
    createdAt: n.createdAt.toISOString(),
    dueAt: n.dueAt.toISOString(),
    sentAt: iso(n.sentAt),
    respondedAt: iso(n.respondedAt),
    response: n.response,
  };
}

export function toNoticeView(full: {
  notice: Notice;
  items: readonly NoticeItem[];
  messages: ReadonlyArray<OutboxMessage & { history: readonly OutboxAttempt[] }>;
}): NoticeView {
  return {
    ...toNoticeSummary(full.notice),
    urls: full.items.map((i) => ({
      url: i.url,
      pageUrl: i.pageUrl,
      sha256: i.sha256,
      classification: i.classification,
      firstSeenAt: i.firstSeenAt.toISOString(),
    })),
    // Contacts are shown by address only: a webhook's secret never leaves through the API.
    messages: full.messages.map((m) => {
      const contact = m.contacts[m.contactIndex] ?? m.contacts[0]!;
      return {
        id: m.id,
        state: m.state,
        channel: contact.channel,
        contact:
          contact.channel === 'email' ? contact.address : contact.channel === 'webhook' ? contact.url : contact.label,
        sentAt: iso(m.sentAt),
        lastError: m.lastError,
        attempts: m.history.map((a) => ({
          contact: a.contact,
          startedAt: a.startedAt.toISOString(),
          finishedAt: iso(a.finishedAt),
          outcome: a.outcome,
          detail: a.detail,
        })),
      };
    }),
  };
}
