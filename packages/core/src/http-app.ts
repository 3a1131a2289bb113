import * as contract from '@vigie/contract';
import { accessSecuritySchemes, describeAccess, installAccessGuard, registerAccessRoutes } from './access/index.ts';
import { registerAuditRoutes } from './audit/index.ts';
import { registerAppealRoutes, registerBlocklistRoutes } from './blocklist/index.ts';
import { registerCaseworkRoutes } from './casework/index.ts';
import { crawlerMetrics, registerCrawlerRoutes } from './crawler/index.ts';
import type { AppContext } from './context.ts';
import { errorCatalogue } from './error-catalogue.ts';
import { createHmaExchangePort, registerExchangesRoutes } from './exchanges/index.ts';
import { registerHashbankRoutes } from './hashbank/index.ts';
import { registerHostingRoutes } from './hosting/index.ts';
import { registerIntakeRoutes } from './intake/index.ts';
import { registerNoticesRoutes } from './notices/index.ts';
import { rechecksMetrics, registerRechecksRoutes } from './rechecks/index.ts';
import { registerRecipientRoutes, registerReferralsRoutes } from './referrals/index.ts';
import { registerReviewRoutes } from './review/index.ts';
import { registerSettingsRoutes } from './settings/index.ts';
import { registerNoticeTemplatesRoutes } from './notice-templates/index.ts';
import { registerStatisticsRoutes } from './statistics/index.ts';
import { createMetrics, instrumentRequests } from './platform/http/metrics.ts';
import { jobQueueMetrics } from './platform/jobs/job-metrics.ts';
import { createHttpServer, type HttpServer } from './platform/http/server.ts';
import { registerConsoleRoutes, registerSystemRoutes } from './system/index.ts';
import { registerTiplineRoutes } from './tipline/index.ts';
import { version } from './version.ts';

export type HttpAppOptions = { consoleDir?: string | undefined; roles?: readonly string[] };

/** The API role's HTTP application: every feature's routes behind the one access guard. */
export async function buildHttpApp(ctx: AppContext, options: HttpAppOptions = {}): Promise<HttpServer> {
  const app = await createHttpServer({
    logger: ctx.logger,
    trustedProxies: ctx.config.trustedProxies,
    requestTimeoutSeconds: ctx.config.requestTimeoutSeconds,
    version,
    errors: errorCatalogue,
    // The contract's exported schemas and closed sets are the document's named components.
    openapi: { schemas: contract, securitySchemes: accessSecuritySchemes, describeAccess },
  });
  const metrics = createMetrics([
    ...jobQueueMetrics(ctx.db, ctx.pool),
    ...crawlerMetrics(ctx.db, ctx.crawler, ctx.now),
    ...rechecksMetrics(ctx.db, ctx.now),
  ]);
  instrumentRequests(app, metrics);
  installAccessGuard(
    app,
    ctx.access,
    ctx.rateLimit('api-key', ctx.config.apiKeyRatePerMinute, 60_000),
    ctx.config.hmaKeyless,
  );
  registerSystemRoutes(app, { db: ctx.db, metrics, version, roles: options.roles ?? ['api'] });
  registerAccessRoutes(app, ctx.access, {
    cookieSecure: ctx.config.cookieSecure,
    // Sign-in and enrolment attempts per address per minute, on top of the per-account lockout.
    signInLimiter: ctx.rateLimit('sign-in', 30, 60_000),
  });
  registerAuditRoutes(app, ctx.db, ctx.config.dataDir);
  await registerIntakeRoutes(app, ctx.intake, { keepAnonymousAddress: ctx.config.intakeStoreAddress });
  await registerTiplineRoutes(app, ctx.intake, {
    config: ctx.config,
    now: ctx.now,
    statistics: ctx.statistics,
    settings: () => ctx.settings.tipline(),
  });
  await registerHashbankRoutes(app, ctx.hashbank, { exchanges: createHmaExchangePort(ctx.exchanges) });
  registerExchangesRoutes(app, ctx.exchanges, ctx.partnerExports);
  registerCrawlerRoutes(app, ctx.crawler);
  registerNoticesRoutes(app, ctx.notices, ctx.config.notices, ctx.webhookSigningKey);
  registerHostingRoutes(app, ctx.hosting);
  registerCaseworkRoutes(app, ctx.casework);
  registerRechecksRoutes(app, ctx.rechecks, ctx.now);
  registerBlocklistRoutes(app, { entries: ctx.blocklist, appeals: ctx.blocklistAppeals, feed: ctx.blocklistFeed });
  registerAppealRoutes(app, ctx.blocklistAppeals, {
    formKey: ctx.blocklistFormKey,
    now: ctx.now,
    // Appeals per address per hour: a person appeals a few addresses, a script is stopped.
    limiter: ctx.rateLimit('blocklist-appeal', 20, 3_600_000),
  });
  registerReferralsRoutes(app, ctx.referrals);
  registerRecipientRoutes(app, ctx.referrals);
  registerReviewRoutes(app, ctx.review);
  registerStatisticsRoutes(app, ctx.statistics);
  registerSettingsRoutes(app, ctx.settings);
  registerNoticeTemplatesRoutes(app, ctx.noticeTemplates);
  await registerConsoleRoutes(app, options.consoleDir ?? ctx.config.consoleDir);
  await app.ready();
  return app;
}
