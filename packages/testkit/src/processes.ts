import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
export { freePort } from '@vigie/core';

export const vigieBin = fileURLToPath(new URL('../../../apps/server/src/main.ts', import.meta.url));

export type VigieProcess = { child: ChildProcess; output(): string; exited: Promise<number | null> };

/** Runs the real `vigie` command in a child process (the same Node as the tests). */
export function spawnVigie(args: string[], env: Record<string, string | undefined>): VigieProcess {
  const child = spawn(process.execPath, [vigieBin, ...args], {
    // No DNS but a test's own (see context.ts): a capture in a child never leaves the machine.
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', VIGIE_FETCH_DNS_SERVERS: '127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** Runs a `vigie` command to completion and returns its exit code and output. */
export async function runVigie(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const run = spawnVigie(args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}

/** Polls /health until it answers 200; the deadline is the start-up budget under test. */
export async function waitForHealth(baseUrl: string, deadlineMs = 60_000, process?: VigieProcess): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (process && process.child.exitCode !== null) throw new Error(`vigie exited early:\n${process.output()}`);
    if (Date.now() - started > deadlineMs)
      throw new Error(`no healthy answer from ${baseUrl} within ${deadlineMs} ms:\n${process?.output() ?? ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the process has printed something matching `pattern`. */
export async function waitForOutput(process: VigieProcess, pattern: RegExp, deadlineMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(process.output())) {
    if (process.child.exitCode !== null)
      throw new Error(`vigie exited before printing ${pattern}:\n${process.output()}`);
    if (Date.now() - started > deadlineMs)
      throw new Error(`vigie did not print ${pattern} within ${deadlineMs} ms:\n${process.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
