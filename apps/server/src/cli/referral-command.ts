import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { cliActor, createContext, createLogger, type AppContext, type Config } from '@vigie/core';
import { parse, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const usage = `usage: vigie referral-recipient load FILE [--format json|csv]
       vigie referral-recipient list [--json]
load: adds the file's recipients, updates those whose name is known (one transaction, audited as the CLI).
The format follows the file's extension unless given. Sample: docs/samples/referral-recipients.json.`;

const withContext = async <T>(
  config: Config,
  context: AppContext | undefined,
  run: (ctx: AppContext) => Promise<T>,
) => {
  const ctx =
    context ?? (await createContext(config, { logger: createLogger({ level: 'warn', destination: process.stderr }) }));
  try {
    return await run(ctx);
  } finally {
    if (!context) await ctx.close();
  }
};

/** `vigie referral-recipient ...`: the referral recipient directory from a file. */
export async function runReferralRecipientCommand(
  config: Config,
  argv: string[],
  io: Io,
  context?: AppContext,
): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parse(rest, { format: { type: 'string' }, json: { type: 'boolean' } });
  if (sub === 'list')
    return withContext(config, context, async (ctx) => {
      for (const r of await ctx.referrals.directory.list()) {
        // Secrets stay in the database: the listing says only whether there is one.
        const { sftpPassword, sftpPrivateKey, apiSecret, publicKey, ...shown } = r;
        const hasSecret = Boolean(sftpPassword || sftpPrivateKey || apiSecret);
        io.stdout.write(
          values.json
            ? `${JSON.stringify({ ...shown, hasPublicKey: Boolean(publicKey), hasSecret })}\n`
            : `${r.id}\t${r.name}\t${r.kind}\t${r.country}${r.region ? `-${r.region}` : ''}\t${r.channel}\t${r.active ? 'active' : 'inactive'}\n`,
        );
      }
      return 0;
    });
  const [file, ...extra] = positionals;
  if (sub !== 'load' || !file || extra.length > 0) throw new UsageError(usage);
  const format = values.format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format ${format}: use json or csv`);
  const text = await readFile(file, 'utf8');
  return withContext(config, context, async (ctx) => {
    const { added, updated } = await ctx.referrals.directory.importFile(text, format, cliActor);
    io.stdout.write(`referral recipients: ${added} added, ${updated} updated (${file})\n`);
    return 0;
  });
}
