import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { createContext, createLogger, parseDeliveryReport, type AppContext, type Config } from '@vigie/core';
import { UsageError } from './args.ts';

type Io = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const usage = 'usage: vigie outbox bounce [FILE]   (a delivery status e-mail, from FILE or standard input)';

/** sysexits' EX_TEMPFAIL: the mail server keeps the message and pipes it again later. */
export const TEMPORARY_FAILURE = 75;

/**
 * `vigie outbox bounce`: a bounce that came back as an e-mail (a delivery status notification),
 * piped in by the mail server that receives the notices' return address (docs/notices.md, "Late
 * bounces"). A report about a message of this outbox is recorded and the next contact tried; any
 * other message is ignored and answered 0, so that the mail server does not bounce the bounce. A
 * database that cannot be reached answers 75, so that it is delivered again later.
 */
export async function runOutboxCommand(config: Config, argv: string[], io: Io, given?: AppContext): Promise<number> {
  const [sub, file, ...rest] = argv;
  if (sub !== 'bounce' || rest.length > 0) throw new UsageError(usage);
  const raw = file ? await readFile(file) : await buffer(io.stdin);
  const report = await parseDeliveryReport(raw);
  if (!report) {
    io.stdout.write('ignored: not a delivery status notification\n');
    return 0;
  }
  let ctx: AppContext | undefined = given;
  try {
    ctx ??= await createContext(config, { logger: createLogger({ level: 'warn', destination: io.stderr }) });
    const result = await ctx.outbox.reportBounce(report);
    io.stdout.write(
      `${result.outcome}${result.messageId ? ` ${result.messageId}` : ''}${result.reason ? `: ${result.reason}` : ''}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`vigie outbox bounce: ${(error as Error).message}; deliver it again later\n`);
    return TEMPORARY_FAILURE;
  } finally {
    if (!given) await ctx?.close();
  }
}
