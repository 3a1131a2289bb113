import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';

// timestamptz and bigint come back as Date and string by default; counts as strings are a
// classic source of '1' + 1 bugs, so int8 is parsed to number where it is safe.
pg.types.setTypeParser(20, (value) => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
});

/** PostgreSQL's unique_violation: a domain rule backed by a unique constraint was hit. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

export type Executor<DB> = Kysely<DB> | Transaction<DB>;

export type DatabaseHandle<DB> = {
  db: Kysely<DB>;
  pool: pg.Pool;
  close(): Promise<void>;
};

export function connectDatabase<DB>(connectionString: string, options: { max?: number } = {}): DatabaseHandle<DB> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 20, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    async close() {
      if (!pool.ended) await db.destroy();
    },
  };
}
