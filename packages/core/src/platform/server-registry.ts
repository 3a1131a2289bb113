import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './processes.ts';

// A running API process leaves its address in the data directory, so that a CLI command started
// beside it (`vigie user create`) prints links that point at the server really running.

export function recordServerUrl(dataDir: string, url: string): () => void {
  const dir = join(dataDir, 'run');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}.server.json`);
  writeFileSync(file, JSON.stringify({ pid: process.pid, url }));
  return () => rmSync(file, { force: true });
}

export function runningServerUrl(dataDir: string): string | undefined {
  const dir = join(dataDir, 'run');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.server.json'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    try {
      const entry = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { pid: number; url: string };
      if (isProcessAlive(entry.pid)) return entry.url;
    } catch {
      // a file being written or removed: skip it
    }
  }
  return undefined;
}
