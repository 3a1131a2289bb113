import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { cliActor } from '../audit/index.ts';
import { createStaffSession, createTestApp, runVigie, type StaffSession } from '@vigie/testkit';
import { plantConfirmed } from './blocklist.test-helpers.ts';
import { verifyMinisign } from './minisign.ts';

// The feed as a provider gets it: an entry approved twice over the API, published as a version,
// fetched with a blocklist:read key in every format, full and delta, each file signed so that
// the real `minisign -V` and our own verifier accept it, a signed timestamp, and the fetch log.

const run = promisify(execFile);
let t: Awaited<ReturnType<typeof createTestApp>>;
let dir: string;
let analysts: StaffSession[];
let provider: Record<string, string>;

before(async () => {
  t = await createTestApp({ VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0', VIGIE_PUBLIC_URL: 'https://hotline.example' });
  dir = await mkdtemp(join(tmpdir(), 'vigie-feed-'));
  analysts = [await createStaffSession(t.ctx, 'analyst'), await createStaffSession(t.ctx, 'analyst')];
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Example ISP', kind: 'internet_provider', scopes: ['blocklist:read'] },
    cliActor,
  );
  provider = { authorization: `Bearer ${key}` };
  await plantConfirmed(t.ctx, ['https://files.example.test/a/1.jpg?size=big', 'http://bad.example.test/x.png']);
});
after(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function nominateAndApprove(body: Record<string, unknown>) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/blocklist/entries',
    headers: analysts[0]!.headers,
    payload: body,
  });
  assert.equal(created.statusCode, 201, created.body);
  const ids: string[] = created.json().entries.map((e: { id: string }) => e.id);
  for (const id of ids)
    for (const analyst of analysts) {
      const approved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/blocklist/entries/${id}/approve`,
        headers: analyst.headers,
        payload: {},
      });
      assert.equal(approved.statusCode, 200, approved.body);
    }
  await t.drain();
  return ids;
}

const get = (url: string, headers = provider) => t.app.inject({ method: 'GET', url, headers });

async function assertSigned(name: string, body: string) {
  const signature = await get(`/api/v1/blocklist/feed/${name}.minisig`);
  assert.equal(signature.statusCode, 200);
  const publicKey = (await get('/api/v1/blocklist/feed/minisign.pub')).body;
  assert.equal(verifyMinisign(publicKey, Buffer.from(body), signature.body).ok, true);
  assert.equal(verifyMinisign(publicKey, Buffer.from(`${body}x`), signature.body).ok, false, 'a changed file fails');
  await writeFile(join(dir, name), body);
  await writeFile(join(dir, `${name}.minisig`), signature.body);
  await writeFile(join(dir, 'feed.pub'), publicKey);
  const { stdout } = await run('/usr/bin/minisign', ['-Vm', join(dir, name), '-p', join(dir, 'feed.pub')]);
  assert.match(stdout, new RegExp(`Trusted comment: vigie-blocklist file:${name.replaceAll('.', '\\.')} `));
  await writeFile(join(dir, name), `${body}\n`);
  await assert.rejects(run('/usr/bin/minisign', ['-Vm', join(dir, name), '-p', join(dir, 'feed.pub')]));
}

test('a twice-approved entry is published, served in every format and signed for minisign', async () => {
  const denied = await get('/api/v1/blocklist/versions', {});
  assert.equal(denied.statusCode, 401);
  const [urlEntry] = await nominateAndApprove({ urls: ['https://Files.Example.TEST/a/1.jpg?size=big#x'] });
  const versions = (await get('/api/v1/blocklist/versions')).json();
  assert.equal(versions.current, 1);

  const txt = await get('/api/v1/blocklist/feed/1.txt');
  assert.equal(txt.statusCode, 200);
  assert.equal(txt.headers['vigie-blocklist-version'], '1');
  assert.deepEqual(
    txt.body.split('\n').filter((l) => l && !l.startsWith('#')),
    ['files.example.test/a/1.jpg?size=big'],
  );
  const json = (await get('/api/v1/blocklist/feed/1.json')).json();
  assert.equal(
    json.entries[0].sha256,
    createHash('sha256').update('files.example.test/a/1.jpg?size=big').digest('hex'),
  );
  const csv = await get('/api/v1/blocklist/feed/1.csv');
  assert.match(csv.body, /^kind,entry,sha256\r\nurl,files\.example\.test\/a\/1\.jpg\?size=big,[0-9a-f]{64}\r\n$/);
  for (const name of ['1.txt', '1.csv', '1.json'])
    await assertSigned(name, (await get(`/api/v1/blocklist/feed/${name}`)).body);

  // Version 2 adds a domain entry: the delta since 1 says so, in each format, signed.
  await nominateAndApprove({ domains: ['Bad.Example.Test.'] });
  const delta = await get('/api/v1/blocklist/delta?since=1&format=txt');
  assert.equal(delta.statusCode, 200);
  assert.equal(delta.headers['vigie-blocklist-version'], '2');
  assert.deepEqual(
    delta.body.split('\n').filter((l) => l && !l.startsWith('#')),
    ['+bad.example.test'],
  );
  await assertSigned('delta-1-2.txt', delta.body);
  // The provider's own check of that delta: `vigie feed verify` accepts what minisign accepted.
  const files = ['delta-1-2.txt', 'delta-1-2.txt.minisig', 'feed.pub'].map((name) => join(dir, name));
  await writeFile(files[0]!, delta.body);
  const verified = await runVigie(['feed', 'verify', ...files], {});
  assert.equal(verified.code, 0, verified.output);
  assert.match(verified.output, /trusted comment: vigie-blocklist file:delta-1-2\.txt /);
  await writeFile(files[0]!, `${delta.body}+another.example.test\n`);
  assert.equal((await runVigie(['feed', 'verify', ...files], {})).code, 1, 'a changed delta fails');
  const deltaJson = (await get('/api/v1/blocklist/feed/delta-0-2.json')).json();
  assert.deepEqual(
    deltaJson.added.map((e: { entry: string }) => e.entry),
    ['bad.example.test', 'files.example.test/a/1.jpg?size=big'],
  );
  assert.equal((await get('/api/v1/blocklist/feed/delta-3-2.json')).statusCode, 404);
  assert.equal((await get('/api/v1/blocklist/feed/9.txt')).statusCode, 404);

  // The timestamp names the current version and is signed: a frozen mirror's is old.
  const stamp = await get('/api/v1/blocklist/feed/timestamp.txt');
  assert.match(stamp.body, /^vigie-blocklist-timestamp 1\nversion: 2\n/m);
  assert.match(stamp.body, /expires: \d{4}-/);
  await assertSigned('timestamp.txt', stamp.body);

  // The stop page points site owners at the appeal form.
  const stop = await get('/api/v1/blocklist/feed/stop-page.html');
  assert.match(stop.body, /href="https:\/\/hotline\.example\/blocklist\/appeal\?lang=fr"/);

  // The fetch log: which organisation fetched which file of which version, and nothing else.
  const log = await t.ctx.db.selectFrom('blocklist_fetch').selectAll().where('file', '=', '1.txt').execute();
  assert.equal(log.length, 2, 'fetched twice above');
  assert.ok(log.every((row) => row.version === 1));
  assert.deepEqual(Object.keys(log[0]!).sort(), ['api_key_id', 'at', 'file', 'id', 'organisation_id', 'version']);
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const fetches = await get('/api/v1/blocklist/fetches', supervisor.headers);
  assert.ok(
    fetches
      .json()
      .fetches.some(
        (f: { organisation: string; file: string }) => f.organisation === 'Example ISP' && f.file === 'delta-1-2.txt',
      ),
  );

  // Another organisation's key without the scope gets nothing.
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Example Platform', scopes: ['hashes:read'] },
    cliActor,
  );
  assert.equal((await get('/api/v1/blocklist/feed/1.txt', { authorization: `Bearer ${key}` })).statusCode, 403);
  assert.ok(urlEntry);
});
