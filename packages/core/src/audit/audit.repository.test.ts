import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { createContext, createLogger, type AppContext } from '@vigie/core';
import { createTestContext, type TestContext } from '@vigie/testkit';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { anchorAuditHead, forgetAuditAnchor, verifyAuditTrail } from './audit-anchor.ts';
import { appendAuditEvent, appendAuditEvents, verifyAuditChain } from './audit.repository.ts';

// `t` connects as the database owner, to tamper as a superuser would; `app` as the services do.
let t: TestContext;
let app: AppContext;
before(async () => {
  t = await createTestContext({}, { asOwner: true });
  app = await createContext(t.config, {
    connectionString: t.ownerUrl,
    logger: createLogger({ level: 'silent' }),
    poolSize: 2,
  });
});
after(async () => {
  await app.close();
  await t.close();
});

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

test("the application's own database role can append to the trail but not change it or switch its guard off", async () => {
  await app.db
    .transaction()
    .execute((trx) => appendAuditEvent(trx, { type: 'system' }, { action: 'test.by-app' }, new Date()));
  const attempts = [
    sql`update audit_event set details = '{}'`,
    sql`delete from audit_event`,
    sql`truncate audit_event`,
    sql`alter table audit_event disable trigger user`,
    sql`drop trigger if exists audit_event_append_only on audit_event`,
    sql`set session_replication_role = replica`,
  ];
  for (const attempt of attempts) {
    await assert.rejects(
      app.db.transaction().execute((trx) => attempt.execute(trx)),
      (error: { code?: string }) => error.code === '42501',
      attempt.compile(app.db).sql,
    );
  }
  const owner = await t.ctx.db.selectFrom('audit_event').select('action').orderBy('seq', 'desc').executeTakeFirst();
  assert.equal(owner?.action, 'test.by-app');
});

test('events cut off the end are caught by the signed head anchored outside the database', async () => {
  await appendMany(4);
  const anchored = await anchorAuditHead(t.ctx.db, t.config.dataDir, new Date('2026-12-01T12:00:00Z'));
  assert.equal(anchored?.seq, 4);
  assert.equal((await verifyAuditTrail(t.ctx.db, t.config.dataDir)).ok, true);
  // The chain alone cannot tell: three events are still a valid chain.
  await tamper(sql`delete from audit_event where seq = 4`);
  assert.equal((await verifyAuditChain(t.ctx.db)).ok, true);
  const result = await verifyAuditTrail(t.ctx.db, t.config.dataDir);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /events 4 to 4 are missing/);
  // The anchor is never moved back to the shorter chain.
  assert.equal((await anchorAuditHead(t.ctx.db, t.config.dataDir, new Date()))?.seq, 4);
});

test('an anchor not signed by the installation is refused', async () => {
  await appendMany(2);
  await forgetAuditAnchor(t.config.dataDir);
  const anchored = await anchorAuditHead(t.ctx.db, t.config.dataDir, new Date());
  const file = join(t.config.dataDir, 'audit', 'head.json');
  await writeFile(file, JSON.stringify({ ...anchored, hash: '0'.repeat(64) }));
  const result = await verifyAuditTrail(t.ctx.db, t.config.dataDir);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /not signed/);
  await forgetAuditAnchor(t.config.dataDir);
});
