import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  backupDatabase,
  createContext,
  createLogger,
  parseConfig,
  restoreInstallation,
  verifyAuditChain,
  verifyAuditTrail,
  type Config,
} from '@vigie/core';
import { parse, required, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const quiet = () => createLogger({ level: 'warn', destination: process.stderr });

export async function runBackupCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const file = argv[0];
  if (!file) throw new UsageError('usage: vigie backup FILE');
  const ctx = await createContext(config, { logger: quiet(), asOwner: true });
  try {
    const result = await backupDatabase(ctx.pool, config.dataDir, resolve(file));
    io.stdout.write(
      `Backed up ${result.rows} rows in ${result.tables} tables and ${result.files} files to ${resolve(file)}\n`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}

export async function runRestoreCommand(env: NodeJS.ProcessEnv, argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { 'data-dir': { type: 'string' } });
  const file = positionals[0];
  if (!file) throw new UsageError('usage: vigie restore FILE --data-dir NEW');
  const dataDir = resolve(required(values['data-dir'], 'data-dir'));
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new UsageError(`${dataDir} is not empty: restore goes into a new data directory`);
  // A restore always builds a new embedded installation, whatever DATABASE_URL says.
  const config = parseConfig({ ...env, VIGIE_DATA_DIR: dataDir, DATABASE_URL: '' });
  const ctx = await createContext(config, { logger: quiet(), asOwner: true });
  try {
    const result = await restoreInstallation(ctx, dataDir, resolve(file));
    const audit = await verifyAuditChain(ctx.db);
    io.stdout.write(
      `Restored ${result.tables} tables and ${result.files} files into ${dataDir}; audit trail ${audit.ok ? `intact (${audit.checked} events)` : `BROKEN: ${audit.reason}`}\n`,
    );
    return audit.ok ? 0 : 1;
  } finally {
    await ctx.close();
  }
}

export async function runAuditCommand(config: Config, argv: string[], io: Io): Promise<number> {
  if (argv[0] !== 'verify') throw new UsageError('usage: vigie audit verify');
  const ctx = await createContext(config, { logger: quiet() });
  try {
    const result = await verifyAuditTrail(ctx.db, config.dataDir);
    if (result.ok) {
      io.stdout.write(`Audit trail intact: ${result.checked} events, head ${result.headHash ?? '(empty)'}\n`);
      return 0;
    }
    io.stderr.write(
      `Audit trail BROKEN at event ${result.firstBadSeq}: ${result.reason} (${result.checked} events before it are intact)\n`,
    );
    return 1;
  } finally {
    await ctx.close();
  }
}
