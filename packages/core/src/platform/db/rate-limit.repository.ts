import type pg from 'pg';

export async function readRateLimitSecret(pool: pg.Pool): Promise<Buffer> {
  const { rows } = await pool.query<{ secret: Buffer }>('select secret from rate_limit_secret');
  if (!rows[0]) throw new Error('rate_limit_secret is empty: run the migrations');
  return rows[0].secret;
}

/**
 * Leases up to `wanted` requests from a key's window (a new window starts from zero), never past
 * `limit`: the row lock makes each lease atomic. Returns what was granted and the window's total.
 */
export async function leaseRateLimit(
  pool: pg.Pool,
  key: string,
  windowStart: Date,
  wanted: number,
  limit: number,
): Promise<{ granted: number; total: number }> {
  const { rows } = await pool.query<{ count: number; last_grant: number }>(
    `insert into rate_limit_counter as c (key, window_start, count, last_grant)
     values ($1, $2, least($3::int, $4::int), least($3::int, $4::int))
     on conflict (key) do update set
       count = case when c.window_start = excluded.window_start
                 then least($4::int, c.count + $3::int) else least($3::int, $4::int) end,
       last_grant = case when c.window_start = excluded.window_start
                 then least($4::int, c.count + $3::int) - c.count else least($3::int, $4::int) end,
       window_start = excluded.window_start
     returning count, last_grant`,
    [key, windowStart, wanted, limit],
  );
  const row = rows[0];
  return { granted: Number(row?.last_grant ?? 0), total: Number(row?.count ?? limit) };
}

export async function deleteRateLimitCountersBefore(pool: pg.Pool, before: Date): Promise<void> {
  await pool.query('delete from rate_limit_counter where window_start < $1', [before]);
}
