import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { PlatformError } from '../errors.ts';

// Forward-only: migrations have no `down`. Their order is the explicit index the caller passes,
// never a directory listing, so a stray file cannot run.
export async function migrateToLatest(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new PlatformError('INTERNAL', `migration ${failed} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
