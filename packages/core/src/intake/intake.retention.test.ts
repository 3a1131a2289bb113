import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestContext, type TestContext } from '@vigie/testkit';

// Personal data (contact details, addresses) is erased by the hourly job once reports are older
// than the retention setting; the reports themselves stay.

let t: TestContext;
let clock = new Date('2026-01-01T12:00:00Z');
before(async () => {
  t = await createTestContext(
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
