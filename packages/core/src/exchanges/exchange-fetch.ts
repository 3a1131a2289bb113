import { createHash } from 'node:crypto';
import type { ExchangeFetchResponse } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { EntryWriter, HashbankService } from '../hashbank/index.ts';
import { collectSignals } from '../hashbank/index.ts';
import type { Clock } from '../platform/clock.ts';
import { ExchangeError } from './exchanges.errors.ts';
import {
  addCounts,
  entryHasOtherItem,
  listUnseenItems,
  lockExchange,
  markSeen,
  readItem,
  updateExchange,
  writeItem,
  type ExchangeRow,
} from './exchanges.repository.ts';
import type { ExchangeSource, FetchedPage, RemoteItem, SourceCall } from './exchanges.types.ts';
import type { LabelMapper } from './label-mapping.ts';

// One pull: page after page from the checkpoint. A page is fetched with no transaction open,
// then its items, the new checkpoint, the counts and an audit event commit together, under the
// exchange's row lock and only if the checkpoint is still the one the page was read from (else
// another pull got there first and the page is dropped). A pull killed anywhere resumes from
// the last committed page; an item seen again is recognised by its remote id and digest, so
// nothing is added twice.

type Counts = { fetched: number; added: number; withdrawn: number; skipped: number };
const zero = (): Counts => ({ fetched: 0, added: 0, withdrawn: 0, skipped: 0 });
// jsonb keeps its own key order: compare checkpoints with their keys sorted.
const canonical = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => [k, canonical(x)]),
      )
    : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export type FetchHooks = Readonly<{ afterPage?: (page: number) => void | Promise<void> }>;

export function createFetchRunner(hashbank: HashbankService, now: Clock, mapLabels: () => Promise<LabelMapper>) {
  async function applyItem(
    writer: EntryWriter,
    trx: Db,
    exchange: ExchangeRow,
    item: RemoteItem,
    map: LabelMapper,
    counts: Counts,
  ): Promise<void> {
    const known = await readItem(trx, exchange.id, item.remoteId);
    const withdrawKnown = async (reason: string) => {
      if (
        known?.entry_id &&
        !known.deleted &&
        !(await entryHasOtherItem(trx, known.entry_id, exchange.id, item.remoteId))
      )
        if (await writer.withdraw(Number(known.entry_id), reason)) counts.withdrawn += 1;
    };
    if (item.deleted) {
      if (known && !known.deleted) await withdrawKnown(`deleted at exchange ${exchange.name}`);
      await writeItem(
        trx,
        {
          exchangeId: exchange.id,
          remoteId: item.remoteId,
          entryId: known?.entry_id ?? null,
          digest: known?.digest ?? '',
          deleted: true,
          pass: exchange.pass,
        },
        now(),
      );
      return;
    }
    const labels = map(item.labels, item.categories);
    const digest = createHash('sha256')
      .update(JSON.stringify([item.signals, labels, item.uses ?? []]))
      .digest('hex');
    if (known && !known.deleted && known.digest === digest) {
      await markSeen(trx, exchange.id, item.remoteId, exchange.pass);
      return;
    }
    let signals;
    try {
      const usable = item.signals.filter((s) => s.type !== 'pdna');
      signals = collectSignals(usable);
    } catch {
      counts.skipped += 1;
      await writeItem(
        trx,
        {
          exchangeId: exchange.id,
          remoteId: item.remoteId,
          entryId: null,
          digest,
          deleted: false,
          pass: exchange.pass,
        },
        now(),
      );
      return;
    }
    if (known && !known.deleted) await withdrawKnown(`changed at exchange ${exchange.name}`);
    const added = await writer.add({
      bankId: exchange.bank_id,
      signals,
      labels,
      uses: item.uses,
      provenance: { ...item.provenance, exchange: exchange.name, exchangeApi: exchange.api, remoteId: item.remoteId },
    });
    if (added.created) counts.added += 1;
    else counts.skipped += 1;
    await writeItem(
      trx,
      {
        exchangeId: exchange.id,
        remoteId: item.remoteId,
        entryId: added.id,
        digest,
        deleted: false,
        pass: exchange.pass,
      },
      now(),
    );
  }

  async function commitPage(
    exchange: ExchangeRow,
    from: unknown,
    page: FetchedPage,
    actor: Actor,
  ): Promise<Counts | undefined> {
    const map = await mapLabels();
    return hashbank.writeEntries(actor, async (writer, trx) => {
      const current = await lockExchange(trx, exchange.id);
      if (!current || current.deleted_at || !same(current.checkpoint, from)) return undefined;
      const counts = zero();
      counts.fetched = page.items.length;
      for (const item of page.items) await applyItem(writer, trx, current, item, map, counts);
      await updateExchange(
        trx,
        exchange.id,
        { checkpoint: page.checkpoint, checkpoint_at: page.progressAt ?? now() },
        now(),
      );
      await addCounts(trx, exchange.id, counts);
      await appendAuditEvent(
        trx,
        actor,
        { action: 'exchanges.page-fetched', subjectType: 'exchange', subjectId: exchange.name, details: { ...counts } },
        now(),
      );
      return counts;
    });
  }

  /** A finished snapshot pass: what it did not see is gone at the source. */
  async function closePass(exchange: ExchangeRow, actor: Actor): Promise<number> {
    let withdrawn = 0;
    for (;;) {
      const done = await hashbank.writeEntries(actor, async (writer, trx) => {
        const current = await lockExchange(trx, exchange.id);
        if (!current) return true;
        const unseen = await listUnseenItems(trx, exchange.id, current.pass, 500);
        for (const item of unseen) {
          if (item.entry_id && !(await entryHasOtherItem(trx, Number(item.entry_id), exchange.id, item.remote_id)))
            if (await writer.withdraw(Number(item.entry_id), `no longer listed by exchange ${exchange.name}`))
              withdrawn += 1;
          await writeItem(
            trx,
            {
              exchangeId: exchange.id,
              remoteId: item.remote_id,
              entryId: item.entry_id,
              digest: '',
              deleted: true,
              pass: current.pass,
            },
            now(),
          );
        }
        if (unseen.length < 500) {
          await updateExchange(trx, exchange.id, { pass: current.pass + 1, checkpoint: {} }, now());
          await addCounts(trx, exchange.id, { fetched: 0, added: 0, withdrawn, skipped: 0 });
        }
        return unseen.length < 500;
      });
      if (done) return withdrawn;
    }
  }

  return {
    async run(
      exchange: ExchangeRow,
      source: ExchangeSource,
      call: Omit<SourceCall, 'checkpoint' | 'memo'>,
      actor: Actor,
      hooks: FetchHooks = {},
    ): Promise<ExchangeFetchResponse> {
      const total = zero();
      const memo = new Map<string, unknown>();
      let checkpoint = exchange.checkpoint;
      for (let n = 1; ; n++) {
        const page = await source.fetchPage({ ...call, checkpoint, memo });
        const counts = await commitPage(exchange, checkpoint, page, actor);
        if (!counts) throw new ExchangeError('EXCHANGE_BUSY', 'Another pull moved the checkpoint; this one stops.');
        for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += counts[k];
        checkpoint = page.checkpoint;
        await hooks.afterPage?.(n);
        if (page.done) break;
      }
      if (source.snapshot) total.withdrawn += await closePass(exchange, actor);
      return { ...total, complete: true };
    },
  };
}
