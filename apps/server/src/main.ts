import { resolve } from 'node:path';
import { isAppError, parseConfig, roles as allRoles, startVigie, type Config, type Role } from '@vigie/core';
import { runApiKeyCommand, runConfigCommand, runMigrateCommand, runUserCommand } from './cli/admin-commands.ts';
import { parse, UsageError } from './cli/args.ts';
import { runAuditCommand, runBackupCommand, runRestoreCommand } from './cli/backup-commands.ts';

const usage = `usage: vigie <command>
  start [--role api,worker,crawler]   run Vigie (all roles by default)
  config                              print the effective settings (secrets hidden)
  migrate                             bring the database schema up to date
  user create --email E --role R      create a staff user; prints a one-time enrolment link
  user list | user disable --email E | user reset --email E (new enrolment link)
  apikey create --org NAME --scopes S1,S2 [--kind KIND] | apikey list | apikey revoke ID
  audit verify                        check the audit trail's hash chain
  backup FILE                         consistent backup of database and data directory
  restore FILE --data-dir NEW         restore a backup into a new data directory
  hash [options] PATH...              fingerprint media (PDQ, vPDQ, digests); hash compare A B
  bank import|export --bank NAME --format csv|hma|ncmec|stopncii FILE   hash bank files
  reports export --format jsonl [--since DATE] [--include-contact]   every report, one JSON per line
  media rotate-key | media re-encrypt | media forget-retired-keys   media keys (docs/media-store.md)
  provider list | provider add --name N ... | provider update N ... | provider remove N   provider directory
  hosting lookup URL [--page URL]     who hosts a URL and who gets its notice (docs/hosting.md)
  referral-recipient load FILE | referral-recipient list   referral recipients from a file (docs/referrals.md)
  ipdata status | ipdata refresh      the offline ASN and country data
  feed verify FILE SIGNATURE PUBKEY   check a blocklist feed file's signature; feed public-key
  outbox bounce [FILE]                a bounce e-mail (DSN) piped in by the mail server (docs/notices.md)`;

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
const consoleDir = resolve(import.meta.dirname, '../../console/dist');

async function start(config: Config, argv: string[]): Promise<number> {
  const { values } = parse(argv, { role: { type: 'string' } });
  const roles = (values.role ?? allRoles.join(',')).split(',').map((r) => r.trim()) as Role[];
  const unknown = roles.filter((r) => !allRoles.includes(r));
  if (unknown.length > 0) throw new UsageError(`unknown role ${unknown.join(', ')}; use ${allRoles.join(', ')}`);
  const vigie = await startVigie(config, roles, { consoleDir });
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(130);
    vigie.ctx.logger.info({ signal }, 'shutting down');
    vigie.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        vigie.ctx.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  const users = await vigie.ctx.access.listUsers();
  if (vigie.url) process.stdout.write(`\nVigie is running at ${vigie.url}/console/ (roles: ${roles.join(', ')})\n`);
  if (users.length === 0) {
    process.stdout.write(
      'No staff account exists yet. Create the first administrator with:\n  npx vigie user create --email you@example.org --role administrator\nand open the enrolment link it prints.\n\n',
    );
  }
  return new Promise<number>(() => undefined);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Loaded on demand: hashing pulls in sharp, which the other commands do not need.
  if (command === 'hash') return (await import('./cli/hash-command.ts')).runHashCommand(rest, io);
  if (command === 'bank')
    return (await import('./cli/bank-command.ts')).runBankCommand(parseConfig(process.env), rest, io);
  if (command === 'reports')
    return (await import('./cli/reports-command.ts')).runReportsCommand(parseConfig(process.env), rest, io);
  if (command === 'media')
    return (await import('./cli/media-command.ts')).runMediaCommand(parseConfig(process.env), rest, io);
  if (command === 'provider' || command === 'hosting' || command === 'ipdata') {
    const cli = await import('./cli/hosting-command.ts');
    const config = parseConfig(process.env);
    if (command === 'ipdata') return cli.runIpdataCommand(config, rest, io);
    return command === 'provider' ? cli.runProviderCommand(config, rest, io) : cli.runHostingCommand(config, rest, io);
  }
  if (command === 'feed')
    return (await import('./cli/feed-command.ts')).runFeedCommand(
      rest[0] === 'verify' ? undefined : parseConfig(process.env),
      rest,
      io,
    );
  if (command === 'referral-recipient')
    return (await import('./cli/referral-command.ts')).runReferralRecipientCommand(parseConfig(process.env), rest, io);
  if (command === 'outbox')
    return (await import('./cli/outbox-command.ts')).runOutboxCommand(parseConfig(process.env), rest, io);
  if (command === 'restore') return runRestoreCommand(process.env, rest, io);
  const config = parseConfig(process.env);
  switch (command) {
    case 'start':
      return start(config, rest);
    case 'config':
      return runConfigCommand(config, io);
    case 'migrate':
      return runMigrateCommand(config, io);
    case 'user':
      return runUserCommand(config, rest, io);
    case 'apikey':
      return runApiKeyCommand(config, rest, io);
    case 'audit':
      return runAuditCommand(config, rest, io);
    case 'backup':
      return runBackupCommand(config, rest, io);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${usage}\n`);
      return command ? 0 : 2;
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n${usage}\n`);
    else if (isAppError(error)) process.stderr.write(`${error.code}: ${error.message}\n`);
    else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
