import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { createLogger, createMediaStore, parseConfig } from '@vigie/core';
import { runVigie } from '@vigie/testkit';
import { UsageError } from './args.ts';
import { runMediaCommand } from './media-command.ts';

let dataDir: string;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vigie-media-cli-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

async function media(args: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await runMediaCommand(parseConfig({ VIGIE_DATA_DIR: dataDir, ...env }), args, {
    stdout: out,
    stderr: new PassThrough(),
  });
  return { code, text };
}
const keyIds = async () =>
  JSON.parse(await readFile(join(dataDir, 'secrets', 'media-keys.json'), 'utf8')).keys.map((k: { id: number }) => k.id);

test('vigie media rotate-key, re-encrypt and forget-retired-keys print what they did', async () => {
  const logger = createLogger({ level: 'silent' });
  const store = await createMediaStore(parseConfig({ VIGIE_DATA_DIR: dataDir }), logger);
  const stored = await Promise.all(['a', 'b'].map((s) => store.put(new TextEncoder().encode(`capture ${s}`))));
  await store.close();

  const rotated = await media(['rotate-key']);
  assert.equal(rotated.code, 0);
  assert.match(rotated.text, /Media key 2 is now active/);

  const early = await media(['forget-retired-keys']);
  assert.equal(early.code, 1);
  assert.match(early.text, /Kept every key: 2 objects still need a retired key/);
  assert.deepEqual(await keyIds(), [1, 2]);

  const pass = await media(['re-encrypt']);
  assert.equal(pass.code, 0);
  assert.match(pass.text, /Examined 2 objects \(before: key 1: 2\); re-encrypted 2 under key 2; 0 could not be read/);

  const forgotten = await media(['forget-retired-keys']);
  assert.equal(forgotten.code, 0);
  assert.match(forgotten.text, /Removed media keys 1/);
  assert.deepEqual(await keyIds(), [2]);

  const reopened = await createMediaStore(parseConfig({ VIGIE_DATA_DIR: dataDir }), logger);
  for (const s of stored) assert.match(new TextDecoder().decode(await reopened.get(s.sha256)), /^capture /);
  await reopened.close();

  await assert.rejects(media(['rotate']), UsageError);
});

test('vigie media rotate-key creates a shared keys file the first time, through the real binary', async () => {
  const shared = join(dataDir, 'shared-keys.json');
  const first = await runVigie(['media', 'rotate-key'], { VIGIE_DATA_DIR: dataDir, VIGIE_MEDIA_KEYS_FILE: shared });
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /Created .*shared-keys\.json with media key 1/);
  const second = await runVigie(['media', 'rotate-key'], { VIGIE_DATA_DIR: dataDir, VIGIE_MEDIA_KEYS_FILE: shared });
  assert.match(second.output, /Media key 2 is now active/);
  const bad = await runVigie(['media', 'rotate-key'], { VIGIE_DATA_DIR: dataDir, VIGIE_MEDIA_STORE: 's3' });
  assert.equal(bad.code, 1);
  assert.match(bad.output, /VIGIE_S3_BUCKET: required when VIGIE_MEDIA_STORE=s3/);
});
