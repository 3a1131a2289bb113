import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { backupDatabase, restoreInstallation } from '@vigie/core';
import { createStaffSession, createTestContext, type TestContext } from '@vigie/testkit';

let source: TestContext;
let target: TestContext;
let scratch: string;
before(async () => {
  // Backup and restore run as the database owner, as the CLI does.
  [source, target] = await Promise.all([
    createTestContext({}, { asOwner: true }),
    createTestContext({}, { asOwner: true }),
  ]);
  scratch = await mkdtemp(join(tmpdir(), 'vigie-restore-'));
});
after(async () => {
  await Promise.all([source.close(), target.close()]);
  await rm(scratch, { recursive: true, force: true });
});

test('a restore keeps the accounts and ends the sessions copied from the old installation', async () => {
  const staff = await createStaffSession(source.ctx, 'analyst');
  const token = staff.cookie.split('=')[1] as string;
  assert.ok(await source.ctx.access.authenticateSession(token));
  const file = join(scratch, 'backup.vigie');
  await backupDatabase(source.ctx.pool, source.config.dataDir, file);

  await restoreInstallation(target.ctx, target.config.dataDir, file);
  const users = await target.ctx.access.listUsers();
  assert.ok(users.some((u) => u.email === staff.email && u.status === 'active'));
  assert.equal(await target.ctx.access.authenticateSession(token), undefined);
});
