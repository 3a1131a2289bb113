import { restoreEmptiedTables } from './access/index.ts';
import { anchorAuditHead, forgetAuditAnchor } from './audit/index.ts';
import type { AppContext } from './context.ts';
import { migrations } from './migrations/index.ts';
import { restoreDatabase } from './platform/db/backup.ts';

/** Loads a backup into a new installation; sessions copied from the old one do not come back. */
export async function restoreInstallation(ctx: AppContext, dataDir: string, file: string) {
  const result = await restoreDatabase(ctx.pool, dataDir, file, Object.keys(migrations), {
    emptyTables: restoreEmptiedTables,
  });
  // The old installation's anchored head may be ahead of the backup's snapshot: the restored
  // chain is the new truth, anchored afresh.
  await forgetAuditAnchor(dataDir);
  await anchorAuditHead(ctx.db, dataDir, ctx.now());
  return result;
}
