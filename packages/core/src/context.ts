import type { Kysely } from 'kysely';
import { jobSchemas } from '@vigie/contract';
import { createAccessService, type AccessService } from './access/index.ts';
import { appendOnlyAuditTables } from './audit/index.ts';
import {
  appendOnlyCaseworkTables,
  createCaseworkService,
  loadReplyTemplates,
  queuedActionSinks,
  type CaseActionSinks,
  type CaseworkService,
} from './casework/index.ts';
import type { Database } from './database.ts';
import {
  appendOnlyCrawlerTables,
  crawlFetchLimits,
  createCrawlerService,
  type CrawlerService,
} from './crawler/index.ts';
import { createHashbankService, type HashbankService } from './hashbank/index.ts';
import { createHostingService, type HostingService } from './hosting/index.ts';
import { createIntakeService, type IntakeService } from './intake/index.ts';
import { migrations } from './migrations/index.ts';
import {
  appendOnlyNoticeTables,
  createNoticesService,
  loadNoticeTemplates,
  hostingRecipients,
  type NoticesService,
  type RecipientResolver,
} from './notices/index.ts';
import { createEmailSender, createOutboxService, createWebhookSender, type OutboxService } from './outbox/index.ts';
import {
  createRecheckProbe,
  createRechecksService,
  hostingEscalation,
  loadFollowUpTemplates,
  noRemovalListener,
  reappearanceListener,
  type EscalationResolver,
  type RechecksService,
  type RemovalListener,
} from './rechecks/index.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import { ensureAppRole } from './platform/db/app-role.ts';
import { connectDatabase } from './platform/db/database.ts';
import { openEmbeddedPostgres } from './platform/db/embedded-postgres.ts';
import { createNotifications } from './platform/db/notifications.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { enqueueJob, enqueueJobs, migrateJobQueue } from './platform/jobs/job-queue.ts';
import { createRateLimiters } from './platform/http/shared-rate-limiter.ts';
import { createLogger, type Logger } from './platform/logging.ts';
import { createOutboundFromConfig } from './platform/net/outbound.ts';
import { createMediaStore } from './platform/storage/index.ts';
import { createReviewService, type ReviewService } from './review/index.ts';
import type { ServiceDeps } from './service-deps.ts';

export type AppContext = ServiceDeps &
  Readonly<{
    access: AccessService;
    intake: IntakeService;
    hashbank: HashbankService;
    crawler: CrawlerService;
    outbox: OutboxService;
    notices: NoticesService;
    hosting: HostingService;
    casework: CaseworkService;
    rechecks: RechecksService;
    review: ReviewService;
    close(): Promise<void>;
  }>;

export type ContextOverrides = Partial<{
  logger: Logger;
  connectionString: string;
  poolSize: number;
  now: Clock;
  /** Connect as the database owner (backup and restore, tests that tamper): never for serving. */
  asOwner: boolean;
  /** Who to notify for a URL (the hosting feature's resolver; tests give their own). */
  recipientResolver: RecipientResolver;
  /** Where case forwards and blocklist nominations go (default: recorded as queued). */
  caseActionSinks: CaseActionSinks;
  /** Told in the transaction that records a removal (the blocklist; default: nobody). */
  removalListener: RemovalListener;
  /** Who escalation turns to (default: the hosting feature's lookup). */
  escalationResolver: EscalationResolver;
}>;

/**
 * The composition root: opens the database (embedded unless DATABASE_URL is set), brings its
 * schema up to date and wires the services by hand. No container, no globals.
 */
export async function createContext(config: Config, overrides: ContextOverrides = {}): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const embedded =
    overrides.connectionString || config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir, logger);
  const ownerUrl = overrides.connectionString ?? config.databaseUrl ?? (embedded?.connectionString as string);
  let connectionString: string;
  try {
    // Migrations run as the owner; the services then run as a role that owns nothing.
    const owner = connectDatabase<Database>(ownerUrl, { max: 2 });
    try {
      await migrateToLatest(owner.db as Kysely<unknown>, migrations);
      await migrateJobQueue(owner.pool);
    } finally {
      await owner.close();
    }
    connectionString = overrides.asOwner
      ? ownerUrl
      : (config.appDatabaseUrl ??
        (await ensureAppRole(ownerUrl, {
          appendOnlyTables: [
            ...appendOnlyAuditTables,
            ...appendOnlyCrawlerTables,
            ...appendOnlyNoticeTables,
            ...appendOnlyCaseworkTables,
          ],
          extraSchemas: ['graphile_worker'],
        })));
  } catch (error) {
    await embedded?.release();
    throw error;
  }
  const { db, pool, close } = connectDatabase<Database>(connectionString, { max: overrides.poolSize ?? 20 });
  const now = overrides.now ?? systemClock;
  const notifications = createNotifications(connectionString, logger);
  const limiters = createRateLimiters(pool, now);
  const access = createAccessService(db, config, now, notifications);
  const deps: ServiceDeps = Object.freeze({
    config,
    logger,
    db,
    pool,
    now,
    rateLimit: limiters.create,
    enqueue: (trx, name, payload, options) => enqueueJob(trx, jobSchemas, name, payload, options),
    enqueueMany: (trx, name, jobs) => enqueueJobs(trx, jobSchemas, name, jobs),
  });
  const intake = createIntakeService(deps);
  const outbound = createOutboundFromConfig(config);
  const hashbank = createHashbankService(deps, outbound);
  const store = await createMediaStore(config, logger);
  const crawler = createCrawlerService(
    {
      ...deps,
      outbound,
      store,
      userAgent: config.fetchUserAgent,
      // Media found again after a removal: recidivism, linked to the earlier notice.
      detectionsRecorded: reappearanceListener(now).detectionsRecorded,
    },
    hashbank,
  );
  const outbox = createOutboxService(deps, {
    email: createEmailSender(config.outbox.smtp, `Vigie`, now),
    webhook: createWebhookSender(outbound, now),
  });
  const hosting = createHostingService(deps, { outbound });
  // Who gets a notice: the provider directory, else RDAP's abuse contacts, else abuse@domain.
  const notices = createNoticesService(deps, outbox, {
    resolver: overrides.recipientResolver ?? hostingRecipients(hosting),
    templates: await loadNoticeTemplates(config.notices.templatesDir),
    responseKey: intake.deriveSecret('vigie notice response link v1'),
  });
  outbox.register('notice', notices.outboxHooks());
  const casework = createCaseworkService(deps, {
    intake,
    crawler,
    outbox,
    notices,
    store,
    addressFacts: (address) => hosting.addressFacts(address),
    templates: await loadReplyTemplates(),
    sinks: overrides.caseActionSinks ?? queuedActionSinks,
  });
  outbox.register('case_reply', casework.replyHooks());
  // Re-checks (Crockpot): through the crawler's fetcher (the outbound module, its limits).
  const rechecks = createRechecksService(deps, {
    outbox,
    probe: createRecheckProbe(outbound, crawlFetchLimits(config.crawl)),
    removals: overrides.removalListener ?? noRemovalListener,
    escalation: overrides.escalationResolver ?? hostingEscalation(hosting),
    templates: await loadFollowUpTemplates(config.notices.templatesDir),
  });
  // A reminder carries the notice's response link; an escalation goes to third parties, without it.
  outbox.register('notice_reminder', { replacements: notices.outboxHooks().replacements });
  outbox.register('notice_escalation', {});
  const review = createReviewService(deps, { hashbank, store });
  return Object.freeze({
    ...deps,
    access,
    intake,
    hashbank,
    crawler,
    outbox,
    notices,
    hosting,
    casework,
    rechecks,
    review,
    async close() {
      await crawler.close();
      await hashbank.close();
      await outbox.close();
      await outbound.close();
      await store.close();
      await intake.close();
      await notifications.close();
      await close();
      await embedded?.release();
    },
  });
}
