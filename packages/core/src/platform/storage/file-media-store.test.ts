import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { parseConfig } from '../config.ts';
import { isObjectName } from './media-cipher.ts';
import { createMediaStore } from './media-store.ts';
import { describeKeyRotation, describeMediaStoreContract, silentLogger } from './media-store.test-helpers.ts';

async function fileInstallation() {
  const dataDir = await mkdtemp(join(tmpdir(), 'vigie-media-'));
  const config = parseConfig({ VIGIE_DATA_DIR: dataDir });
  const media = join(dataDir, 'media');
  const pathOf = (name: string) => join(media, name.slice(0, 2), name.slice(2, 4), name);
  const raw = async () => {
    const found = new Map<string, Uint8Array>();
    for (const entry of await readdir(media, { recursive: true, withFileTypes: true }))
      if (entry.isFile() && isObjectName(entry.name))
        found.set(entry.name, await readFile(join(entry.parentPath, entry.name)));
    return found;
  };
  return { dataDir, config, media, pathOf, raw, close: () => rm(dataDir, { recursive: true, force: true }) };
}

describeMediaStoreContract('file adapter', async () => {
  const installation = await fileInstallation();
  const store = await createMediaStore(installation.config, silentLogger);
  return {
    store,
    reopen: () => createMediaStore(installation.config, silentLogger),
    raw: installation.raw,
    overwrite: (name, bytes) => writeFile(installation.pathOf(name), bytes),
    close: async () => {
      await store.close();
      await installation.close();
    },
  };
});

describeKeyRotation('file adapter', fileInstallation);

test('the file adapter shards objects, leaves no temp files, and keeps objects and keys private (0600)', async () => {
  const { config, dataDir, media, pathOf, raw, close } = await fileInstallation();
  try {
    const store = await createMediaStore(config, silentLogger);
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.put(new TextEncoder().encode(`page ${i}`))));
    const names = [...(await raw()).keys()];
    assert.equal(names.length, 5);
    for (const name of names) assert.equal((await stat(pathOf(name))).mode & 0o777, 0o600, name);
    assert.equal((await stat(media)).mode & 0o777, 0o700);
    const all = await readdir(media, { recursive: true });
    assert.deepEqual(
      all.filter((p) => p.endsWith('.tmp')),
      [],
    );
    const keys = join(dataDir, 'secrets', 'media-keys.json');
    assert.equal((await stat(keys)).mode & 0o777, 0o600);
    assert.equal((await stat(join(dataDir, 'secrets'))).mode & 0o777, 0o700);
    const file = JSON.parse(await readFile(keys, 'utf8'));
    assert.equal(file.activeKeyId, 1);
    assert.equal(file.keys.length, 1);
    await store.close();
  } finally {
    await close();
  }
});

test('a process with other media keys refuses the store instead of writing beside it', async () => {
  const { config, dataDir, close } = await fileInstallation();
  try {
    const store = await createMediaStore(config, silentLogger);
    await store.put(new TextEncoder().encode('evidence'));
    await store.close();
    await rm(join(dataDir, 'secrets', 'media-keys.json'));
    await assert.rejects(createMediaStore(config, silentLogger), { code: 'STORAGE_KEYS_INVALID' });
  } finally {
    await close();
  }
});

test('a configured keys file must exist: it is shared, so no machine makes its own', async () => {
  const { dataDir, close } = await fileInstallation();
  try {
    const keysFile = join(dataDir, 'shared', 'media-keys.json');
    const config = parseConfig({ VIGIE_DATA_DIR: dataDir, VIGIE_MEDIA_KEYS_FILE: keysFile });
    await assert.rejects(createMediaStore(config, silentLogger), { code: 'STORAGE_KEY_MISSING' });
    await assert.rejects(stat(keysFile), { code: 'ENOENT' });
  } finally {
    await close();
  }
});

test('processes started together on a new data directory share one keys file and store the same bytes once', async () => {
  const { dataDir, raw, close } = await fileInstallation();
  try {
    await rm(join(dataDir, 'media'), { recursive: true, force: true });
    const script = `
      import { parseConfig } from ${JSON.stringify(new URL('../config.ts', import.meta.url).href)};
      import { createLogger } from ${JSON.stringify(new URL('../logging.ts', import.meta.url).href)};
      import { createMediaStore } from ${JSON.stringify(new URL('./media-store.ts', import.meta.url).href)};
      const store = await createMediaStore(parseConfig({ VIGIE_DATA_DIR: process.argv[1] }), createLogger({ level: 'silent' }));
      const stored = await store.put(Buffer.alloc(1 << 20, 'same capture'));
      process.stdout.write(JSON.stringify(stored));`;
    const run = () => promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, dataDir]);
    const results = (await Promise.all(Array.from({ length: 4 }, run))).map((r) => JSON.parse(r.stdout));
    assert.equal(results.filter((r) => r.created).length, 1, JSON.stringify(results));
    assert.equal(new Set(results.map((r) => r.sha256)).size, 1);
    assert.equal((await raw()).size, 1);
  } finally {
    await close();
  }
});
