import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';
import { StorageError } from './storage.errors.ts';

// The media keys live outside the database, in one JSON file (mode 0600): by default
// DATA_DIR/secrets/media-keys.json, created on first use; with VIGIE_MEDIA_KEYS_FILE, a file the
// operator creates once (`vigie media rotate-key`) and gives every machine, because machines
// sharing a bucket must share its keys. The naming key names objects and is never rotated (a new
// one would rename every object); data keys are rotated: the newest is active for writes, older
// ones stay for reading until a re-encrypt pass has moved every object off them.

export type MediaKeyring = Readonly<{
  namingKey: Buffer;
  activeKeyId: number;
  keys: ReadonlyMap<number, Buffer>;
}>;

type KeysFile = {
  format: 'vigie-media-keys';
  version: 1;
  namingKey: string;
  activeKeyId: number;
  keys: Array<{ id: number; key: string; created: string }>;
};

const maxKeyId = 0xffffffff;

export function mediaKeysPath(config: Pick<Config, 'dataDir' | 'mediaKeysFile'>): string {
  return config.mediaKeysFile ?? join(config.dataDir, 'secrets', 'media-keys.json');
}

/** Reads the keys file; `create` makes it (one random key) when it does not exist yet. */
export async function loadMediaKeys(
  path: string,
  options: { create: boolean },
): Promise<{ keyring: MediaKeyring; created: boolean; mode: number }> {
  let created = false;
  let file = await readKeysFile(path);
  if (!file) {
    if (!options.create)
      throw new StorageError(
        'STORAGE_KEY_MISSING',
        `The media keys file ${path} does not exist: create it once with \`vigie media rotate-key\` and give the same file to every machine.`,
        { path },
      );
    created = await writeNewKeysFile(path, newKeysFile());
    file = await readKeysFile(path);
    if (!file) throw new StorageError('STORAGE_KEYS_INVALID', `The media keys file ${path} vanished.`, { path });
  }
  return { keyring: toKeyring(file), created, mode: (await stat(path)).mode & 0o777 };
}

/** Adds a random key and makes it the active one; creates the file if there is none. */
export async function rotateMediaKey(path: string): Promise<{ activeKeyId: number; createdFile: boolean }> {
  return withKeysLock(path, async () => {
    const file = await readKeysFile(path);
    if (!file) {
      await writeNewKeysFile(path, newKeysFile());
      return { activeKeyId: 1, createdFile: true };
    }
    const id = Math.max(...file.keys.map((k) => k.id)) + 1;
    if (id > maxKeyId) throw new StorageError('STORAGE_KEYS_INVALID', 'No key id is left.', { path });
    file.keys.push({ id, key: randomBytes(32).toString('base64'), created: new Date().toISOString() });
    file.activeKeyId = id;
    await replaceKeysFile(path, file);
    return { activeKeyId: id, createdFile: false };
  });
}

/** Removes retired keys (never the active one); the caller has checked that no object needs them. */
export async function removeMediaKeys(path: string, ids: readonly number[]): Promise<void> {
  await withKeysLock(path, async () => {
    const file = await readKeysFile(path);
    if (!file) throw new StorageError('STORAGE_KEY_MISSING', `The media keys file ${path} does not exist.`, { path });
    if (ids.includes(file.activeKeyId))
      throw new StorageError('STORAGE_KEYS_INVALID', 'The active media key cannot be removed.', { path });
    file.keys = file.keys.filter((k) => !ids.includes(k.id));
    await replaceKeysFile(path, file);
  });
}

function newKeysFile(): KeysFile {
  return {
    format: 'vigie-media-keys',
    version: 1,
    namingKey: randomBytes(32).toString('base64'),
    activeKeyId: 1,
    keys: [{ id: 1, key: randomBytes(32).toString('base64'), created: new Date().toISOString() }],
  };
}

async function readKeysFile(path: string): Promise<KeysFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let file: KeysFile;
  try {
    file = JSON.parse(text) as KeysFile;
  } catch {
    throw invalid(path, 'not JSON');
  }
  if (file?.format !== 'vigie-media-keys' || file.version !== 1) throw invalid(path, 'unknown format');
  if (!is32Bytes(file.namingKey)) throw invalid(path, 'namingKey is not 32 bytes in base64');
  if (!Array.isArray(file.keys) || file.keys.length === 0) throw invalid(path, 'no keys');
  const ids = new Set<number>();
  for (const k of file.keys) {
    if (!Number.isInteger(k?.id) || k.id < 1 || k.id > maxKeyId || ids.has(k.id))
      throw invalid(path, 'key ids must be distinct whole numbers from 1');
    if (!is32Bytes(k.key)) throw invalid(path, `key ${k.id} is not 32 bytes in base64`);
    ids.add(k.id);
  }
  if (!ids.has(file.activeKeyId)) throw invalid(path, 'activeKeyId names no key');
  return file;
}

function toKeyring(file: KeysFile): MediaKeyring {
  return Object.freeze({
    namingKey: Buffer.from(file.namingKey, 'base64'),
    activeKeyId: file.activeKeyId,
    keys: new Map(file.keys.map((k) => [k.id, Buffer.from(k.key, 'base64')])),
  });
}

const is32Bytes = (value: unknown) =>
  typeof value === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32;
const invalid = (path: string, why: string) =>
  new StorageError('STORAGE_KEYS_INVALID', `The media keys file ${path} is not valid: ${why}.`, { path });

async function writeTemp(path: string, file: KeysFile): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** Creates the file whole or not at all; if another process made one meanwhile, theirs wins. */
async function writeNewKeysFile(path: string, file: KeysFile): Promise<boolean> {
  const temp = await writeTemp(path, file);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    await unlink(temp);
  }
}

async function replaceKeysFile(path: string, file: KeysFile): Promise<void> {
  await rename(await writeTemp(path, file), path);
}

// Two rotations at once would each add "the next id" and one key would be lost: a lock file
// serialises them (one left by a crashed process is taken over after a minute).
async function withKeysLock<T>(path: string, action: () => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const lock = `${path}.lock`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await (await open(lock, 'wx', 0o600)).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 60_000) await unlink(lock).catch(() => undefined);
      else if (attempt > 100)
        throw new StorageError('STORAGE_UNAVAILABLE', `The media keys file is locked (${lock}).`, { path });
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await action();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
