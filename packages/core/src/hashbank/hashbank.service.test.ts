import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createContext, createLogger, cliActor, type AppContext } from '@vigie/core';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { seededPdqHex } from './hashbank.test-helpers.ts';

// "Known-bad" here means: this test put the hash in a bank.
let t: TestContext;
let other: AppContext;
const analyst = { type: 'user' as const, id: 'analyst-1' };

const hex = seededPdqHex;

function flip(h: string, bits: number): string {
  const chars = h.split('');
  for (let i = 0; i < bits; i++) chars[i * 2] = (Number.parseInt(chars[i * 2]!, 16) ^ 1).toString(16);
  return chars.join('');
}

before(async () => {
  t = await createTestContext();
  // A second process on the same database: its own pool and its own in-memory index.
  const connectionString = t.ownerUrl;
  other = await createContext(t.config, { connectionString, logger: createLogger({ level: 'silent' }), poolSize: 4 });
  await t.ctx.hashbank.createBank('KNOWN_BAD', { purpose: 'test' }, cliActor);
  await t.ctx.hashbank.createBank('KNOWN_FALSE_POSITIVES', { kind: 'negative' }, cliActor);
  await t.ctx.hashbank.createBank('OLD_LIST', { enabled: false }, cliActor);
});
after(async () => {
  await other.close();
  await t.close();
});

async function add(bankName: string, pdq: string, actor = analyst) {
  const bank = await t.ctx.hashbank.getBank(bankName);
  const [id] = await t.ctx.hashbank.addEntries(
    [
      {
        bankId: bank.id,
        signals: { pdq },
        labels: { ageBand: 'prepubescent', activity: 'sexual_posing', origin: 'unknown' },
      },
    ],
    actor,
    { action: 'hashbank.entry-added' },
  );
  return id!;
}

test('a PDQ lookup answers every entry within the threshold, with distance and threshold', async () => {
  const h = hex(1);
  const id = await add('KNOWN_BAD', h);
  const near = await t.ctx.hashbank.lookup('pdq', flip(h, 20));
  assert.deepEqual(
    near.matches.map((m) => [m.entryId, m.bankName, m.distance, m.threshold]),
    [[id, 'KNOWN_BAD', 20, 31]],
  );
  assert.equal((await t.ctx.hashbank.lookup('pdq', flip(h, 32))).matches.length, 0, '32 bits is beyond 31');
  await assert.rejects(t.ctx.hashbank.lookup('phash', h), { code: 'HASHBANK_SIGNAL_TYPE_UNKNOWN' });
  await assert.rejects(t.ctx.hashbank.lookup('pdq', 'abc'), { code: 'HASHBANK_SIGNAL_MALFORMED' });
});

test('disabled banks never match; a negative bank suppresses the others', async () => {
  const h = hex(2);
  await add('OLD_LIST', h);
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches.length, 0);
  await add('KNOWN_BAD', h);
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches.length, 1);
  await add('KNOWN_FALSE_POSITIVES', flip(h, 3));
  const outcome = await t.ctx.hashbank.lookup('pdq', h);
  assert.equal(outcome.matches.length, 0);
  assert.deepEqual(
    outcome.suppressedBy.map((m) => [m.bankName, m.distance]),
    [['KNOWN_FALSE_POSITIVES', 3]],
  );
});

test('a withdrawn entry stops matching at once here, and in another process after a refresh', async () => {
  const h = hex(3);
  await other.hashbank.ready();
  const id = await add('KNOWN_BAD', h);
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches.length, 1, 'the writer sees it at once');
  assert.equal((await other.hashbank.lookup('pdq', h)).matches.length, 0, 'the other process has not refreshed yet');
  await other.hashbank.refresh();
  assert.equal((await other.hashbank.lookup('pdq', h)).matches[0]?.entryId, id);
  await t.ctx.hashbank.withdrawEntry(id, 'added by mistake', analyst);
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches.length, 0);
  await other.hashbank.refresh();
  assert.equal((await other.hashbank.lookup('pdq', h)).matches.length, 0);
  const { events } = await t.ctx.hashbank.getEntry(id);
  assert.deepEqual(
    events.map((e) => e.kind),
    ['created', 'withdrawn'],
  );
});

test('concurrent writers in two processes: both indexes end with exactly what the database holds', async () => {
  const bank = await t.ctx.hashbank.getBank('KNOWN_BAD');
  const writes = [];
  for (let i = 0; i < 40; i++) {
    const ctx = i % 2 === 0 ? t.ctx : other;
    writes.push(
      ctx.hashbank.addEntries([{ bankId: bank.id, signals: { pdq: hex(1000 + i) } }], cliActor, {
        action: 'hashbank.entry-added',
      }),
    );
  }
  const ids = (await Promise.all(writes)).flat();
  await Promise.all([t.ctx.hashbank.refresh(), other.hashbank.refresh()]);
  for (const ctx of [t.ctx, other]) {
    for (let i = 0; i < 40; i++) {
      const found = await ctx.hashbank.lookup('pdq', hex(1000 + i));
      assert.deepEqual(
        found.matches.map((m) => m.entryId),
        [ids[i]],
        `entry ${i}`,
      );
    }
  }
});

test('a fresh process builds its index from the database', async () => {
  const connectionString = t.ownerUrl;
  const third = await createContext(t.config, {
    connectionString,
    logger: createLogger({ level: 'silent' }),
    poolSize: 2,
  });
  try {
    const h = hex(1);
    assert.equal((await third.hashbank.lookup('pdq', h)).matches.length, 1);
    assert.equal((await third.hashbank.lookup('pdq', hex(3))).matches.length, 0, 'withdrawn entries are not loaded');
  } finally {
    await third.close();
  }
});

test('concurring assessments confirm an entry; its legal categories come from the scheme tables', async () => {
  const h = hex(4);
  const id = await add('KNOWN_BAD', h);
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches[0]?.confirmed, false);
  await assert.rejects(t.ctx.hashbank.assessEntry(id, 'concur', analyst), { code: 'HASHBANK_ALREADY_ASSESSED' });
  assert.deepEqual(await t.ctx.hashbank.assessEntry(id, 'concur', { type: 'user', id: 'analyst-2' }), {
    status: 'confirmed',
  });
  assert.equal((await t.ctx.hashbank.lookup('pdq', h)).matches[0]?.confirmed, true);
  const { legalCategories } = await t.ctx.hashbank.getEntry(id);
  assert.deepEqual(legalCategories, {
    ca_criminal_code: '163.1(1)(a)(ii)',
    uk_abc: 'C',
    industry_a1b2: 'A2',
    interpol_baseline: 'baseline',
  });
});

test('exact digests match by value', async () => {
  const bank = await t.ctx.hashbank.getBank('KNOWN_BAD');
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  await t.ctx.hashbank.addEntries([{ bankId: bank.id, signals: { md5 } }], cliActor, {
    action: 'hashbank.entry-added',
  });
  assert.deepEqual(
    (await t.ctx.hashbank.lookup('video_md5', md5.toUpperCase())).matches.map((m) => [m.signalType, m.distance]),
    [['md5', 0]],
  );
});
