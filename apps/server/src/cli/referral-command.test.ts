import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { isAppError } from '@vigie/core';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { UsageError } from './args.ts';
import { runReferralRecipientCommand } from './referral-command.ts';

// `vigie referral-recipient load FILE`: the sample directory shipped in docs/samples loads as is
// (fictional agencies, example.org only), loading it again updates rather than duplicates, and a
// bad file changes nothing.

const sample = resolve(import.meta.dirname, '../../../../docs/samples/referral-recipients.json');
let t: TestContext;
let dir: string;

async function run(argv: string[]) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await runReferralRecipientCommand(t.config, argv, { stdout: out, stderr: new PassThrough() }, t.ctx);
  return { code, text };
}

before(async () => {
  t = await createTestContext();
  dir = await mkdtemp(join(tmpdir(), 'vigie-recipients-'));
});
after(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the sample directory is fictional: example.org addresses only', async () => {
  const text = await readFile(sample, 'utf8');
  const hosts = [...text.matchAll(/(?:@|https:\/\/|"sftpHost": ")([a-z0-9.-]+)/g)].map((m) => m[1]!);
  assert.ok(hosts.length >= 5);
  assert.deepEqual(
    hosts.filter((h) => !h.endsWith('.example.org')),
    [],
  );
  for (const r of JSON.parse(text).recipients) assert.match(r.name, /\(fictional\)$/);
});

test('vigie referral-recipient load: the sample loads, again as updates, and lists without secrets', async () => {
  const loaded = await run(['load', sample]);
  assert.equal(loaded.code, 0);
  assert.match(loaded.text, /referral recipients: 5 added, 0 updated/);
  const again = await run(['load', sample]);
  assert.match(again.text, /0 added, 5 updated/);

  const recipients = await t.ctx.referrals.directory.list();
  assert.equal(recipients.length, 5);
  const police = recipients.find((r) => r.channel === 'openpgp_email')!;
  assert.match(police.publicKeyFingerprint ?? '', /^[0-9A-F]{40}$/, 'the key was read and can encrypt');
  assert.ok(recipients.some((r) => r.kind === 'partner_hotline' && r.coversCountries.includes('BE')));

  const listed = await run(['list', '--json']);
  const lines = listed.text.trim().split('\n');
  assert.equal(lines.length, 5);
  assert.ok(!listed.text.includes('replace-with'), 'no secret is printed');
  assert.ok(lines.map((l) => JSON.parse(l)).every((r) => r.hasSecret || r.hasPublicKey));
  const audited = await t.ctx.db
    .selectFrom('audit_event')
    .select('action')
    .where('action', 'like', 'referral-recipient.%')
    .execute();
  assert.equal(audited.length, 10);
});

test('a bad file changes nothing: the first bad recipient is named, clear-text APIs are refused', async () => {
  const before = (await t.ctx.referrals.directory.list()).length;
  const recipients = JSON.parse(await readFile(sample, 'utf8')).recipients;
  const file = join(dir, 'bad.json');
  const plain = { ...recipients[1], name: 'Plain-text police (fictional)', apiUrl: 'http://api.police.example.org/' };
  await writeFile(file, JSON.stringify({ recipients: [{ ...recipients[0], name: 'New (fictional)' }, plain] }));
  const failure = await run(['load', file]).catch((error: unknown) => error);
  assert.ok(isAppError(failure));
  assert.equal(failure.code, 'REFERRAL_RECIPIENT_INVALID');
  assert.match(failure.message, /https URL/);
  assert.equal((await t.ctx.referrals.directory.list()).length, before, 'the whole file rolled back');

  await writeFile(file, '{"recipients": [{"name": "no kind"}]}');
  const shape = await run(['load', file]).catch((error: unknown) => error);
  assert.ok(isAppError(shape) && shape.code === 'REFERRAL_FILE_INVALID');
  assert.match(shape.message, /Recipient 1|recipients/);
  await assert.rejects(run(['load']), UsageError);
});
