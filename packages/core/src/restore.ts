import { restoreEmptiedTables } from './access/index.ts';
import type { AppContext } from './context.ts';
import { migrations } from './migrations/index.ts';
import { restoreDatabase } from './platform/db/backup.ts';

/** Loads a backup into a new installation; sessions copied from the old one do not come back. */
export function restoreInstallation(ctx: AppContext, dataDir: string, file: string) {
  return restoreDatabase(ctx.pool, dataDir, file, Object.keys(migrations), { emptyTables: restoreEmptiedTables });
}
