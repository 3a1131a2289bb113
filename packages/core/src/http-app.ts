import { sql } from 'kysely';
import { installAccessGuard } from './access/access.guard.ts';
import { registerAccessRoutes } from './access/access.routes.ts';
import { registerAuditRoutes } from './audit/index.ts';
import type { AppContext } from './context.ts';
import { errorCatalogue } from './error-catalogue.ts';
import { registerHashbankRoutes } from './hashbank/index.ts';
import { registerIntakeRoutes } from './intake/index.ts';
import { createMetrics, instrumentRequests } from './platform/http/metrics.ts';
import { createHttpServer, type HttpServer } from './platform/http/server.ts';
import { registerConsoleRoutes } from './system/console.routes.ts';
import { registerSystemRoutes } from './system/system.routes.ts';
import { registerTiplineRoutes } from './tipline/index.ts';
import { version } from './version.ts';

export type HttpAppOptions = { consoleDir?: string | undefined; roles?: readonly string[] };

/** The API role's HTTP application: every feature's routes behind the one access guard. */
export async function buildHttpApp(ctx: AppContext, options: HttpAppOptions = {}): Promise<HttpServer> {
  const app = await createHttpServer({
    logger: ctx.logger,
    trustedProxies: ctx.config.trustedProxies,
    version,
    errors: errorCatalogue,
  });
  const metrics = createMetrics([
    {
      name: 'vigie_jobs_queued',
      help: 'Jobs waiting to run, by task',
      labels: ['task'],
      collect: async () => {
        const rows = await sql<{
          task: string;
          n: number;
        }>`select task_identifier as task, count(*)::int as n from graphile_worker.jobs where locked_at is null and attempts < max_attempts group by 1`.execute(
          ctx.db,
        );
        return rows.rows.map((r) => ({ labels: { task: r.task }, value: r.n }));
      },
    },
    {
      name: 'vigie_jobs_failing',
      help: 'Jobs whose last attempt failed (retrying or given up), by task',
      labels: ['task'],
      collect: async () => {
        const rows = await sql<{
          task: string;
          n: number;
        }>`select task_identifier as task, count(*)::int as n from graphile_worker.jobs where last_error is not null group by 1`.execute(
          ctx.db,
        );
        return rows.rows.map((r) => ({ labels: { task: r.task }, value: r.n }));
      },
    },
    {
      name: 'vigie_jobs_failed_permanently_total',
      help: 'Jobs that failed with a permanent error',
      collect: async () => [
        {
          value: Number(
            (
              await ctx.db
                .selectFrom('job_failure')
                .select((e) => e.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        },
      ],
    },
    {
      name: 'vigie_db_pool_connections',
      help: 'Database pool connections by state',
      labels: ['state'],
      collect: async () => [
        { labels: { state: 'total' }, value: ctx.pool.totalCount },
        { labels: { state: 'idle' }, value: ctx.pool.idleCount },
        { labels: { state: 'waiting' }, value: ctx.pool.waitingCount },
      ],
    },
  ]);
  instrumentRequests(app, metrics);
  installAccessGuard(app, ctx.access, ctx.config.apiKeyRatePerMinute);
  registerSystemRoutes(app, { db: ctx.db, metrics, version, roles: options.roles ?? ['api'] });
  registerAccessRoutes(app, ctx.access, { cookieSecure: ctx.config.cookieSecure });
  registerAuditRoutes(app, ctx.db);
  await registerIntakeRoutes(app, ctx.intake, { keepAnonymousAddress: ctx.config.intakeStoreAddress });
  await registerTiplineRoutes(app, ctx.intake, { config: ctx.config, now: ctx.now });
  await registerHashbankRoutes(app, ctx);
  await registerConsoleRoutes(app, options.consoleDir ?? ctx.config.consoleDir);
  await app.ready();
  return app;
}
