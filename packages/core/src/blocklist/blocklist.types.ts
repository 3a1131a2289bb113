import type {
  BlocklistAppealState,
  BlocklistDelistReason,
  BlocklistEntryKind,
  BlocklistEntryState,
  BlocklistEventKind,
  NoticeLanguage,
} from '@vigie/contract';

export type BlocklistEntry = Readonly<{
  id: string;
  kind: BlocklistEntryKind;
  value: string;
  sha256: string;
  original: string;
  state: BlocklistEntryState;
  delistedReason: BlocklistDelistReason | null;
  reportId: string | null;
  decisionId: string | null;
  nominatedBy: string | null;
  note: string | null;
  approvals: number;
  nominatedAt: Date;
  listedAt: Date | null;
  delistedAt: Date | null;
}>;

export type BlocklistEvent = Readonly<{
  kind: BlocklistEventKind;
  at: Date;
  actor: string | null;
  details: Record<string, unknown>;
}>;

/** One inclusion criterion as evaluated for an entry now (settings VIGIE_BLOCKLIST_*). */
export type Criterion = Readonly<{
  name: 'confirmed' | 'age_band' | 'removal_failed' | 'still_online';
  met: boolean;
  detail: string;
}>;

/** One line of a version: what the feed files are written from. */
export type FeedItem = Readonly<{ kind: BlocklistEntryKind; value: string; sha256: string }>;

export type BlocklistVersion = Readonly<{
  version: number;
  publishedAt: Date;
  entries: number;
  urls: number;
  domains: number;
  added: number;
  removed: number;
}>;

export type BlocklistAppeal = Readonly<{
  id: string;
  address: string;
  entryId: string | null;
  entryState: BlocklistEntryState | null;
  contact: string;
  reason: string;
  language: NoticeLanguage;
  state: BlocklistAppealState;
  submittedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
}>;

/** What nominate() takes: the casework feature's decision (or an analyst's API call) and its URLs. */
export type Nomination = Readonly<{
  decisionId: string | null;
  reportId: string | null;
  urls: readonly string[];
  domains?: readonly string[];
  staffId: string;
  note?: string | null;
}>;
