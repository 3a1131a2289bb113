import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { PlatformError } from '../errors.ts';
import { ArchiveReader, ArchiveWriter } from './backup-archive.ts';

// A logical backup made by the application itself: the embedded PostgreSQL ships no pg_dump, and
// a system pg_dump older than the server refuses to run. Every table is copied inside one
// REPEATABLE READ snapshot, so the backup is consistent while Vigie keeps running.

const format = 'vigie-backup';
const excludedTables = new Set([
  'public.schema_migration',
  'public.schema_migration_lock',
  'graphile_worker.migrations',
]);
/**
 * Files under the data directory that belong to the database server or to this machine. Other
 * secrets (the key that encrypts reporters' contact details) are kept: without them a restored
 * installation could not read its own data, so a backup is as sensitive as the database itself.
 */
// The match index snapshot is derived data, and useless with another database: rebuilt after a restore.
const excludedDirs = new Set(['postgres', 'run', 'match-index']);
const excludedFiles = new Set(['secrets/postgres.json']);

type Header = { format: string; version: 1; createdAt: string; migrations: string[]; tables: string[]; files: number };

async function listTables(client: pg.PoolClient): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    // Plain tables and the partitions of partitioned ones (a partitioned table holds no rows of its own).
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname in ('public', 'graphile_worker') and c.relkind = 'r' order by 1`,
  );
  return result.rows.map((r) => r.name).filter((name) => !excludedTables.has(name));
}

function quoted(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}

async function listFiles(dataDir: string, dir = dataDir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (dir === dataDir && excludedDirs.has(entry.name)) continue;
    if (excludedFiles.has(relative(dataDir, path))) continue;
    if (entry.isDirectory()) files.push(...(await listFiles(dataDir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

export async function backupDatabase(
  pool: pg.Pool,
  dataDir: string,
  file: string,
): Promise<{ tables: number; rows: number; files: number }> {
  const client = await pool.connect();
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const archive = new ArchiveWriter(gzip);
  let rows = 0;
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await listTables(client);
    const migrations = (
      await client.query<{ name: string }>('select name from schema_migration order by name')
    ).rows.map((r) => r.name);
    const files = await listFiles(dataDir);
    const header: Header = {
      format,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      files: files.length,
    };
    await archive.writeJson(header);
    for (const table of tables) {
      const count = await client.query<{ n: number }>(`select count(*)::int as n from ${quoted(table)}`);
      rows += count.rows[0]?.n ?? 0;
      await archive.writeJson({ table });
      await archive.writeStream(client.query(copyTo(`copy ${quoted(table)} to stdout with (format binary)`)));
    }
    await client.query('commit');
    for (const path of files) {
      const { size } = await stat(path);
      await archive.writeJson({ file: relative(dataDir, path), size });
      await archive.writeStream(createReadStream(path));
    }
    await archive.writeJson({ end: true });
    gzip.end();
    await done;
    return { tables: tables.length, rows, files: files.length };
  } catch (error) {
    gzip.destroy(error as Error);
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Loads a backup into a freshly migrated, empty database and data directory. */
export async function restoreDatabase(
  pool: pg.Pool,
  dataDir: string,
  file: string,
  knownMigrations: string[],
  options: { /** Schema-qualified names (public.x). */ emptyTables?: readonly string[] } = {},
): Promise<{ tables: number; files: number }> {
  const archive = new ArchiveReader(createReadStream(file).pipe(createGunzip()));
  const header = (await archive.readJson()) as Header | undefined;
  if (!header || header.format !== format) throw new PlatformError('BACKUP_INVALID', `${file} is not a Vigie backup`);
  const unknown = header.migrations.filter((m) => !knownMigrations.includes(m));
  if (unknown.length > 0)
    throw new PlatformError(
      'BACKUP_INVALID',
      `the backup comes from a newer Vigie (migrations ${unknown.join(', ')}); upgrade first`,
    );
  const client = await pool.connect();
  let tables = 0;
  let files = 0;
  try {
    await client.query('begin');
    // Replica mode skips triggers and foreign-key checks while rows arrive in table order.
    await client.query('set local session_replication_role = replica');
    for (;;) {
      const record = (await archive.readJson()) as
        { table?: string; file?: string; size?: number; end?: boolean } | undefined;
      if (!record) throw new PlatformError('BACKUP_INVALID', 'the backup ends early');
      if (record.end) break;
      if (record.table) {
        if (!header.tables.includes(record.table))
          throw new PlatformError('BACKUP_INVALID', `unexpected table ${record.table}`);
        await client.query(`delete from ${quoted(record.table)}`);
        // Tables the caller names stay empty: their rows are read past, not loaded.
        const into = options.emptyTables?.includes(record.table)
          ? new Writable({ write: (_chunk, _encoding, done) => done() })
          : client.query(copyFrom(`copy ${quoted(record.table)} from stdin with (format binary)`));
        await archive.readStreamInto(into);
        tables += 1;
      } else if (record.file !== undefined && record.size !== undefined) {
        if (record.file.startsWith('..') || record.file.startsWith('/'))
          throw new PlatformError('BACKUP_INVALID', `unsafe path ${record.file}`);
        const target = join(dataDir, record.file);
        await mkdir(dirname(target), { recursive: true });
        await archive.readStreamInto(
          createWriteStream(target, { mode: record.file.startsWith('secrets/') ? 0o600 : 0o644 }),
        );
        files += 1;
      }
    }
    await client.query(`
      do $$ declare r record; begin
        for r in select s.seqrelid::regclass as seq, d.refobjid::regclass as tbl, a.attname as col
                 from pg_sequence s join pg_depend d on d.objid = s.seqrelid and d.deptype in ('a', 'i')
                 join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
        loop
          execute format('select setval(%s, coalesce((select max(%I) from %s), 0) + 1, false)', quote_literal(r.seq::text), r.col, r.tbl);
        end loop;
      end $$`);
    await client.query('commit');
    return { tables, files };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
