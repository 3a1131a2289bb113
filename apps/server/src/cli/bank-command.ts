import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cliActor, createContext, createLogger, isAppError, type AppContext, type Config } from '@vigie/core';
import { parse, required, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const formats = ['csv', 'hma', 'ncmec', 'stopncii'] as const;
type Format = (typeof formats)[number];
const usage = `usage: vigie bank import --bank NAME --format F FILE
       vigie bank export --bank NAME --format F [FILE]   (stdout without FILE)
Exit status 1 when a record was skipped as bad (each is listed on stderr with its number).
F: csv (signal_type,signal[,labels]), hma (threatexchange dataset CSV), ncmec (hash-sharing XML), stopncii (FetchHashes JSON)`;

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function progressBar(stream: NodeJS.WritableStream) {
  if (!isTerminal(stream)) return undefined;
  return (done: number, total: number) => {
    const share = total === 0 ? 1 : done / total;
    stream.write(`\r[${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${done}/${total} records `);
    if (done === total) stream.write('\n');
  };
}

/**
 * `vigie bank import|export`: bank files in the formats of the hash-sharing programmes. Imports
 * resume: running the same file again skips what was committed (and a finished file entirely).
 * The bank is created (standard, enabled) when an import names one that does not exist.
 */
export async function runBankCommand(config: Config, argv: string[], io: Io, context?: AppContext): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'import' && sub !== 'export') throw new UsageError(usage);
  const { values, positionals } = parse(rest, { bank: { type: 'string' }, format: { type: 'string' } });
  const bank = required(values.bank, 'bank');
  const format = required(values.format, 'format') as Format;
  if (!formats.includes(format)) throw new UsageError(`unknown format ${format}; use ${formats.join(', ')}\n${usage}`);
  const file = positionals[0];
  if (sub === 'import' && !file) throw new UsageError(`import needs a FILE\n${usage}`);
  const ctx =
    context ?? (await createContext(config, { logger: createLogger({ level: 'warn', destination: process.stderr }) }));
  try {
    if (sub === 'import') return await runImport(ctx, bank, format, file as string, io);
    const out = file ? createWriteStream(file) : io.stdout;
    let bytes = 0;
    for await (const chunk of await ctx.hashbank.exportBank(bank, format)) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (file)
      await new Promise<void>((resolve, reject) =>
        (out as NodeJS.WritableStream & { close(cb: (e?: Error | null) => void): void }).close((e) =>
          e ? reject(e) : resolve(),
        ),
      );
    io.stderr.write(`bank ${bank} exported as ${format} (${bytes} bytes).\n`);
    return 0;
  } finally {
    if (!context) await ctx.close();
  }
}

async function runImport(ctx: AppContext, bank: string, format: Format, file: string, io: Io): Promise<number> {
  const bytes = await readFile(file);
  try {
    await ctx.hashbank.getBank(bank);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'HASHBANK_BANK_NOT_FOUND') throw error;
    await ctx.hashbank.createBank(bank, {}, cliActor);
    io.stderr.write(`bank ${bank} created.\n`);
  }
  const result = await ctx.hashbank.importBank(bank, format, bytes, cliActor, progressBar(io.stderr));
  for (const e of result.errors) io.stderr.write(`${file}:${e.line}: skipped: ${e.message}\n`);
  io.stdout.write(`${JSON.stringify(result)}\n`);
  io.stderr.write(
    `import ${result.importId}: ${result.linesDone} records read, ${result.added} added, ${result.skipped} skipped (duplicates or errors).\n`,
  );
  return result.errors.length > 0 ? 1 : 0;
}
