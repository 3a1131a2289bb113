import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createStaffSession, createTestApp } from '@vigie/testkit';

// Personal data (contact details, addresses) is erased by the hourly job once reports are older
// than the retention setting (the environment's, or the one an administrator set since); the
// reports themselves stay.

let t: Awaited<ReturnType<typeof createTestApp>>;
let clock = new Date('2026-01-01T12:00:00Z');
before(async () => {
  t = await createTestApp(
    { VIGIE_INTAKE_RETENTION_DAYS: '30', VIGIE_INTAKE_STORE_ADDRESS: 'true' },
    { now: () => clock },
  );
});
after(() => t.close());

test('contact details and addresses past retention are erased, reports kept', async () => {
  const origin = {
    source: 'api' as const,
    language: 'en',
    address: '192.0.2.7',
    actor: { type: 'anonymous' as const, address: '192.0.2.7' },
  };
  const old = await t.ctx.intake.submitReport(
    {
      type: 'luring',
      description: 'An adult asked a child to meet (synthetic).',
      anonymous: false,
      reporter: { contact: { email: 'parent@example.org' } },
    },
    origin,
  );
  clock = new Date('2026-01-25T12:00:00Z');
  const recent = await t.ctx.intake.submitReport(
    {
      type: 'luring',
      description: 'Another synthetic report.',
      anonymous: false,
      reporter: { contact: { email: 'other@example.org' } },
    },
    origin,
  );

  clock = new Date('2026-02-05T12:00:00Z');
  await t.ctx.enqueue(t.ctx.db, 'intake.erase-personal-data', {});
  await t.drain();

  const rows = await t.ctx.db
    .selectFrom('report')
    .select(['id', 'contact_ciphertext', 'reporter_address', 'personal_data_erased_at'])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  assert.equal(byId.get(old.id)?.contact_ciphertext, null);
  assert.equal(byId.get(old.id)?.reporter_address, null);
  assert.ok(byId.get(old.id)?.personal_data_erased_at);
  assert.ok(byId.get(recent.id)?.contact_ciphertext, 'a report inside the retention period keeps its contact details');
  assert.equal(byId.get(recent.id)?.reporter_address, '192.0.2.7');
});

test('a retention changed at run time is what the next erase applies; a reset goes back to the environment', async () => {
  const origin = {
    source: 'api' as const,
    language: 'en',
    address: '192.0.2.8',
    actor: { type: 'anonymous' as const },
  };
  const report = await t.ctx.intake.submitReport(
    {
      type: 'luring',
      description: 'A third synthetic report.',
      anonymous: false,
      reporter: { contact: { email: 'third@example.org' } },
    },
    origin,
  );
  clock = new Date(clock.getTime() + 10 * 86_400_000);
  // A session opened now (the clock moved on).
  const admin = await createStaffSession(t.ctx, 'administrator');
  const change = (payload: object, headers = admin.headers) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/settings/retention', headers, payload });
  const read = await t.app.inject({ url: '/api/v1/settings/retention', headers: admin.headers });
  assert.deepEqual(read.json(), {
    settings: { intakeRetentionDays: 30 },
    defaults: { intakeRetentionDays: 30 },
    changed: [],
  });
  assert.equal((await change({ intakeRetentionDays: -1 })).statusCode, 400);
  assert.equal((await change({ intakeRetentionDays: 5, reset: ['intakeRetentionDays'] })).statusCode, 400);
  const contactOf = async () =>
    (
      await t.ctx.db
        .selectFrom('report')
        .select('contact_ciphertext')
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow()
    ).contact_ciphertext;

  // Ten days old: kept under 30 days, erased once an administrator sets 7.
  await t.ctx.enqueue(t.ctx.db, 'intake.erase-personal-data', {});
  await t.drain();
  assert.ok(await contactOf());
  const changed = await change({ intakeRetentionDays: 7 });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.deepEqual(changed.json().changed, ['intakeRetentionDays']);
  await t.ctx.enqueue(t.ctx.db, 'intake.erase-personal-data', {});
  await t.drain();
  assert.equal(await contactOf(), null);

  const reset = await change({ reset: ['intakeRetentionDays'] });
  assert.deepEqual(reset.json().settings, { intakeRetentionDays: 30 });
  const audit = await t.ctx.db
    .selectFrom('audit_event')
    .select('details')
    .where('action', '=', 'settings.retention-changed')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.details),
    [
      { from: 30, to: 7 },
      { from: 7, to: 30 },
    ],
  );
});
