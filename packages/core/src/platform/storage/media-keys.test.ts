import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseConfig } from '../config.ts';
import { loadMediaKeys, rotateMediaKey } from './media-keys.ts';
import { createMediaStore } from './media-store.ts';
import { rotateMediaKeys } from './media-maintenance.ts';
import { silentLogger } from './media-store.test-helpers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-media-keys-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('the keys file is made on first use, private, with one key and a naming key', async () => {
  const path = join(dir, 'first', 'secrets', 'media-keys.json');
  const { keyring, created, mode } = await loadMediaKeys(path, { create: true });
  assert.equal(created, true);
  assert.equal(mode, 0o600);
  assert.equal((await stat(path)).mode & 0o777, 0o600);
  assert.deepEqual([...keyring.keys.keys()], [1]);
  assert.equal(keyring.activeKeyId, 1);
  assert.equal(keyring.namingKey.length, 32);
  const again = await loadMediaKeys(path, { create: true });
  assert.equal(again.created, false);
  assert.ok(again.keyring.namingKey.equals(keyring.namingKey));
});

test('rotations at once each add their own key; the naming key never changes', async () => {
  const path = join(dir, 'rotate', 'media-keys.json');
  assert.deepEqual(await rotateMediaKey(path), { activeKeyId: 1, createdFile: true });
  const { keyring: before } = await loadMediaKeys(path, { create: false });
  const rotations = await Promise.all(Array.from({ length: 5 }, () => rotateMediaKey(path)));
  assert.deepEqual(rotations.map((r) => r.activeKeyId).sort(), [2, 3, 4, 5, 6]);
  const { keyring, mode } = await loadMediaKeys(path, { create: false });
  assert.deepEqual([...keyring.keys.keys()], [1, 2, 3, 4, 5, 6]);
  assert.equal(keyring.activeKeyId, 6);
  assert.ok(keyring.namingKey.equals(before.namingKey));
  assert.equal(mode, 0o600);
});

test('a damaged keys file is STORAGE_KEYS_INVALID and names no key material', async () => {
  const path = join(dir, 'bad.json');
  const good = join(dir, 'good.json');
  await rotateMediaKey(good);
  const file = JSON.parse(await readFile(good, 'utf8'));
  for (const bad of [
    'not json',
    JSON.stringify({ ...file, activeKeyId: 9 }),
    JSON.stringify({ ...file, namingKey: 'c2hvcnQ=' }),
    JSON.stringify({ ...file, keys: [...file.keys, file.keys[0]] }),
  ]) {
    await writeFile(path, bad);
    await assert.rejects(loadMediaKeys(path, { create: true }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'STORAGE_KEYS_INVALID');
      assert.equal(error.message.includes(file.keys[0].key), false);
      return true;
    });
  }
});

test('a process started before a rotation reads objects sealed under the new key', async () => {
  const config = parseConfig({ VIGIE_DATA_DIR: join(dir, 'install') });
  const early = await createMediaStore(config, silentLogger);
  await rotateMediaKeys(config);
  const late = await createMediaStore(config, silentLogger);
  const stored = await late.put(new TextEncoder().encode('sealed under key 2'));
  assert.equal(new TextDecoder().decode(await early.get(stored.sha256)), 'sealed under key 2');
  await Promise.all([early.close(), late.close()]);
});
