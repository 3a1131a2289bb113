import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { UsageError } from './args.ts';
import { runBankCommand } from './bank-command.ts';

let t: TestContext;
let dir: string;

function stream(tty = false) {
  const s = new PassThrough();
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  Object.assign(s, { isTTY: tty });
  return { s, text: () => text };
}

const pdq = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

before(async () => {
  t = await createTestContext();
  dir = await mkdtemp(join(tmpdir(), 'vigie-bank-'));
});
after(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

test('vigie bank import creates the bank, shows progress on a terminal, reports bad lines; export writes the file', async () => {
  const file = join(dir, 'in.csv');
  await writeFile(
    file,
    `signal_type,signal,labels\npdq,${pdq(1)},age_band=pubescent\npdq,nope\nmd5,${'ab'.repeat(16)}\n`,
  );
  const out = stream();
  const err = stream(true);
  const code = await runBankCommand(
    t.config,
    ['import', '--bank', 'CLI_BANK', '--format', 'csv', file],
    { stdout: out.s, stderr: err.s },
    t.ctx,
  );
  assert.equal(code, 1, 'a skipped bad line makes the exit status 1');
  assert.deepEqual(JSON.parse(out.text()).added, 2);
  assert.match(err.text(), /bank CLI_BANK created/);
  assert.match(err.text(), /\[#+\] 3\/3 records/);
  assert.match(err.text(), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: skipped`));

  const again = stream();
  assert.equal(
    await runBankCommand(
      t.config,
      ['import', '--bank', 'CLI_BANK', '--format', 'csv', file],
      { stdout: again.s, stderr: stream().s },
      t.ctx,
    ),
    0,
    'a finished file is not redone',
  );
  assert.equal(JSON.parse(again.text()).added, 2);

  const exported = join(dir, 'out.csv');
  const quiet = stream();
  assert.equal(
    await runBankCommand(
      t.config,
      ['export', '--bank', 'CLI_BANK', '--format', 'csv', exported],
      { stdout: stream().s, stderr: quiet.s },
      t.ctx,
    ),
    0,
  );
  assert.equal(
    await readFile(exported, 'utf8'),
    `signal_type,signal,labels\npdq,${pdq(1)},age_band=pubescent\nmd5,${'ab'.repeat(16)},\n`,
  );
  assert.doesNotMatch(quiet.text(), /\[#/, 'no progress bar when stderr is not a terminal');
});

test('vigie bank: usage errors', async () => {
  const io = { stdout: stream().s, stderr: stream().s };
  await assert.rejects(runBankCommand(t.config, ['import', '--format', 'csv', 'x'], io, t.ctx), UsageError);
  await assert.rejects(
    runBankCommand(t.config, ['import', '--bank', 'B', '--format', 'xlsx', 'x'], io, t.ctx),
    /unknown format/,
  );
  await assert.rejects(runBankCommand(t.config, ['copy'], io, t.ctx), UsageError);
});
