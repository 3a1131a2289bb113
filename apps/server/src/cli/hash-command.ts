import { availableParallelism } from 'node:os';
import { PDQ_CONVENTIONS, isHashingError } from '@vigie/hashing';
import type { PdqConvention } from '@vigie/hashing';
import { compareOperands } from './hash-compare.ts';
import type { HashFileOptions, HashRecord } from './hash-file.ts';
import { expandPaths } from './hash-paths.ts';
import { HashPool } from './hash-pool.ts';

export type HashCommandIo = {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
};

const USAGE = `usage: vigie hash [--convention full|cimg512] [--dihedral] [--seconds-per-hash N] PATH...
       vigie hash compare A B
PATH: files or directories (walked); - reads paths from stdin, one per line.
Prints one JSON object per file; exit status 1 if any file failed.
compare: A and B are PDQ hex hashes, 'vigie hash' JSON lines, vPDQ text files or media files.
`;

type ParsedArgs = { readonly options: HashFileOptions; readonly operands: string[] };

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  let convention: PdqConvention = 'full';
  let dihedral = false;
  let secondsPerHash = 1;
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--convention') {
      const v = value();
      if (!PDQ_CONVENTIONS.includes(v as PdqConvention)) return `--convention takes ${PDQ_CONVENTIONS.join(' or ')}`;
      convention = v as PdqConvention;
    } else if (flag === '--dihedral') {
      dihedral = true;
    } else if (flag === '--seconds-per-hash') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) return '--seconds-per-hash takes a number >= 0';
      secondsPerHash = v;
    } else if (flag === '--help' || flag === '-h') {
      return '';
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      operands.push(arg);
    }
  }
  return { options: { convention, dihedral, secondsPerHash }, operands };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve);
  });
}

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function progressLine(done: number, failed: number, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? (done / seconds).toFixed(1) : '0';
  const bar = '#'.repeat(Math.min(30, Math.floor(done / 10) % 31)).padEnd(30, '.');
  return `\r[${bar}] ${done} hashed, ${failed} failed, ${rate}/s `;
}

/** `vigie hash ...`: argv is what follows `hash`; returns the exit status. */
export async function runHashCommand(argv: string[], io: HashCommandIo): Promise<number> {
  const parsed = parseArgs(argv[0] === 'compare' ? argv.slice(1) : argv);
  if (typeof parsed === 'string') {
    await write(io.stderr, (parsed ? `vigie hash: ${parsed}\n` : '') + USAGE);
    return parsed ? 2 : 0;
  }
  if (argv[0] === 'compare') return runCompare(parsed, io);
  if (parsed.operands.length === 0) {
    await write(io.stderr, USAGE);
    return 2;
  }
  return runHashFiles(parsed, io);
}

async function runCompare(parsed: ParsedArgs, io: HashCommandIo): Promise<number> {
  const [a, b, ...extra] = parsed.operands;
  if (a === undefined || b === undefined || extra.length > 0) {
    await write(io.stderr, `vigie hash: compare takes two operands\n${USAGE}`);
    return 2;
  }
  try {
    await write(io.stdout, `${JSON.stringify(await compareOperands(a, b, parsed.options))}\n`);
    return 0;
  } catch (error) {
    const code = isHashingError(error) ? error.code : 'HASHING_INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    await write(io.stdout, `${JSON.stringify({ error: { code, message } })}\n`);
    return 1;
  }
}

async function runHashFiles(parsed: ParsedArgs, io: HashCommandIo): Promise<number> {
  const pool = new HashPool(availableParallelism());
  const showProgress = isTerminal(io.stderr);
  const started = Date.now();
  // Results are printed in input order; a bounded window of jobs keeps every worker busy
  // without reading an unbounded directory listing into memory.
  const window = availableParallelism() * 4;
  const inFlight: Promise<HashRecord>[] = [];
  let done = 0;
  let failed = 0;
  const emit = async (record: HashRecord): Promise<void> => {
    done++;
    if ('error' in record) failed++;
    await write(io.stdout, `${JSON.stringify(record)}\n`);
    if (showProgress) await write(io.stderr, progressLine(done, failed, started));
  };
  try {
    for await (const path of expandPaths(parsed.operands, io.stdin)) {
      inFlight.push(pool.hash(path, parsed.options));
      if (inFlight.length >= window) await emit(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await emit(await inFlight.shift()!);
  } finally {
    await pool.close();
    if (showProgress) await write(io.stderr, '\n');
  }
  return failed > 0 ? 1 : 0;
}
