import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isObjectName } from './media-cipher.ts';
import type { ObjectStore } from './object-store.ts';

// Objects under DATA_DIR/media/ab/cd/<name> (two levels of 256 directories keep each one small).
// A write goes to a temp file beside its final name, is fsynced, then hard-linked into place:
// link() fails if the name exists, so an object is never overwritten and, of processes racing
// to store the same bytes, exactly one wins. On a file system without hard links, rename()
// is used instead (objects are deterministic, so a lost race rewrites identical bytes).

export async function createFileObjectStore(dataDir: string): Promise<ObjectStore> {
  const root = join(dataDir, 'media');
  await mkdir(root, { recursive: true, mode: 0o700 });
  const pathOf = (name: string) =>
    isObjectName(name) ? join(root, name.slice(0, 2), name.slice(2, 4), name) : join(root, name);
  const dirOf = (name: string) => (isObjectName(name) ? join(root, name.slice(0, 2), name.slice(2, 4)) : root);

  // Directories known to exist (at most 65,536 + 256): no mkdir per object once they do.
  const knownDirs = new Set<string>();
  const ensureDir = async (dir: string): Promise<void> => {
    if (knownDirs.has(dir)) return;
    const first = await mkdir(dir, { recursive: true, mode: 0o700 });
    // A new directory's own entry is durable once its parent is synced (up to the root).
    if (first !== undefined)
      for (let d = dir; d.length > root.length && d.length >= first.length; d = dirname(d)) await syncDir(dirname(d));
    knownDirs.add(dir);
  };

  const writeTemp = async (name: string, bytes: Uint8Array): Promise<string> => {
    const dir = dirOf(name);
    await ensureDir(dir);
    const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', 0o600).catch(async (error: NodeJS.ErrnoException) => {
      // Its directory was removed behind our back (by hand): make it again.
      if (error.code !== 'ENOENT') throw error;
      knownDirs.delete(dir);
      await ensureDir(dir);
      return open(temp, 'wx', 0o600);
    });
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    return temp;
  };

  return {
    location: root,
    read: async (name) => {
      try {
        const bytes = await readFile(pathOf(name));
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    exists: async (name) => {
      try {
        await stat(pathOf(name));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    create: async (name, bytes) => {
      const temp = await writeTemp(name, bytes);
      let created: boolean;
      try {
        await link(temp, pathOf(name));
        created = true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') created = false;
        else if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
          await rename(temp, pathOf(name));
          await syncDir(dirOf(name));
          return true;
        } else {
          await unlink(temp).catch(() => undefined);
          throw error;
        }
      }
      await unlink(temp);
      if (created) await syncDir(dirOf(name));
      return created;
    },
    replace: async (name, bytes) => {
      await rename(await writeTemp(name, bytes), pathOf(name));
      await syncDir(dirOf(name));
    },
    list: async function* () {
      for (const a of await hexDirs(root))
        for (const b of await hexDirs(join(root, a)))
          for (const name of await readdir(join(root, a, b))) if (isObjectName(name)) yield name;
    },
    close: async () => undefined,
  };
}

async function hexDirs(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name))
    .map((e) => e.name);
}

// The new name is durable only once its directory entry is on disk.
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
