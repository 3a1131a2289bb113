import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { appendAuditEvent, appendAuditEvents, verifyAuditChain } from './audit.repository.ts';

let t: TestContext;
before(async () => {
  t = await createTestContext();
});
after(() => t.close());

async function appendMany(n: number) {
  for (let i = 0; i < n; i++) {
    await t.ctx.db.transaction().execute((trx) =>
      appendAuditEvent(
        trx,
        { type: 'user', id: `u${i}`, address: '127.0.0.1' },
        {
          action: 'test.event',
          subjectType: 'thing',
          subjectId: String(i),
          details: { i, nested: { b: 1, a: [1, 2] } },
        },
        new Date(),
      ),
    );
  }
}

/** Tampering as a database superuser would do it: switch the append-only trigger off first. */
async function tamper(...statements: Array<ReturnType<typeof sql>>) {
  await t.ctx.db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    for (const statement of statements) await statement.execute(trx);
  });
}

beforeEach(async () => {
  await tamper(sql`delete from audit_event`);
});

test('an untouched chain verifies', async () => {
  await appendMany(5);
  const result = await verifyAuditChain(t.ctx.db, 2);
  assert.deepEqual({ ok: result.ok, checked: result.checked }, { ok: true, checked: 5 });
});

test('the application cannot update or delete audit rows', async () => {
  await appendMany(1);
  await assert.rejects(sql`update audit_event set action = 'x'`.execute(t.ctx.db), /append-only/);
  await assert.rejects(sql`delete from audit_event`.execute(t.ctx.db), /append-only/);
});

test('a changed row is named', async () => {
  await appendMany(5);
  await tamper(sql`update audit_event set details = '{"i": 99}' where seq = 3`);
  const result = await verifyAuditChain(t.ctx.db);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.firstBadSeq, 3);
});

test('a deleted row is named', async () => {
  await appendMany(5);
  await tamper(sql`delete from audit_event where seq = 2`);
  const result = await verifyAuditChain(t.ctx.db);
  assert.equal(!result.ok && result.firstBadSeq, 2);
});

test('reordered rows are caught', async () => {
  await appendMany(5);
  await tamper(
    sql`update audit_event set seq = -1 where seq = 2`,
    sql`update audit_event set seq = 2 where seq = 4`,
    sql`update audit_event set seq = 4 where seq = -1`,
  );
  const result = await verifyAuditChain(t.ctx.db);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.firstBadSeq, 2);
});

test('concurrent appends still form one chain', async () => {
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      t.ctx.db
        .transaction()
        .execute((trx) =>
          appendAuditEvent(trx, { type: 'system' }, { action: 'test.parallel', details: { i } }, new Date()),
        ),
    ),
  );
  const result = await verifyAuditChain(t.ctx.db);
  assert.deepEqual({ ok: result.ok, checked: result.checked }, { ok: true, checked: 20 });
});

test('a batch appended together continues the chain', async () => {
  await appendMany(2);
  await t.ctx.db.transaction().execute((trx) =>
    appendAuditEvents(
      trx,
      [1, 2, 3].map((i) => ({
        actor: { type: 'anonymous' as const },
        entry: { action: 'test.batch', details: { i } },
      })),
      new Date(),
    ),
  );
  await appendMany(1);
  const result = await verifyAuditChain(t.ctx.db);
  assert.deepEqual({ ok: result.ok, checked: result.checked }, { ok: true, checked: 6 });
});
