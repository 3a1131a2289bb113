import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-29-0100-foundation.ts';

// The one explicit, ordered list of migrations. Add new ones at the end; never edit a shipped one.
export const migrations: Record<string, Migration> = {
  '2026-11-29-0100-foundation': foundation,
};
