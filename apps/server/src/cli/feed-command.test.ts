import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadFeedKey, publicKeyFile, signMinisign } from '@vigie/core';
import { runVigie } from '@vigie/testkit';

// `npx vigie feed verify FILE SIGNATURE PUBKEY`, run as the real command: a file signed with an
// installation's feed key verifies; a changed file, a changed trusted comment, another key fail.

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-feed-cli-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('vigie feed verify accepts the signed file and refuses a changed one or another key', async () => {
  const key = await loadFeedKey(join(dir, 'data'));
  const other = await loadFeedKey(join(dir, 'other'));
  const body = Buffer.from('# Vigie blocklist delta from version 1 to 2\n+bad.example.test\n');
  const signature = signMinisign(key, body, 'vigie-blocklist file:delta-1-2.txt from:1 version:2');
  const files = {
    file: join(dir, 'delta-1-2.txt'),
    sig: join(dir, 'delta-1-2.txt.minisig'),
    pub: join(dir, 'feed.pub'),
  };
  await writeFile(files.file, body);
  await writeFile(files.sig, signature);
  await writeFile(files.pub, publicKeyFile(key));
  await writeFile(join(dir, 'other.pub'), publicKeyFile(other));

  const ok = await runVigie(['feed', 'verify', files.file, files.sig, files.pub], {});
  assert.equal(ok.code, 0, ok.output);
  assert.match(ok.output, /signature and comment verified/);
  assert.match(ok.output, /trusted comment: vigie-blocklist file:delta-1-2\.txt from:1 version:2/);

  const wrongKey = await runVigie(['feed', 'verify', files.file, files.sig, join(dir, 'other.pub')], {});
  assert.equal(wrongKey.code, 1);
  assert.match(wrongKey.output, /NOT verified: signed with key/);

  await writeFile(files.sig, signature.replace('from:1', 'from:0'));
  const comment = await runVigie(['feed', 'verify', files.file, files.sig, files.pub], {});
  assert.equal(comment.code, 1);
  assert.match(comment.output, /trusted comment was changed/);

  await writeFile(files.sig, signature);
  await writeFile(files.file, Buffer.concat([body, Buffer.from('+another.example.test\n')]));
  const changed = await runVigie(['feed', 'verify', files.file, files.sig, files.pub], {});
  assert.equal(changed.code, 1);
  assert.match(changed.output, /signature verification failed/);
});
