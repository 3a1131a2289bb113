import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { UsageError } from './args.ts';
import { runHostingCommand, runIpdataCommand, runProviderCommand } from './hosting-command.ts';

let t: TestContext;

function stream() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { s, text: () => text };
}
async function run(argv: string[]) {
  const out = stream();
  const code = await runProviderCommand(t.config, argv, { stdout: out.s, stderr: stream().s }, t.ctx);
  return { code, text: out.text() };
}

before(async () => {
  t = await createTestContext();
});
after(() => t.close());

test('vigie provider add, list, update and remove: the directory as an operator keeps it, audited as the CLI', async () => {
  const added = await run([
    'add',
    '--name',
    'Cli Hosting',
    '--contact',
    'abuse@cli-hosting.hosting-fixture,legal@cli-hosting.hosting-fixture',
    '--channel',
    'xarf_email',
    '--language',
    'nl',
    '--domain',
    'cli-hosting.hosting-fixture',
    '--asn',
    'AS64500',
    '--asn',
    '64501',
    '--network',
    '127.0.0.0/24',
  ]);
  assert.equal(added.code, 0);
  assert.match(
    added.text,
    /added: \d+\tCli Hosting\txarf_email abuse@cli-hosting\.hosting-fixture, legal@cli-hosting\.hosting-fixture\tnl\timmediate\tcli-hosting\.hosting-fixture AS64500 AS64501 127\.0\.0\.0\/24/,
  );

  const updated = await run(['update', 'cli hosting', '--batching', 'daily', '--network', '', '--language', '']);
  assert.match(updated.text, /\t-\tdaily\tcli-hosting\.hosting-fixture AS64500 AS64501\n$/);
  const listed = await run(['list', '--json']);
  const [entry] = listed.text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual([entry.name, entry.batching, entry.networks, entry.language], ['Cli Hosting', 'daily', [], null]);

  await assert.rejects(run(['add', '--name', 'Cli Hosting', '--contact', 'x@cli-hosting.hosting-fixture']), {
    code: 'HOSTING_PROVIDER_EXISTS',
  });
  await assert.rejects(run(['add', '--contact', 'x@y.hosting-fixture']), UsageError);
  await assert.rejects(run(['add', '--name', 'N', '--asn', 'sixty']), UsageError);
  const removed = await run(['remove', 'Cli Hosting']);
  assert.match(removed.text, /\(Cli Hosting\) removed/);
  assert.equal((await run(['list'])).text, 'The provider directory is empty.\n');
  const actions = await t.ctx.db
    .selectFrom('audit_event')
    .select(['action', 'actor_type'])
    .where('subject_type', '=', 'hosting_provider')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    actions.map((a) => `${a.actor_type} ${a.action}`),
    ['cli hosting.provider-added', 'cli hosting.provider-updated', 'cli hosting.provider-removed'],
  );
});

test('vigie ipdata status names the data in use; hosting lookup needs one URL', async () => {
  const out = stream();
  assert.equal(await runIpdataCommand(t.config, ['status'], { stdout: out.s, stderr: stream().s }), 0);
  assert.match(
    out.text(),
    /^@ip-location-db\/asn@[\d.]+\tshipped\t.+\n@ip-location-db\/geo-whois-asn-country@[\d.]+\tshipped\t/,
  );
  await assert.rejects(runIpdataCommand(t.config, ['fetch'], { stdout: out.s, stderr: out.s }), UsageError);
  await assert.rejects(runHostingCommand(t.config, ['lookup'], { stdout: out.s, stderr: out.s }, t.ctx), UsageError);
});
