import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Every file named, directories walked depth first in name order; `-` reads paths from stdin. */
export async function* expandPaths(operands: readonly string[], stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  for (const operand of operands) {
    if (operand === '-') {
      for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
        const trimmed = line.trim();
        if (trimmed !== '') yield* walk(trimmed);
      }
    } else {
      yield* walk(operand);
    }
  }
}

async function* walk(target: string): AsyncGenerator<string> {
  let isDirectory = false;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch {
    // Reported by the hasher as HASHING_MEDIA_NOT_FOUND, in its place in the output.
  }
  if (!isDirectory) {
    yield target;
    return;
  }
  const names: { name: string; isDirectory: boolean }[] = [];
  for await (const entry of await opendir(target)) {
    if (entry.isFile() || entry.isDirectory()) names.push({ name: entry.name, isDirectory: entry.isDirectory() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory) yield* walk(child);
    else yield child;
  }
}
