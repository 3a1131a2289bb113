import { cliActor, createContext, createLogger, describeConfig, type AppContext, type Config } from '@vigie/core';
import { parse, required, UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

// CLI commands log only warnings: their output is for the person at the terminal.
async function withContext<T>(config: Config, action: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(config, { logger: createLogger({ level: 'warn', destination: process.stderr }) });
  try {
    return await action(ctx);
  } finally {
    await ctx.close();
  }
}

export async function runConfigCommand(config: Config, io: Io): Promise<number> {
  io.stdout.write(`${JSON.stringify(describeConfig(config), null, 2)}\n`);
  return 0;
}

export async function runMigrateCommand(config: Config, io: Io): Promise<number> {
  await withContext(config, async () => undefined);
  io.stdout.write('The database schema is up to date.\n');
  return 0;
}

export async function runUserCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') {
    const { values } = parse(rest, { email: { type: 'string' }, role: { type: 'string' } });
    const email = required(values.email, 'email');
    const role = required(values.role, 'role');
    const created = await withContext(config, (ctx) => ctx.access.createUser({ email, role }, cliActor));
    io.stdout.write(
      `Created ${created.user.role} ${created.user.email}.\nSend this one-time enrolment link to them (valid ${config.enrolmentHours} hours):\n${created.enrolmentUrl}\n`,
    );
    return 0;
  }
  if (sub === 'list') {
    const users = await withContext(config, (ctx) => ctx.access.listUsers());
    for (const u of users) io.stdout.write(`${u.id}  ${u.role.padEnd(13)} ${u.status.padEnd(8)} ${u.email}\n`);
    if (users.length === 0) io.stdout.write('No users yet.\n');
    return 0;
  }
  if (sub === 'disable' || sub === 'reset') {
    const { values } = parse(rest, { email: { type: 'string' } });
    const email = required(values.email, 'email');
    if (sub === 'disable') {
      await withContext(config, (ctx) => ctx.access.disableUser(email, cliActor));
      io.stdout.write(`Disabled ${email}: their sessions ended and they can no longer sign in.\n`);
    } else {
      const reset = await withContext(config, (ctx) => ctx.access.resetUser(email, cliActor));
      io.stdout.write(
        `Reset ${email}: password and second factor forgotten. Send them this new enrolment link (valid ${config.enrolmentHours} hours):\n${reset.enrolmentUrl}\n`,
      );
    }
    return 0;
  }
  throw new UsageError(
    'usage: vigie user create --email E --role R | user list | user disable --email E | user reset --email E',
  );
}

export async function runApiKeyCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') {
    const keys = await withContext(config, (ctx) => ctx.access.listApiKeys());
    for (const k of keys)
      io.stdout.write(
        `${k.id}  vgk_${k.prefix}_…  ${k.revokedAt ? 'revoked' : 'live   '}  ${k.organisation}  ${k.scopes.join(',')}\n`,
      );
    if (keys.length === 0) io.stdout.write('No API keys yet.\n');
    return 0;
  }
  if (sub === 'revoke') {
    const id = rest[0];
    if (!id) throw new UsageError('usage: vigie apikey revoke ID');
    await withContext(config, (ctx) => ctx.access.revokeApiKey(id, cliActor));
    io.stdout.write(`Revoked API key ${id}. Running servers refuse it within 30 seconds.\n`);
    return 0;
  }
  if (sub !== 'create')
    throw new UsageError(
      'usage: vigie apikey create --org NAME --scopes S1,S2 [--kind KIND] | vigie apikey list | vigie apikey revoke ID',
    );
  const { values } = parse(rest, { org: { type: 'string' }, scopes: { type: 'string' }, kind: { type: 'string' } });
  const organisation = required(values.org, 'org');
  const scopes = required(values.scopes, 'scopes')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const created = await withContext(config, (ctx) =>
    ctx.access.createApiKey(
      { organisation, scopes, ...(values.kind ? { kind: values.kind as string } : {}) },
      cliActor,
    ),
  );
  io.stdout.write(
    `API key for ${organisation} (scopes ${scopes.join(', ')}). It is shown once; store it now:\n${created.key}\n`,
  );
  return 0;
}
