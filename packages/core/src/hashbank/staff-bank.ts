import type {
  BankEntriesQuery,
  BankGrants,
  GrantBody,
  StaffBank,
  StaffEntrySummary,
  StaffEntryView,
  StaffSearchResult,
  SubmissionQueue,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import { isUniqueViolation } from '../platform/db/database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { readSchemeCategories } from './bank.repository.ts';
import type { createBankStore } from './bank-store.ts';
import {
  appendEntryEvent,
  findLiveTwin,
  lockEntry,
  readEntry,
  updateEntry,
  type NewEntry,
} from './entry.repository.ts';
import { listSuspendedEntries } from './flood-guard.ts';
import { HashbankError } from './hashbank.errors.ts';
import type { createMatcher } from './hashbank.matcher.ts';
import type { Bank, EntrySignals, VpdqFrame } from './hashbank.types.ts';
import type { IndexRow } from './match-index/index-row.ts';
import type { ProviderService } from './provider.service.ts';
import { signalsOf } from './signals.ts';
import {
  countPerBank,
  listEntriesOfBank,
  listGrantsOfBank,
  listImportsOfBank,
  listOrganisations,
  organisationNames,
  readEntriesByIds,
  type StaffEntryRow,
} from './staff-bank.repository.ts';

type Deps = {
  ready: () => Promise<void>;
  apply: (rows: IndexRow[]) => Promise<void>;
  matcher: ReturnType<typeof createMatcher>;
  banks: ReturnType<typeof createBankStore>;
  provider: ProviderService;
  addEntries: (
    entries: NewEntry[],
    actor: Actor,
    audit: { action: string; details?: Record<string, unknown> },
    also?: (trx: Db, ids: number[]) => Promise<void>,
  ) => Promise<number[]>;
  withdrawEntry: (id: number, reason: string, actor: Actor) => Promise<void>;
};

type SignalColumns = Pick<StaffEntryRow, 'sha256' | 'sha1' | 'md5' | 'pdq' | 'vpdq'>;

/** Signal values as text; a vPDQ by its number of frames (thousands of hashes say nothing on a screen). */
function signalText(row: SignalColumns): Record<string, string> {
  const out: Record<string, string> = {};
  for (const type of ['sha256', 'sha1', 'md5', 'pdq'] as const) {
    const value = row[type];
    if (value) out[type] = value;
  }
  if (Array.isArray(row.vpdq)) out['vpdq'] = `${row.vpdq.length} frames`;
  return out;
}

function summaryOf(row: StaffEntryRow, bank: string): StaffEntrySummary {
  return {
    id: Number(row.id),
    bank,
    signals: signalText(row),
    status: row.status,
    suspended: row.suspended_at !== null,
    withdrawn: row.withdrawn_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

function signalsOfRow(row: SignalColumns & { pdq_quality: number | null }): EntrySignals {
  return {
    ...(row.sha256 ? { sha256: row.sha256 } : {}),
    ...(row.sha1 ? { sha1: row.sha1 } : {}),
    ...(row.md5 ? { md5: row.md5 } : {}),
    ...(row.pdq ? { pdq: row.pdq } : {}),
    ...(row.pdq_quality !== null ? { pdqQuality: row.pdq_quality } : {}),
    ...(Array.isArray(row.vpdq) ? { vpdq: row.vpdq as VpdqFrame[] } : {}),
  };
}

/**
 * The staff console's hash bank work: what analysts and supervisors see and decide. It reads
 * through the repositories and changes entries through the same writers as the rest of the bank.
 */
export function createStaffBank(base: ServiceDeps, deps: Deps) {
  const { db } = base;
  const audit = (trx: Db, actor: Actor, action: string, id: number, details: Record<string, unknown>) =>
    appendAuditEvent(trx, actor, { action, subjectType: 'bank_entry', subjectId: String(id), details }, base.now());

  async function banksById(): Promise<Map<number, Bank>> {
    return new Map((await deps.banks.listBanks()).map((b) => [b.id, b]));
  }

  async function pendingSubmission(id: number) {
    const found = await readEntry(db, id);
    const bank = found && (await banksById()).get(found.entry.bank_id);
    if (!found || !bank) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
    if (bank.kind !== 'quarantine' || found.entry.status !== 'pending' || found.entry.withdrawn_at)
      throw new HashbankError('HASHBANK_NOT_A_SUBMISSION');
    return found.entry;
  }

  return {
    async listBanks(): Promise<StaffBank[]> {
      const [banks, counts] = await Promise.all([deps.banks.listBanks(), countPerBank(db)]);
      const entries = new Map(counts.entries.map((c) => [c.bank_id, c]));
      const grants = new Map(counts.grants.map((c) => [c.bank_id, c.grants]));
      return banks.map((b) => ({
        name: b.name,
        purpose: b.purpose,
        kind: b.kind,
        enabled: b.enabled,
        matchingRatio: b.matchingRatio,
        pdqThreshold: b.pdqThreshold,
        liveEntries: entries.get(b.id)?.live ?? 0,
        withdrawnEntries: entries.get(b.id)?.withdrawn ?? 0,
        grants: grants.get(b.id) ?? 0,
      }));
    },

    async listEntries(name: string, query: BankEntriesQuery) {
      const bank = await deps.banks.getBank(name);
      const limit = query.limit ?? 50;
      const rows = await listEntriesOfBank(db, bank.id, { state: query.state ?? 'all', limit, before: query.before });
      return {
        entries: rows.map((r) => summaryOf(r, bank.name)),
        nextBefore: rows.length === limit ? Number(rows[rows.length - 1]!.id) : null,
      };
    },

    /** Every bank (quarantine included) for analysts; nothing is counted by the flood guard. */
    async search(signals: EntrySignals): Promise<StaffSearchResult> {
      await deps.ready();
      const outcomes = await deps.matcher.matchAll(signalsOf(signals), { includeQuarantine: true });
      const matches = [...outcomes.values()].flatMap((o) => [...o.matches, ...o.suppressedBy]);
      return {
        signals: signalText({
          sha256: signals.sha256 ?? null,
          sha1: signals.sha1 ?? null,
          md5: signals.md5 ?? null,
          pdq: signals.pdq ?? null,
          vpdq: signals.vpdq ?? null,
        }),
        matches: matches.map((m) => ({
          bank: m.bankName,
          bankKind: m.bankKind,
          entryId: m.entryId,
          signalType: m.signalType,
          distance: m.distance,
          threshold: m.threshold,
          confirmed: m.confirmed,
          suspended: m.suspended,
        })),
      };
    },

    async getEntry(id: number): Promise<StaffEntryView> {
      const found = await readEntry(db, id);
      if (!found) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
      const { entry, events, categories } = found;
      return {
        entry: summaryOf(entry, entry.bank_name),
        labels: {
          ageBand: entry.age_band,
          activity: entry.activity,
          origin: entry.origin,
          victimIdentified: entry.victim_identified,
        },
        uses: entry.uses,
        withdrawnReason: entry.withdrawn_reason,
        suspendedReason: entry.suspended_reason,
        legalCategories: Object.fromEntries(categories.map((c) => [c.scheme, c.category])),
        events: events.map((e) => ({
          kind: e.kind,
          actorType: e.actor_type,
          actorId: e.actor_id,
          details: e.details,
          occurredAt: e.occurred_at.toISOString(),
        })),
      };
    },

    /** Puts a withdrawn entry back; refused when the same media is live in its bank again. */
    async restoreEntry(id: number, reason: string, actor: Actor): Promise<void> {
      await deps.ready();
      try {
        const row = await db.transaction().execute(async (trx) => {
          const current = await lockEntry(trx, id);
          if (!current) throw new HashbankError('HASHBANK_ENTRY_NOT_FOUND');
          if (!current.withdrawn_at) throw new HashbankError('HASHBANK_ENTRY_NOT_WITHDRAWN');
          const updated = await updateEntry(trx, id, { withdrawn_at: null, withdrawn_reason: null });
          await appendEntryEvent(trx, id, 'restored', actor, { reason });
          await audit(trx, actor, 'hashbank.entry-restored', id, { reason });
          return updated;
        });
        await deps.apply([row]);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HashbankError('HASHBANK_ENTRY_EXISTS');
        throw error;
      }
    },

    async legalSchemeMappings() {
      const rows = await readSchemeCategories(db);
      return rows
        .map((r) => ({ scheme: r.scheme, ageBand: r.age_band, activity: r.activity, category: r.category }))
        .sort((a, b) =>
          `${a.scheme} ${a.ageBand} ${a.activity}`.localeCompare(`${b.scheme} ${b.ageBand} ${b.activity}`),
        );
    },

    async grantsOf(name: string): Promise<BankGrants> {
      const bank = await deps.banks.getBank(name);
      const [grants, organisations] = await Promise.all([listGrantsOfBank(db, bank.id), listOrganisations(db)]);
      return {
        grants: grants.map((g) => ({
          organisationId: g.organisation_id,
          organisation: g.name,
          uses: g.uses,
          tier: g.tier,
          curate: g.curate,
        })),
        organisations,
      };
    },

    async grant(name: string, organisationId: string, body: GrantBody, actor: Actor): Promise<void> {
      if ((await organisationNames(db, [organisationId])).size === 0)
        throw new HashbankError('HASHBANK_BANK_NOT_FOUND', 'No such organisation.');
      await deps.banks.grantBank(name, organisationId, body.uses, body.tier, actor, { curate: body.curate });
    },

    async importsOf(name: string) {
      const bank = await deps.banks.getBank(name);
      return (await listImportsOfBank(db, bank.id)).map((r) => ({
        id: Number(r.id),
        format: r.format,
        fileSha256: r.file_sha256,
        linesDone: r.lines_done,
        added: r.added,
        skipped: r.skipped,
        finishedAt: r.finished_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
      }));
    },

    async submissionQueue(): Promise<SubmissionQueue> {
      const queued = await deps.provider.listSubmissions();
      const rows = new Map(
        (
          await readEntriesByIds(
            db,
            queued.map((q) => Number(q.id)),
          )
        ).map((r) => [Number(r.id), r]),
      );
      const names = await organisationNames(
        db,
        queued.flatMap((q) => q.submissions.map((s) => s.organisationId)),
      );
      return {
        submissions: queued.map((q) => ({
          entryId: Number(q.id),
          signals: rows.has(Number(q.id)) ? signalText(rows.get(Number(q.id))!) : {},
          createdAt: q.created_at.toISOString(),
          submissions: q.submissions.map((s) => ({
            organisation: names.get(s.organisationId) ?? s.organisationId,
            note: s.note,
            createdAt: s.createdAt.toISOString(),
          })),
        })),
      };
    },

    /**
     * A submission accepted into a bank: a new pending entry there (the analyst's acceptance is its
     * first assessment), and the quarantined one withdrawn, in one transaction.
     */
    async acceptSubmission(id: number, bankName: string, reason: string, actor: Actor) {
      const quarantined = await pendingSubmission(id);
      const target = await deps.banks.getBank(bankName);
      if (target.kind === 'quarantine')
        throw new HashbankError('HASHBANK_BANK_NOT_FOUND', 'Choose a bank to accept into.');
      const signals = signalsOfRow(quarantined);
      const withdrawn: IndexRow[] = [];
      const entry: NewEntry = {
        bankId: target.id,
        signals,
        labels: {
          ageBand: quarantined.age_band ?? undefined,
          activity: quarantined.activity ?? undefined,
          origin: quarantined.origin ?? undefined,
          victimIdentified: quarantined.victim_identified ?? undefined,
        },
        provenance: { via: 'submission', submissionEntryId: id },
        contributorOrganisationId: quarantined.contributor_organisation_id ?? undefined,
      };
      const [added] = await deps.addEntries(
        [entry],
        actor,
        { action: 'hashbank.submission-accepted', details: { bank: bankName, submissionEntryId: id, reason } },
        async (trx, ids) => {
          const why = `accepted into ${bankName}: ${reason}`;
          withdrawn.push(await updateEntry(trx, id, { withdrawn_at: base.now(), withdrawn_reason: why }));
          await appendEntryEvent(trx, id, 'withdrawn', actor, { reason: why, acceptedAs: ids[0] ?? null });
          await audit(trx, actor, 'hashbank.entry-withdrawn', id, { reason: why });
        },
      );
      await deps.apply(withdrawn);
      // The media was live in the bank already: the submission is settled by that entry.
      if (added === undefined) return { entryId: (await findLiveTwin(db, target.id, signals)) ?? id, created: false };
      return { entryId: added, created: true };
    },

    async rejectSubmission(id: number, reason: string, actor: Actor): Promise<void> {
      await pendingSubmission(id);
      await deps.withdrawEntry(id, `rejected: ${reason}`, actor);
    },

    async suspensionQueue() {
      const [rows, banks] = await Promise.all([listSuspendedEntries(db, 200), banksById()]);
      return rows.map((r) => ({
        entryId: Number(r.id),
        bank: banks.get(r.bank_id)?.name ?? String(r.bank_id),
        suspendedAt: r.suspended_at!.toISOString(),
        reason: r.suspended_reason ?? '',
      }));
    },
  };
}

export type StaffBankService = ReturnType<typeof createStaffBank>;
