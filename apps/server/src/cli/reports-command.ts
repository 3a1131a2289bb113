import { once } from 'node:events';
import { createContext, createLogger, type Config } from '@vigie/core';
import { parse, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const usage = 'usage: vigie reports export --format jsonl [--since DATE] [--include-contact]';

/**
 * `vigie reports export`: every report with its URLs, follow-ups and status, one JSON object per
 * line, oldest first, for backups and for moving reports between installations. Contact details
 * stay encrypted in the database unless --include-contact is given (the file is then sensitive).
 */
export async function runReportsCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'export') throw new UsageError(usage);
  const { values } = parse(rest, {
    format: { type: 'string' },
    since: { type: 'string' },
    'include-contact': { type: 'boolean' },
  });
  if ((values.format ?? 'jsonl') !== 'jsonl')
    throw new UsageError(`unknown format ${values.format}; only jsonl is supported\n${usage}`);
  const since = values.since ? new Date(values.since) : undefined;
  if (since && Number.isNaN(since.getTime()))
    throw new UsageError(`--since ${values.since}: expected a date such as 2026-01-31 or 2026-01-31T12:00:00Z`);
  const ctx = await createContext(config, { logger: createLogger({ level: 'warn', destination: process.stderr }) });
  let count = 0;
  try {
    for await (const report of ctx.intake.exportReports({
      since,
      includeContact: values['include-contact'] === true,
    })) {
      if (!io.stdout.write(`${JSON.stringify(report)}\n`)) await once(io.stdout, 'drain');
      count += 1;
    }
  } finally {
    await ctx.close();
  }
  io.stderr.write(`${count} report${count === 1 ? '' : 's'} exported.\n`);
  return 0;
}
