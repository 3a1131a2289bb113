import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Resolver } from 'node:dns/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestContext, freePort, type TestContext } from '@vigie/testkit';
import { plantConfirmed } from './blocklist.test-helpers.ts';

// The RPZ zone as a provider's resolver applies it: Debian's unbound on a loopback port loads
// the published zone (rpz: clause) over a local authoritative copy of example.test, and a
// listed name and its subdomains answer NXDOMAIN while an unlisted one still resolves. Names
// outside example.test go to a "root" at 127.0.0.1: nothing leaves the machine.

let t: TestContext;
let dir: string;
let unbound: ChildProcess | undefined;

before(async () => {
  t = await createTestContext({
    VIGIE_BLOCKLIST_REMOVAL_FAILED_DAYS: '0',
    VIGIE_BLOCKLIST_RPZ_ZONE: 'rpz.hotline.test',
  });
  dir = await mkdtemp(join(tmpdir(), 'vigie-rpz-'));
});
after(async () => {
  if (unbound && unbound.exitCode === null) {
    unbound.kill('SIGTERM');
    await once(unbound, 'exit');
  }
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function startUnbound(port: number): Promise<ChildProcess> {
  const conf = join(dir, 'unbound.conf');
  await writeFile(
    join(dir, 'example.zone'),
    [
      '$ORIGIN example.test.',
      '$TTL 300',
      '@ IN SOA localhost. hostmaster.localhost. 1 3600 600 604800 300',
      '@ IN NS localhost.',
      'listed IN A 192.0.2.66',
      'www.listed IN A 192.0.2.67',
      'open IN A 192.0.2.1',
      'later IN A 192.0.2.2',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'root.hints'), '. 3600000 NS a.root.test.\na.root.test. 3600000 A 127.0.0.1\n');
  await writeFile(
    conf,
    `server:
  interface: 127.0.0.1
  port: ${port}
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "${dir}"
  pidfile: ""
  use-syslog: no
  logfile: ""
  verbosity: 1
  do-ip6: no
  local-zone: "test." nodefault
  root-hints: "${join(dir, 'root.hints')}"
  module-config: "respip iterator"
  do-not-query-localhost: no
auth-zone:
  name: "example.test."
  zonefile: "${join(dir, 'example.zone')}"
  for-downstream: no
  for-upstream: yes
  fallback-enabled: no
rpz:
  name: "rpz.hotline.test."
  zonefile: "${join(dir, 'blocklist.rpz')}"
`,
  );
  const child = spawn('/usr/sbin/unbound', ['-d', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`unbound did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('start of service')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`unbound exited ${code}:\n${output}`));
    });
  });
  return child;
}

const answer = async (resolver: Resolver, name: string) =>
  resolver.resolve4(name).then(
    (addresses) => addresses.join(','),
    (error: NodeJS.ErrnoException) => error.code,
  );

test('the RPZ zone of a version makes a real resolver answer NXDOMAIN for listed names only', async () => {
  await plantConfirmed(t.ctx, ['https://listed.example.test/m.jpg']);
  const [analyst, other] = [await createStaffSession(t.ctx, 'analyst'), await createStaffSession(t.ctx, 'analyst')];
  const ids: string[] = [];
  for (const s of [analyst, other])
    ids.push(
      (await t.ctx.db.selectFrom('staff_user').select('id').where('email', '=', s.email).executeTakeFirstOrThrow()).id,
    );
  const listDomain = async (domain: string) => {
    const { entries } = await t.ctx.db.transaction().execute((trx) =>
      t.ctx.blocklist.nominate(trx, {
        decisionId: null,
        reportId: null,
        urls: [],
        domains: [domain],
        staffId: ids[0]!,
      }),
    );
    for (const id of ids) await t.ctx.blocklist.approve(entries[0]!.id, id, null);
    await t.drain();
  };
  await listDomain('listed.example.test');
  const zone = (await t.ctx.blocklistFeed.file('1.rpz', null)).body.toString();
  assert.match(zone, /^@ IN SOA localhost\. hostmaster\.localhost\. 1 /m, 'the serial is the version');
  assert.match(zone, /^\*\.listed\.example\.test CNAME \.$/m);
  await writeFile(join(dir, 'blocklist.rpz'), zone);

  const port = await freePort();
  unbound = await startUnbound(port);
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.equal(await answer(resolver, 'open.example.test'), '192.0.2.1', 'an unlisted name resolves');
  assert.equal(await answer(resolver, 'listed.example.test'), 'ENOTFOUND', 'a listed name is rewritten to NXDOMAIN');
  assert.equal(await answer(resolver, 'www.listed.example.test'), 'ENOTFOUND', 'and every name under it');
  assert.equal(await answer(resolver, 'later.example.test'), '192.0.2.2');

  // Version 2 lists another domain: its zone has a higher serial, and the resolver, given it, applies it.
  await plantConfirmed(t.ctx, ['https://later.example.test/n.jpg']);
  await listDomain('later.example.test');
  const zone2 = (await t.ctx.blocklistFeed.file('2.rpz', null)).body.toString();
  assert.match(zone2, /^@ IN SOA localhost\. hostmaster\.localhost\. 2 /m, 'the serial increases with the version');
  await writeFile(join(dir, 'blocklist.rpz'), zone2);
  unbound.kill('SIGTERM');
  await once(unbound, 'exit');
  unbound = await startUnbound(port);
  assert.equal(await answer(resolver, 'later.example.test'), 'ENOTFOUND', 'the newly listed name is rewritten');
  assert.equal(await answer(resolver, 'listed.example.test'), 'ENOTFOUND');
  assert.equal(await answer(resolver, 'open.example.test'), '192.0.2.1');
});
