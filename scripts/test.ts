// The README's test command: checks the system tools that tests need, then runs every
// *.test.ts file with node's own test runner.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const roots = ['packages', 'apps', 'bench', 'scripts'];
const skipDirs = new Set(['node_modules', 'dist', 'data']);

function findTests(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (skipDirs.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const needed = [
  { command: 'ffmpeg', pkg: 'ffmpeg' },
  { command: 'chromium', pkg: 'chromium' },
  { command: 'minisign', pkg: 'minisign' },
  { command: 'unbound', pkg: 'unbound' },
];
const missing = needed.filter((n) => !hasCommand(n.command));
if (missing.length > 0) {
  const pkgs = missing.map((m) => m.pkg).join(' ');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.error(`Installing system packages the tests need: ${pkgs}`);
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs.split(' ')], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (update.status !== 0 || install.status !== 0) {
      console.error(`Could not install ${pkgs}: run "apt-get install -y ${pkgs}" as root, then npm test.`);
      process.exit(1);
    }
  } else {
    console.error(`The tests need ${pkgs}: run "sudo apt-get install -y ${pkgs}", then npm test.`);
    process.exit(1);
  }
}

// One PostgreSQL for the whole run: DATABASE_URL's server when it is set, else an embedded one
// in a scratch directory. Each test file then creates its own database on it.
const { openEmbeddedPostgres, createLogger } = await import('@vigie/core');
// One scratch directory per run, so that several runs on one machine do not meet.
const scratch = resolve(`.tmp/test-postgres-${process.pid}`);
let embedded: { connectionString: string; release(): Promise<void> } | undefined;
if (!process.env.DATABASE_URL) {
  rmSync(scratch, { recursive: true, force: true });
  embedded = await openEmbeddedPostgres(scratch, createLogger({ level: 'warn', destination: process.stderr }));
}
const serverUrl = process.env.DATABASE_URL ?? (embedded?.connectionString as string);
console.log(`Tests use PostgreSQL at ${serverUrl.replace(/:[^:@/]+@/, ':***@')}${embedded ? ' (embedded)' : ''}`);

const files = process.argv.length > 2 ? process.argv.slice(2) : roots.flatMap((r) => findTests(r, []));
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=300000', ...files.sort()], {
  stdio: 'inherit',
  env: { ...process.env, VIGIE_TEST_DATABASE_URL: serverUrl },
});
const [code] = (await once(child, 'exit')) as [number | null];
await embedded?.release();
if (embedded) rmSync(scratch, { recursive: true, force: true });
process.exit(code ?? 1);
