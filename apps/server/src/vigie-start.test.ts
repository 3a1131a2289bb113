import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { freePort, runVigie, spawnVigie, waitForHealth, waitForOutput, type VigieProcess } from '@vigie/testkit';

// The real `vigie` command on its own embedded PostgreSQL: first start, kill -9 and recovery,
// tampering caught by `vigie audit verify`, backup and restore, graceful stop.

const dirs: string[] = [];
const running: VigieProcess[] = [];
after(async () => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-'));
  dirs.push(dir);
  return dir;
}

function embeddedClient(dataDir: string): pg.Client {
  const secret = JSON.parse(readFileSync(join(dataDir, 'secrets/postgres.json'), 'utf8')) as {
    user: string;
    password: string;
  };
  const port = Number(readFileSync(join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[3]);
  return new pg.Client({ host: '127.0.0.1', port, user: secret.user, password: secret.password, database: 'vigie' });
}

async function start(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ process: VigieProcess; url: string; startupMs: number }> {
  const process = spawnVigie(['start', ...args], env);
  running.push(process);
  const url = `http://127.0.0.1:${env.PORT}`;
  const startupMs = await waitForHealth(url, 60_000, process);
  await waitForOutput(process, /Vigie is running at/);
  return { process, url, startupMs };
}

test('first start, kill -9, recovery, audit tampering, backup and restore', async () => {
  const dataDir = await newDataDir();
  const env = { VIGIE_DATA_DIR: dataDir, PORT: String(await freePort()), DATABASE_URL: '' };

  const first = await start(env);
  assert.ok(first.startupMs < 60_000);
  assert.match(first.process.output(), /Vigie is running at http:\/\/127\.0\.0\.1:\d+\/console\//);
  assert.match(first.process.output(), /vigie user create --email .* --role administrator/);

  // CLI commands share the running server's database.
  const created = await runVigie(['user', 'create', '--email', 'first@example.org', '--role', 'administrator'], env);
  assert.equal(created.code, 0, created.output);
  assert.ok(
    created.output.includes(`${first.url}/console/enrol?token=`),
    `the link points at the running server: ${created.output}`,
  );
  const key = await runVigie(['apikey', 'create', '--org', 'Example Hotline', '--scopes', 'audit:read'], env);
  const apiKey = /vgk_\S+/.exec(key.output)?.[0] as string;
  const verified = await fetch(`${first.url}/api/v1/audit/verify`, { headers: { authorization: `Bearer ${apiKey}` } });
  assert.deepEqual(((await verified.json()) as { ok: boolean }).ok, true);

  first.process.child.kill('SIGKILL');
  await first.process.exited;
  const second = await start(env);
  const users = await runVigie(['user', 'list'], env);
  assert.match(users.output, /first@example\.org/);
  assert.equal((await runVigie(['audit', 'verify'], env)).code, 0);

  // A file of the data directory's own (as features keep keys and evidence there) travels too.
  mkdirSync(join(dataDir, 'secrets'), { recursive: true });
  writeFileSync(join(dataDir, 'secrets/example.key'), 'key material', { mode: 0o600 });
  const backupFile = join(await newDataDir(), 'vigie.backup');
  const backup = await runVigie(['backup', backupFile], env);
  assert.equal(backup.code, 0, backup.output);

  // Tamper as a database superuser would, then the chain names the changed event.
  const client = embeddedClient(dataDir);
  await client.connect();
  await client.query(
    'begin; set local session_replication_role = replica; update audit_event set details = \'{"role":"analyst"}\' where seq = 1; commit',
  );
  await client.end();
  const broken = await runVigie(['audit', 'verify'], env);
  assert.equal(broken.code, 1);
  assert.match(broken.output, /BROKEN at event 1/);

  second.process.child.kill('SIGTERM');
  assert.equal(await second.process.exited, 0);
  assert.equal(
    existsSync(join(dataDir, 'postgres/postmaster.pid')),
    false,
    'the embedded PostgreSQL stopped with the last Vigie process',
  );

  // The backup was taken before the tampering: restored, its chain is intact and its rows are there.
  const restoredDir = await newDataDir();
  const restore = await runVigie(['restore', backupFile, '--data-dir', restoredDir], env);
  assert.equal(restore.code, 0, restore.output);
  assert.match(restore.output, /audit trail intact/);
  assert.equal(readFileSync(join(restoredDir, 'secrets/example.key'), 'utf8'), 'key material');
  assert.notDeepEqual(
    readFileSync(join(restoredDir, 'secrets/postgres.json')),
    readFileSync(join(dataDir, 'secrets/postgres.json')),
    'the new cluster keeps its own password',
  );
  const restoredEnv = { ...env, VIGIE_DATA_DIR: restoredDir };
  assert.match((await runVigie(['user', 'list'], restoredEnv)).output, /first@example\.org/);
  const third = await start(restoredEnv);
  const again = await fetch(`${third.url}/api/v1/audit/verify`, { headers: { authorization: `Bearer ${apiKey}` } });
  assert.equal(again.status, 200, 'API keys survive the restore');
  third.process.child.kill('SIGTERM');
  assert.equal(await third.process.exited, 0);
});

test('an api process and a worker process share one embedded database', async () => {
  const dataDir = await newDataDir();
  const env = { VIGIE_DATA_DIR: dataDir, PORT: String(await freePort()), DATABASE_URL: '' };
  const api = await start(env, ['--role', 'api']);
  const key = /vgk_\S+/.exec(
    (await runVigie(['apikey', 'create', '--org', 'Ops', '--scopes', 'metrics:read'], env)).output,
  )?.[0] as string;

  const client = embeddedClient(dataDir);
  await client.connect();
  const user = await client.query<{ id: string }>(
    "insert into staff_user (email, role) values ('old@example.org', 'analyst') returning id",
  );
  await client.query(
    "insert into staff_session (token_hash, user_id, csrf_token, expires_at) values ('expired', $1, 'x', now() - interval '1 hour')",
    [user.rows[0]?.id],
  );
  await client.query("select graphile_worker.add_job('access.expire-sessions', '{}'::json)");

  // The api role runs no jobs: the job waits in the queue.
  const metrics = await (await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${key}` } })).text();
  assert.match(metrics, /vigie_jobs_queued\{task="access.expire-sessions"\} 1/);
  assert.match(metrics, /vigie_http_requests_total/);

  const worker = spawnVigie(['start', '--role', 'worker'], { ...env, PORT: '0', VIGIE_LOG_LEVEL: 'info' });
  running.push(worker);
  await waitForOutput(worker, /adopting the embedded PostgreSQL/);
  const deadline = Date.now() + 20_000;
  let remaining = 1;
  while (remaining > 0 && Date.now() < deadline) {
    remaining = (await client.query("select count(*)::int as n from staff_session where token_hash = 'expired'"))
      .rows[0].n;
    if (remaining > 0) await new Promise((r) => setTimeout(r, 100));
  }
  await client.end();
  assert.equal(remaining, 0, `the worker process ran the job:\n${worker.output()}`);

  worker.child.kill('SIGTERM');
  api.process.child.kill('SIGTERM');
  assert.deepEqual(await Promise.all([worker.exited, api.process.exited]), [0, 0]);
  assert.equal(existsSync(join(dataDir, 'postgres/postmaster.pid')), false);
});
