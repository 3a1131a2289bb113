import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { startS3Server, type S3TestServer } from '@vigie/testkit';
import { parseConfig } from '../config.ts';
import { createMediaStore } from './media-store.ts';
import { rotateMediaKeys } from './media-maintenance.ts';
import { describeKeyRotation, describeMediaStoreContract, silentLogger } from './media-store.test-helpers.ts';

const suffix = '._S3rver_object';
const servers: S3TestServer[] = [];
let plain: S3TestServer;
let conditional: S3TestServer;
let refusing: S3TestServer;

before(async () => {
  [plain, conditional, refusing] = await Promise.all([
    startS3Server(),
    startS3Server({ conditionalPuts: 'honour' }),
    startS3Server({ conditionalPuts: 'refuse' }),
  ]);
  servers.push(plain, conditional, refusing);
});
after(() => Promise.all(servers.map((s) => s.close())));

let prefixes = 0;
/** One installation on a shared bucket: its own prefix and a keys file given to every "machine". */
async function bucketInstallation(server: () => S3TestServer) {
  const s3 = server();
  const machineDir = await mkdtemp(join(tmpdir(), 'vigie-s3-machine-'));
  const prefix = `install-${++prefixes}/media/`;
  const env = {
    VIGIE_DATA_DIR: machineDir,
    VIGIE_MEDIA_STORE: 's3',
    VIGIE_MEDIA_KEYS_FILE: join(machineDir, 'shared-media-keys.json'),
    VIGIE_S3_ENDPOINT: s3.endpoint,
    VIGIE_S3_BUCKET: s3.bucket,
    VIGIE_S3_PREFIX: prefix,
    VIGIE_S3_ACCESS_KEY_ID: s3.accessKeyId,
    VIGIE_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  };
  const config = parseConfig(env);
  await rotateMediaKeys(config); // creates the shared keys file, as the operator does once
  // What is in the bucket, read from s3rver's own files (not through the adapter under test).
  const root = join(s3.directory, s3.bucket, prefix);
  const fileOf = (name: string) => join(root, `${name}${suffix}`);
  const raw = async () => {
    const found = new Map<string, Uint8Array>();
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries)
      if (e.isFile() && e.name.endsWith(suffix))
        found.set(
          relative(root, join(e.parentPath, e.name)).slice(0, -suffix.length),
          await readFile(join(e.parentPath, e.name)),
        );
    found.delete('vigie-media-store');
    return found;
  };
  return { s3, env, config, raw, fileOf, close: () => rm(machineDir, { recursive: true, force: true }) };
}

for (const [label, server] of [
  ['S3 adapter (store ignores If-None-Match)', () => plain],
  ['S3 adapter (store honours If-None-Match)', () => conditional],
  ['S3 adapter (store refuses If-None-Match)', () => refusing],
] as const) {
  describeMediaStoreContract(label, async () => {
    const installation = await bucketInstallation(server);
    const store = await createMediaStore(installation.config, silentLogger);
    return {
      store,
      reopen: () => createMediaStore(installation.config, silentLogger),
      raw: installation.raw,
      overwrite: (name, bytes) => writeFile(installation.fileOf(name), bytes),
      close: async () => {
        await store.close();
        await installation.close();
      },
    };
  });
}

describeKeyRotation('S3 adapter', () => bucketInstallation(() => plain));

test('machines sharing a bucket race to store the same bytes: the conditional put lets one write', async () => {
  const installation = await bucketInstallation(() => conditional);
  try {
    const machines = await Promise.all(
      Array.from({ length: 4 }, () => createMediaStore(installation.config, silentLogger)),
    );
    const bytes = new TextEncoder().encode('one capture, four crawlers');
    const results = await Promise.all(machines.map((m) => m.put(bytes)));
    assert.equal(results.filter((r) => r.created).length, 1, 'exactly one machine created it');
    assert.equal((await installation.raw()).size, 1);
    await Promise.all(machines.map((m) => m.close()));
  } finally {
    await installation.close();
  }
});

test('a machine with its own keys refuses a bucket written with others', async () => {
  const installation = await bucketInstallation(() => plain);
  try {
    const first = await createMediaStore(installation.config, silentLogger);
    await first.put(new TextEncoder().encode('evidence'));
    await first.close();
    const otherKeys = parseConfig({ ...installation.env, VIGIE_MEDIA_KEYS_FILE: undefined });
    await assert.rejects(createMediaStore(otherKeys, silentLogger), { code: 'STORAGE_KEYS_INVALID' });
  } finally {
    await installation.close();
  }
});

test('a store that does not answer is STORAGE_UNAVAILABLE (retryable)', async () => {
  const installation = await bucketInstallation(() => plain);
  try {
    const store = await createMediaStore(installation.config, silentLogger);
    const gone = await startS3Server();
    await gone.close();
    const unreachable = parseConfig({ ...installation.env, VIGIE_S3_ENDPOINT: gone.endpoint });
    await assert.rejects(createMediaStore(unreachable, silentLogger), (error: { code?: string; retry?: string }) => {
      assert.equal(error.code, 'STORAGE_UNAVAILABLE');
      assert.equal(error.retry, 'retry-with-backoff');
      return true;
    });
    await store.close();
  } finally {
    await installation.close();
  }
});
