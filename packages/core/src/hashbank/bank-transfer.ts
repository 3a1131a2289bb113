import type { Clock } from '../platform/clock.ts';
import { createHash } from 'node:crypto';
import type { ImportFormat, ImportResponse } from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import type { Bank } from './hashbank.types.ts';
import {
  advanceImport,
  finishImport,
  lockImportProgress,
  readExportPage,
  readImport,
  startImport,
  type ExportRow,
} from './bank-transfer.repository.ts';
import { insertEntries } from './entry.repository.ts';
import { createExporter, parseBankFile, type ExportEntry, type ImportRecord } from './bank-formats.ts';
import type { MatchIndexStore } from './match-index/match-index-store.ts';

const BATCH = 1000;
const EXPORT_PAGE = 5000;

export type ImportProgress = (done: number, total: number) => void;

/**
 * Resumable bank imports and streamed exports. An import is known by (bank, file digest): each
 * batch of records commits with the import's `lines_done` and an audit entry, so re-running the
 * same file skips what was committed and a finished import is not redone. A bad record is
 * reported with its number and skipped; duplicates of live entries are skipped by the bank's
 * unique indexes.
 */
export function createBankTransfer(
  db: Db,
  store: MatchIndexStore,
  getBank: (name: string) => Promise<Bank>,
  now: Clock,
) {
  async function commitBatch(importId: number, bank: Bank, batch: ImportRecord[], actor: Actor) {
    return db.transaction().execute(async (trx) => {
      const linesDone = await lockImportProgress(trx, importId);
      const todo = batch.filter((r) => r.line > linesDone);
      if (todo.length === 0) return { rows: [], errors: [] };
      const good = todo.filter((r): r is Extract<ImportRecord, { signals: unknown }> => 'signals' in r);
      const rows = await insertEntries(
        trx,
        good.map((r) => ({
          bankId: bank.id,
          signals: r.signals,
          labels: r.labels,
          provenance: { ...r.provenance, importId, line: r.line },
        })),
        actor,
      );
      const errors = todo.flatMap((r) => ('error' in r ? [{ line: r.line, message: r.error }] : []));
      const lastLine = todo[todo.length - 1]!.line;
      await advanceImport(trx, importId, lastLine, rows.length, todo.length - rows.length);
      await appendAuditEvent(
        trx,
        actor,
        {
          action: 'hashbank.import-batch',
          subjectType: 'hash_bank',
          subjectId: bank.name,
          details: { importId, fromLine: todo[0]!.line, toLine: lastLine, added: rows.length, errors: errors.length },
        },
        now(),
      );
      return { rows, errors };
    });
  }

  return {
    async importBank(
      bankName: string,
      format: ImportFormat,
      bytes: Uint8Array,
      actor: Actor,
      onProgress?: ImportProgress,
    ): Promise<ImportResponse> {
      const bank = await getBank(bankName);
      const digest = createHash('sha256').update(bytes).digest('hex');
      const started = await startImport(db, bank.id, format, digest);
      const importId = Number(started.id);
      const errors: ImportResponse['errors'] = [];
      if (!started.finished_at) {
        const records = [...parseBankFile(format, Buffer.from(bytes).toString('utf8'))];
        let batch: ImportRecord[] = [];
        let done = records.filter((r) => r.line <= started.lines_done).length;
        onProgress?.(done, records.length);
        const flush = async () => {
          const result = await commitBatch(importId, bank, batch, actor);
          await store.apply(result.rows);
          errors.push(...result.errors);
          done += batch.length;
          batch = [];
          onProgress?.(done, records.length);
        };
        for (const r of records) {
          if (r.line <= started.lines_done) continue;
          batch.push(r);
          if (batch.length >= BATCH) await flush();
        }
        if (batch.length > 0) await flush();
        await db.transaction().execute(async (trx) => {
          if (await finishImport(trx, importId, now()))
            await appendAuditEvent(
              trx,
              actor,
              {
                action: 'hashbank.import-finished',
                subjectType: 'hash_bank',
                subjectId: bank.name,
                details: { importId, format, fileSha256: digest },
              },
              now(),
            );
        });
      }
      const final = await readImport(db, importId);
      return { importId, linesDone: final.lines_done, added: final.added, skipped: final.skipped, errors };
    },

    /** The bank's live entries in one format, in chunks (one per page); the bank is checked first. */
    async exportBank(bankName: string, format: ImportFormat): Promise<AsyncGenerator<string>> {
      return exportPages(await getBank(bankName), format);
    },
  };

  async function* exportPages(bank: Bank, format: ImportFormat): AsyncGenerator<string> {
    const exporter = createExporter(format, bank.name, bank.kind);
    yield exporter.head();
    let after = 0;
    for (;;) {
      const page = await readExportPage(db, bank.id, after, EXPORT_PAGE);
      if (page.length > 0) yield page.map((row) => exporter.entry(toExportEntry(row))).join('');
      if (page.length < EXPORT_PAGE) break;
      after = Number(page[page.length - 1]!.id);
    }
    yield exporter.tail();
  }
}

function toExportEntry(r: ExportRow): ExportEntry {
  const defined = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: Number(r.id),
    signals: {
      sha256: defined(r.sha256),
      sha1: defined(r.sha1),
      md5: defined(r.md5),
      pdq: defined(r.pdq),
      vpdq: defined(r.vpdq),
    },
    labels: {
      ageBand: defined(r.age_band),
      activity: defined(r.activity),
      origin: defined(r.origin),
      victimIdentified: defined(r.victim_identified),
    },
    provenance: r.provenance,
    updatedAt: r.updated_at,
  };
}
