import { randomUUID } from 'node:crypto';
import type { BlocklistAppealState, NoticeLanguage } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { BlocklistError } from './blocklist.errors.ts';
import { appendEntryEvent, selectEntry, selectLiveEntries } from './blocklist.repository.ts';
import type { BlocklistService } from './blocklist.service.ts';
import type { BlocklistEntry } from './blocklist.types.ts';
import { normaliseDomain, normaliseUrl } from './entry-normalise.ts';
import { decideAppeal, insertAppeal, selectAppeal, selectAppeals } from './feed.repository.ts';

// Site owners' appeals: a public form (appeal.page.ts) files one; staff uphold it (the entry
// leaves the list) or reject it. The form never says whether an address is listed: the list is
// not public, and an appeal about an address that is not on it is filed all the same.

export type AppealsService = ReturnType<typeof createAppealsService>;
export type AppealInput = Readonly<{ address: string; contact: string; reason: string; language: NoticeLanguage }>;

const emailPattern = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export function createAppealsService(deps: ServiceDeps, entries: BlocklistService) {
  const { db, now } = deps;

  /** The live entry an address names: its URL entry, else the domain entry of its host or a parent. */
  async function entryFor(address: string): Promise<BlocklistEntry | undefined> {
    const trimmed = address.trim();
    const url = normaliseUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    if (url && url.includes('/')) {
      const [byUrl] = await selectLiveEntries(db, 'url', [url]);
      if (byUrl) return byUrl;
    }
    const host = normaliseDomain(url ? url.replace(/[:/].*$/, '') : trimmed);
    if (!host) return undefined;
    const labels = host.split('.');
    const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
    const found = await selectLiveEntries(db, 'domain', candidates);
    return found.sort((a, b) => b.value.length - a.value.length)[0];
  }

  return {
    /** A site owner's appeal from the public form; the caller's address is not kept. */
    async submit(input: AppealInput): Promise<{ id: string }> {
      const address = input.address.trim();
      const contact = input.contact.trim();
      const reason = input.reason.trim();
      if (!address || address.length > 2048 || !emailPattern.test(contact) || !reason || reason.length > 4000)
        throw new BlocklistError('BLOCKLIST_APPEAL_INVALID');
      const entry = await entryFor(address);
      const id = randomUUID();
      const at = now();
      const actor: Actor = { type: 'anonymous', address: null };
      await db.transaction().execute(async (trx) => {
        await insertAppeal(
          trx,
          { id, address, entryId: entry?.id ?? null, contact, reason, language: input.language },
          at,
        );
        if (entry) await appendEntryEvent(trx, entry.id, 'appealed', at, { appealId: id }, 'site owner');
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'blocklist.appeal_submitted',
            subjectType: 'blocklist_appeal',
            subjectId: id,
            details: { entryId: entry?.id ?? null },
          },
          at,
        );
      });
      return { id };
    },

    async list(state: BlocklistAppealState | undefined, limit = 500) {
      return selectAppeals(db, state, limit);
    },

    /** Staff decide: upheld takes the entry off the list (at the next version), rejected keeps it. */
    async decide(
      appealId: string,
      staffId: string,
      decision: { outcome: 'upheld' | 'rejected'; note: string },
      address: string | null,
    ) {
      return db.transaction().execute(async (trx) => {
        const appeal = await selectAppeal(trx, appealId, true);
        if (!appeal) throw new BlocklistError('BLOCKLIST_APPEAL_NOT_FOUND');
        if (appeal.state !== 'open') throw new BlocklistError('BLOCKLIST_APPEAL_DECIDED');
        const at = now();
        const actor: Actor = { type: 'user', id: staffId, address };
        await decideAppeal(trx, appealId, { state: decision.outcome, by: staffId, note: decision.note }, at);
        const entry = appeal.entryId ? await selectEntry(trx, appeal.entryId, true) : undefined;
        if (entry) {
          const kind = decision.outcome === 'upheld' ? 'appeal_upheld' : 'appeal_rejected';
          await appendEntryEvent(trx, entry.id, kind, at, { appealId, note: decision.note }, `user:${staffId}`);
          if (decision.outcome === 'upheld') await entries.delist(trx, entry, 'appeal', actor, { appealId });
        }
        await appendAuditEvent(
          trx,
          actor,
          {
            action: 'blocklist.appeal_decided',
            subjectType: 'blocklist_appeal',
            subjectId: appealId,
            details: { outcome: decision.outcome, entryId: appeal.entryId },
          },
          at,
        );
        return (await selectAppeal(trx, appealId))!;
      });
    },
  };
}
