import type { NoticeLanguage } from '@vigie/contract';
import type { Notice, NoticeItem } from '../notices/index.ts';
import type { FollowUp } from '../rechecks/index.ts';

// What a template is previewed with: a notice of two URLs on example.org to a provider that
// hosts them, and its first reminder. Never real URLs, never real fingerprints.

const at = new Date('2026-12-01T09:30:00Z');
const urls = ['https://files.example.org/gallery/a.jpg', 'https://files.example.org/gallery/b.mp4'];

export function sampleNotice(language: NoticeLanguage): { notice: Notice; items: NoticeItem[] } {
  const notice: Notice = {
    id: '00000000-0000-4000-8000-000000000001',
    recipientKey: 'abuse@example.org',
    recipient: {
      key: 'abuse@example.org',
      name: 'Example Hosting',
      relationship: 'hosts',
      language,
      batchMinutes: 0,
      country: null,
      asn: 64500,
      xarf: true,
      contacts: [{ channel: 'email', address: 'abuse@example.org' }],
    },
    language,
    origin: 'automatic',
    status: 'collecting',
    dueAt: at,
    createdAt: at,
    sentAt: null,
    respondedAt: null,
    response: null,
    note: null,
  };
  const items: NoticeItem[] = urls.map((url, i) => ({
    detectionId: null,
    reportId: `00000000-0000-4000-8000-00000000001${i}`,
    url,
    pageUrl: 'https://files.example.org/gallery/',
    address: '192.0.2.10',
    sha256: String(i + 1).repeat(64),
    sha1: String(i + 1).repeat(40),
    md5: String(i + 1).repeat(32),
    mediaKind: i === 0 ? 'image' : 'video',
    classification: i === 0 ? 'A1' : 'B2',
    firstSeenAt: at,
  }));
  return { notice, items };
}

export function sampleFollowUp(language: NoticeLanguage): FollowUp {
  return {
    kind: 'reminder',
    noticeId: '00000000-0000-4000-8000-000000000001',
    language,
    recipientName: 'Example Hosting',
    sentAt: at,
    checkedAt: new Date('2026-12-03T09:30:00Z'),
    reminders: 0,
    urls: urls.map((url, i) => ({ url, sha256: String(i + 1).repeat(64) })),
    contacts: [{ channel: 'email', address: 'abuse@example.org' }],
  };
}
