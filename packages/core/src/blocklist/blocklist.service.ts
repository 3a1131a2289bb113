import { randomUUID } from 'node:crypto';
import type { BlocklistDelistReason, BlocklistEntryState } from '@vigie/contract';
import { appendAuditEvent, systemActor, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { BlocklistError } from './blocklist.errors.ts';
import {
  appendEntryEvent,
  insertApproval,
  insertEntries,
  lockLiveUrlEntries,
  selectApprovers,
  selectConfirmedRemoval,
  selectConfirmedAgeBands,
  selectEntries,
  selectEntry,
  selectEntryEvents,
  selectFirstNoticeSent,
  selectLiveEntries,
  setEntryState,
  type NewEntry,
} from './blocklist.repository.ts';
import type { BlocklistEntry, Criterion, Nomination } from './blocklist.types.ts';
import { normaliseEntry, normaliseUrl } from './entry-normalise.ts';

// Blocklist entries: nominated (by the casework feature's decision or an analyst), approved by
// two different analysts (a key on the approvals, a trigger on the listing), listed once the
// inclusion criteria hold, and delisted when a re-check finds the content gone or an appeal is
// upheld. Every change: its event, its audit event and the publishing job, in one transaction.

export type BlocklistService = ReturnType<typeof createBlocklistService>;

const userActor = (staffId: string, address: string | null = null): Actor => ({ type: 'user', id: staffId, address });
const actorName = (actor: Actor) => `${actor.type}${actor.id ? `:${actor.id}` : ''}`;
const publishJob = { jobKey: 'blocklist.publish' } as const;

export function createBlocklistService(deps: ServiceDeps) {
  const { db, now } = deps;
  const settings = deps.config.blocklist;

  /** Each inclusion criterion as it stands now for the entry (settings VIGIE_BLOCKLIST_*). */
  async function criteriaOf(trx: Db, entry: BlocklistEntry): Promise<Criterion[]> {
    const out: Criterion[] = [];
    const bands = await selectConfirmedAgeBands(trx, entry.kind, entry.value, entry.original);
    if (settings.requireConfirmed)
      out.push({
        name: 'confirmed',
        met: bands.length > 0,
        detail: bands.length > 0 ? 'confirmed material was detected there' : 'no confirmed material detected there',
      });
    if (settings.ageBands.length > 0) {
      const matching = bands.filter((b) => settings.ageBands.includes(b));
      out.push({
        name: 'age_band',
        met: matching.length > 0,
        detail: `needs ${settings.ageBands.join(' or ')}; found ${bands.length > 0 ? bands.join(', ') : 'none'}`,
      });
    }
    if (settings.removalFailedDays > 0) {
      const first = await selectFirstNoticeSent(trx, entry.kind, entry.value, entry.original);
      const days = first ? (now().getTime() - first.getTime()) / 86_400_000 : 0;
      out.push({
        name: 'removal_failed',
        met: first !== null && days >= settings.removalFailedDays,
        detail: first
          ? `first removal notice sent ${first.toISOString()} (${Math.floor(days)} of ${settings.removalFailedDays} days)`
          : `no removal notice sent yet (needs ${settings.removalFailedDays} days)`,
      });
    }
    // Content that re-checks confirmed removed is never listed, whatever the other criteria say.
    if (entry.kind === 'url') {
      const removed = await selectConfirmedRemoval(trx, entry.value, entry.original);
      out.push({
        name: 'still_online',
        met: removed === null,
        detail: removed ? `re-checks confirmed it removed ${removed.toISOString()}` : 'not confirmed removed',
      });
    }
    return out;
  }

  async function audit(trx: Db, actor: Actor, action: string, entry: { id: string }, details: Record<string, unknown>) {
    await appendAuditEvent(
      trx,
      actor,
      { action: `blocklist.${action}`, subjectType: 'blocklist_entry', subjectId: entry.id, details },
      now(),
    );
  }

  /** Lists a nominated entry if two analysts approved it and the criteria hold now. */
  async function listIfReady(trx: Db, entry: BlocklistEntry, actor: Actor): Promise<boolean> {
    if (entry.state !== 'nominated' || entry.approvals < 2) return false;
    const criteria = await criteriaOf(trx, entry);
    if (!criteria.every((c) => c.met)) return false;
    const at = now();
    if (!(await setEntryState(trx, entry.id, 'listed', at, { listedAt: at }, ['nominated']))) return false;
    await appendEntryEvent(trx, entry.id, 'listed', at, { criteria }, actorName(actor));
    await audit(trx, actor, 'listed', entry, { kind: entry.kind, entry: entry.value });
    await deps.enqueue(trx, 'blocklist.publish-version', {}, publishJob);
    return true;
  }

  /** Takes an entry off the list (or out of nomination) for `reason`; false when it was neither. */
  async function delist(
    trx: Db,
    entry: BlocklistEntry,
    reason: BlocklistDelistReason,
    actor: Actor,
    details: Record<string, unknown>,
  ): Promise<boolean> {
    const at = now();
    const from: BlocklistEntryState = entry.state;
    const changed =
      from === 'listed'
        ? await setEntryState(trx, entry.id, 'delisted', at, { delistedAt: at, delistedReason: reason }, ['listed'])
        : from === 'nominated' && (await setEntryState(trx, entry.id, 'rejected', at, {}, ['nominated']));
    if (!changed) return false;
    await appendEntryEvent(
      trx,
      entry.id,
      from === 'listed' ? 'delisted' : 'rejected',
      at,
      { reason, ...details },
      actorName(actor),
    );
    await audit(trx, actor, from === 'listed' ? 'delisted' : 'rejected', entry, { reason, ...details });
    if (from === 'listed') await deps.enqueue(trx, 'blocklist.publish-version', {}, publishJob);
    return true;
  }

  return {
    criteriaOf,
    delist,

    /**
     * Nominates URLs (and domains) in the caller's transaction: the casework feature's decision,
     * or an analyst's request. An address already nominated or listed keeps its entry (returned).
     */
    async nominate(trx: Db, nomination: Nomination): Promise<{ entries: BlocklistEntry[]; invalid: string[] }> {
      const invalid: string[] = [];
      const wanted = new Map<string, NewEntry>();
      const given = [
        ...nomination.urls.map((u) => ['url', u] as const),
        ...(nomination.domains ?? []).map((d) => ['domain', d] as const),
      ];
      for (const [kind, text] of given) {
        const normalised = normaliseEntry(kind, text);
        if (!normalised) {
          invalid.push(text);
          continue;
        }
        wanted.set(`${kind} ${normalised.value}`, {
          id: randomUUID(),
          ...normalised,
          original: text.trim(),
          reportId: nomination.reportId,
          decisionId: nomination.decisionId,
          nominatedBy: nomination.staffId,
          note: nomination.note ?? null,
        });
      }
      if (wanted.size === 0 && invalid.length === 0) throw new BlocklistError('BLOCKLIST_NOTHING_NOMINATED');
      const at = now();
      const actor = userActor(nomination.staffId);
      const created = await insertEntries(trx, [...wanted.values()], at);
      for (const entry of wanted.values()) {
        if (!created.has(entry.id)) continue;
        const details = {
          kind: entry.kind,
          entry: entry.value,
          reportId: entry.reportId,
          decisionId: entry.decisionId,
        };
        await appendEntryEvent(trx, entry.id, 'nominated', at, details, actorName(actor));
        await audit(trx, actor, 'nominated', entry, details);
      }
      const entries = [
        ...(await selectLiveEntries(
          trx,
          'url',
          [...wanted.values()].filter((e) => e.kind === 'url').map((e) => e.value),
        )),
        ...(await selectLiveEntries(
          trx,
          'domain',
          [...wanted.values()].filter((e) => e.kind === 'domain').map((e) => e.value),
        )),
      ];
      return { entries, invalid };
    },

    /** One analyst's approval; the second different analyst's lists the entry once the criteria hold. */
    async approve(entryId: string, staffId: string, address: string | null) {
      return db.transaction().execute(async (trx) => {
        const entry = await selectEntry(trx, entryId, true);
        if (!entry) throw new BlocklistError('BLOCKLIST_ENTRY_NOT_FOUND');
        if (entry.state !== 'nominated') throw new BlocklistError('BLOCKLIST_NOT_NOMINATED');
        const at = now();
        if (!(await insertApproval(trx, entryId, staffId, at))) throw new BlocklistError('BLOCKLIST_ALREADY_APPROVED');
        const actor = userActor(staffId, address);
        await appendEntryEvent(trx, entryId, 'approved', at, { approvals: entry.approvals + 1 }, actorName(actor));
        await audit(trx, actor, 'approved', entry, { approvals: entry.approvals + 1 });
        await listIfReady(trx, { ...entry, approvals: entry.approvals + 1 }, actor);
        return (await selectEntry(trx, entryId))!;
      });
    },

    async reject(entryId: string, staffId: string, reason: string, address: string | null) {
      return db.transaction().execute(async (trx) => {
        const entry = await selectEntry(trx, entryId, true);
        if (!entry) throw new BlocklistError('BLOCKLIST_ENTRY_NOT_FOUND');
        if (entry.state !== 'nominated') throw new BlocklistError('BLOCKLIST_NOT_NOMINATED');
        await delist(trx, entry, 'withdrawn', userActor(staffId, address), { note: reason });
        return (await selectEntry(trx, entryId))!;
      });
    },

    /** A supervisor takes a listed entry off the list. */
    async withdraw(entryId: string, staffId: string, reason: string, address: string | null) {
      return db.transaction().execute(async (trx) => {
        const entry = await selectEntry(trx, entryId, true);
        if (!entry) throw new BlocklistError('BLOCKLIST_ENTRY_NOT_FOUND');
        if (entry.state !== 'listed') throw new BlocklistError('BLOCKLIST_NOT_LISTED');
        await delist(trx, entry, 'withdrawn', userActor(staffId, address), { note: reason });
        return (await selectEntry(trx, entryId))!;
      });
    },

    /**
     * The re-check feature's call, in its transaction: the content at `url` is gone, so its
     * entries leave the list (a listed one at the next version; a nominated one is never listed).
     * Domain entries stay: one URL gone says nothing of the rest of the site.
     */
    async contentGone(trx: Db, gone: { url: string; at: Date }): Promise<{ delisted: string[] }> {
      const value = normaliseUrl(gone.url);
      if (!value) return { delisted: [] };
      const delisted: string[] = [];
      for (const id of await lockLiveUrlEntries(trx, value)) {
        const entry = (await selectEntry(trx, id))!;
        if (await delist(trx, entry, 'content_gone', systemActor, { url: gone.url, checkedAt: gone.at.toISOString() }))
          delisted.push(id);
      }
      return { delisted };
    },

    /** Nominated entries with two approvals whose criteria hold now (removal failed long enough): listed. */
    async listReady(trx: Db): Promise<number> {
      let listed = 0;
      for (const entry of await selectEntries(trx, { state: 'nominated', limit: 10_000 }))
        if (entry.approvals >= 2 && (await listIfReady(trx, entry, systemActor))) listed += 1;
      return listed;
    },

    async list(query: { state?: BlocklistEntryState; limit: number }) {
      return selectEntries(db, query);
    },

    async get(entryId: string) {
      const entry = await selectEntry(db, entryId);
      if (!entry) throw new BlocklistError('BLOCKLIST_ENTRY_NOT_FOUND');
      return {
        entry,
        approvedBy: await selectApprovers(db, entryId),
        criteria: await criteriaOf(db, entry),
        events: await selectEntryEvents(db, entryId),
      };
    },

    /** For the staff API: nominate in a transaction of its own. */
    async nominateNow(nomination: Nomination) {
      const result = await db.transaction().execute((trx) => this.nominate(trx, nomination));
      if (result.entries.length === 0)
        throw new BlocklistError('BLOCKLIST_NOTHING_NOMINATED', undefined, { invalid: result.invalid });
      return result;
    },
  };
}
