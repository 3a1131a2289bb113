import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { cliActor } from '../audit/index.ts';
import { loadFeedKey } from './feed-key.ts';
import { publicKeyFile } from './minisign.ts';
import { plantConfirmed } from './blocklist.test-helpers.ts';

// The provider's cron job exactly as docs/blocklist.md prints it, run with sh, curl and the real
// minisign against the API listening on loopback: the first run takes everything, the next the
// delta; nothing changes when a file does not verify (another public key) or when the timestamp
// has expired (a frozen mirror). unbound-control is a stand-in that records the reload asked for.

const run = promisify(execFile);
let t: Awaited<ReturnType<typeof createTestApp>>;
let dir: string;
let offsetMs = 0;
const staff: string[] = [];
let env: Record<string, string>;

async function documentedScript(): Promise<string> {
  const doc = await readFile(new URL('../../../../docs/blocklist.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf("## A provider's cron job"));
  const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  assert.ok(script.startsWith('#!/bin/sh\n'), 'the documented job is found');
  assert.match(script, /^set -eu$/m, 'it stops at the first failure however it is started');
  return script;
}

before(async () => {
  t = await createTestApp(
    { VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0', VIGIE_BLOCKLIST_RPZ_ZONE: 'rpz.provider.test' },
    { now: () => new Date(Date.now() + offsetMs) },
  );
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (t.app.server.address() as AddressInfo).port;
  dir = await mkdtemp(join(tmpdir(), 'vigie-cron-'));
  const work = join(dir, 'blocklist');
  const bin = join(dir, 'bin');
  await Promise.all([mkdir(work), mkdir(bin)]);
  await writeFile(join(dir, 'job.sh'), await documentedScript());
  await writeFile(join(bin, 'unbound-control'), `#!/bin/sh\necho "$@" >> "${join(dir, 'reloads')}"\n`);
  await chmod(join(bin, 'unbound-control'), 0o755);
  await writeFile(join(work, 'vigie-feed.pub'), publicKeyFile(await loadFeedKey(t.config.dataDir)));
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Example ISP', kind: 'internet_provider', scopes: ['blocklist:read'] },
    cliActor,
  );
  env = {
    PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
    VIGIE_KEY: key,
    VIGIE_FEED_URL: `http://127.0.0.1:${port}/api/v1/blocklist`,
    VIGIE_RPZ_ZONE: 'rpz.provider.test',
    BLOCKLIST_DIR: work,
  };
  for (const role of ['analyst', 'analyst'] as const) {
    const session = await createStaffSession(t.ctx, role);
    const row = await t.ctx.db
      .selectFrom('staff_user')
      .select('id')
      .where('email', '=', session.email)
      .executeTakeFirstOrThrow();
    staff.push(row.id);
  }
  await plantConfirmed(t.ctx, [
    'https://a.example.test/1.jpg',
    'https://b.example.test/2.jpg',
    'https://bad.example.test/3.jpg',
  ]);
});
after(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function list(nomination: { urls?: string[]; domains?: string[] }): Promise<string[]> {
  const { entries } = await t.ctx.db.transaction().execute((trx) =>
    t.ctx.blocklist.nominate(trx, {
      decisionId: null,
      reportId: null,
      urls: nomination.urls ?? [],
      domains: nomination.domains ?? [],
      staffId: staff[0]!,
    }),
  );
  for (const entry of entries) for (const id of staff) await t.ctx.blocklist.approve(entry.id, id, null);
  await t.drain();
  return entries.map((e) => e.id);
}

async function job(): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run('sh', [join(dir, 'job.sh')], { env });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const local = async (name: string) => readFile(join(dir, 'blocklist', name), 'utf8').catch(() => '');
const lines = async (name: string) => (await local(name)).split('\n').filter(Boolean).sort();

test('the documented cron job follows the feed through versions and refuses what does not verify', async () => {
  const [urlA] = await list({ urls: ['https://a.example.test/1.jpg'], domains: ['bad.example.test'] });
  assert.equal((await job()).code, 0);
  assert.equal(await local('version'), '1\n');
  assert.deepEqual(await lines('list.txt'), ['a.example.test/1.jpg', 'bad.example.test']);
  assert.match(await local('blocklist.rpz'), /^\*\.bad\.example\.test CNAME \.$/m);
  assert.deepEqual((await readFile(join(dir, 'reloads'), 'utf8')).trim().split('\n'), [
    'auth_zone_reload rpz.provider.test',
  ]);

  // Version 2 withdraws a, version 3 adds b; the provider's next run takes both in one delta.
  await t.ctx.blocklist.withdraw(urlA!, staff[0]!, 'test', null);
  await t.drain();
  await list({ urls: ['https://b.example.test/2.jpg'] });
  assert.equal((await t.ctx.blocklistFeed.versions()).current, 3);
  assert.equal((await job()).code, 0);
  assert.equal(await local('version'), '3\n', 'one delta from 1 to 3');
  assert.deepEqual(await lines('list.txt'), ['b.example.test/2.jpg', 'bad.example.test']);
  assert.equal((await job()).code, 0, 'nothing new: nothing to do');

  // A file signed by another key (a wrong or forged feed): the job fails and changes nothing.
  await list({ domains: ['b.example.test'] });
  const pub = await local('vigie-feed.pub');
  await writeFile(join(dir, 'blocklist', 'vigie-feed.pub'), publicKeyFile(await loadFeedKey(join(dir, 'other'))));
  const wrong = await job();
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stderr, /key id/);
  assert.equal(await local('version'), '3\n');
  assert.deepEqual(await lines('list.txt'), ['b.example.test/2.jpg', 'bad.example.test']);
  await writeFile(join(dir, 'blocklist', 'vigie-feed.pub'), pub);

  // A frozen mirror serves a timestamp that has expired: refused, nothing changed.
  offsetMs = -3 * 3_600_000;
  const stale = await job();
  assert.equal(stale.code, 1);
  assert.match(stale.stderr, /feed timestamp expired/);
  assert.equal(await local('version'), '3\n');
  assert.doesNotMatch(await local('blocklist.rpz'), /^b\.example\.test CNAME/m, 'the zone is not replaced');
  offsetMs = 0;
  assert.equal((await job()).code, 0);
  assert.equal(await local('version'), '4\n');
  assert.deepEqual(await lines('list.txt'), ['b.example.test', 'b.example.test/2.jpg', 'bad.example.test']);
  assert.match(await local('blocklist.rpz'), /^b\.example\.test CNAME \.$/m);
  assert.equal((await readFile(join(dir, 'reloads'), 'utf8')).trim().split('\n').length, 3);
});
