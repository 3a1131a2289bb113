import type { Config, Role } from './platform/config.ts';
import { createContext, type AppContext } from './context.ts';
import { buildHttpApp } from './http-app.ts';
import { jobRunnerOptions, schedule } from './jobs.ts';
import { startJobRunner, type JobRunner } from './platform/jobs/job-queue.ts';
import { recordServerUrl } from './platform/server-registry.ts';
import type { HttpServer } from './platform/http/server.ts';

export type RunningVigie = { ctx: AppContext; url: string | undefined; stop(): Promise<void> };

/**
 * Starts the chosen roles in this process. stop() is graceful: the HTTP server stops accepting
 * and lets in-flight requests finish, the job runner lets running jobs finish, then the database
 * (and an embedded PostgreSQL no other Vigie process uses) stops.
 */
export async function startVigie(
  config: Config,
  roles: readonly Role[],
  options: { consoleDir?: string | undefined } = {},
): Promise<RunningVigie> {
  const ctx = await createContext(config);
  let app: HttpServer | undefined;
  let runner: JobRunner | undefined;
  let url: string | undefined;
  let forgetUrl = () => undefined as void;
  try {
    if (roles.includes('worker')) {
      runner = await startJobRunner({ ...jobRunnerOptions(ctx), concurrency: config.workerConcurrency, schedule });
    }
    if (roles.includes('api')) {
      app = await buildHttpApp(ctx, { consoleDir: options.consoleDir, roles });
      await app.listen({ host: config.host, port: config.port });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      forgetUrl = recordServerUrl(config.dataDir, url);
    }
    if (roles.includes('crawler')) {
      // Runs until stop(); a failure of the loop itself is logged, and the process keeps its other roles.
      void ctx.crawler.startCrawling().catch((error: unknown) => ctx.logger.error({ err: error }, 'crawler stopped'));
      ctx.logger.info({ concurrency: config.crawl.concurrency }, 'crawler started');
    }
  } catch (error) {
    await app?.close();
    await runner?.stop();
    await ctx.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    ctx,
    url,
    stop() {
      stopping ??= (async () => {
        forgetUrl();
        await app?.close();
        await runner?.stop();
        await ctx.close();
      })();
      return stopping;
    },
  };
}
