import type {
  BlocklistAppeal,
  BlocklistEntry,
  BlocklistEvent,
  BlocklistVersion,
  Criterion,
} from './blocklist.types.ts';

// The wire forms of entries, versions and appeals (the contract's schemas).

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toEntrySummary = (e: BlocklistEntry) => ({
  id: e.id,
  kind: e.kind,
  entry: e.value,
  sha256: e.sha256,
  state: e.state,
  delistedReason: e.delistedReason,
  approvals: e.approvals,
  reportId: e.reportId,
  decisionId: e.decisionId,
  nominatedAt: e.nominatedAt.toISOString(),
  listedAt: iso(e.listedAt),
  delistedAt: iso(e.delistedAt),
});

export const toEntryView = (v: {
  entry: BlocklistEntry;
  approvedBy: string[];
  criteria: Criterion[];
  events: BlocklistEvent[];
}) => ({
  ...toEntrySummary(v.entry),
  approvedBy: v.approvedBy,
  criteria: v.criteria,
  events: v.events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), actor: e.actor, details: e.details })),
});

export const toVersionView = (v: BlocklistVersion) => ({ ...v, publishedAt: v.publishedAt.toISOString() });

export const toAppealView = (a: BlocklistAppeal) => ({
  ...a,
  submittedAt: a.submittedAt.toISOString(),
  decidedAt: iso(a.decidedAt),
});
