import type { Kysely } from 'kysely';
import { jobSchemas } from '@vigie/contract';
import { createAccessService, type AccessService } from './access/index.ts';
import { appendOnlyAuditTables, systemActor } from './audit/index.ts';
import {
  appendOnlyBlocklistTables,
  createAppealsService,
  createBlocklistService,
  createFeedService,
  loadFeedKey,
  type AppealsService,
  type BlocklistService,
  type FeedService,
} from './blocklist/index.ts';
import {
  appendOnlyCaseworkTables,
  createCaseworkService,
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
import {
  createExchangesService,
  createPartnerExports,
  type ExchangesService,
  type PartnerExports,
} from './exchanges/index.ts';
import { createHashbankService, type HashbankService } from './hashbank/index.ts';
import { createHostingService, type HostingService } from './hosting/index.ts';
import { createIntakeService, type IntakeService } from './intake/index.ts';
import { migrations } from './migrations/index.ts';
import {
  appendOnlyNoticeTables,
  createNoticesService,
  hostingRecipients,
  type NoticesService,
  type RecipientResolver,
} from './notices/index.ts';
import { createEmailSender, createOutboxService, createWebhookSender, type OutboxService } from './outbox/index.ts';
import {
  createRecheckProbe,
  createRechecksService,
  hostingEscalation,
  reappearanceListener,
  type EscalationResolver,
  type RechecksService,
  type RemovalListener,
} from './rechecks/index.ts';
import { createSettingsService, type SettingsService } from './settings/index.ts';
import {
  createNoticeTemplatesService,
  loadTemplateSources,
  type NoticeTemplatesService,
} from './notice-templates/index.ts';
import { createStatisticsService, type StatisticsService } from './statistics/index.ts';
import { publicKeyInfo, signingKeyFromSeed, type SigningKeyInfo } from './platform/signing-key.ts';
import {
  appendOnlyReferralTables,
  createHttpsApiSender,
  createOpenpgpEmailSender,
  createReferralsService,
  createSftpSender,
  type CountryOfAddress,
  type ReferralsService,
} from './referrals/index.ts';
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
    statistics: StatisticsService;
    settings: SettingsService;
    noticeTemplates: NoticeTemplatesService;
    exchanges: ExchangesService;
    partnerExports: PartnerExports;
    /** Blocklist entries: nominate(trx, ...) for casework, contentGone(trx, ...) for re-checks. */
    blocklist: BlocklistService;
    blocklistAppeals: AppealsService;
    blocklistFeed: FeedService;
    /** The key the appeal form's tokens are signed with. */
    blocklistFormKey: Buffer;
    referrals: ReferralsService;
    /** The public half of the key webhook notices are signed with. */
    webhookSigningKey: SigningKeyInfo;
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
  /** Where case forwards and blocklist nominations go (default: forwards to referrals, nominations queued). */
  caseActionSinks: CaseActionSinks;
  /** Told in the transaction that records a removal (default: the blocklist delists the URL). */
  removalListener: RemovalListener;
  /** Who escalation turns to (default: the hosting feature's lookup). */
  escalationResolver: EscalationResolver;
  /** The country of an address for referrals' jurisdiction (the hosting feature's offline IP data; tests give their own). */
  referralCountryOf: CountryOfAddress;
  /** Extra certificate authorities every outbound fetch trusts (tests' self-signed loopback servers). */
  outboundCa: string;
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
            ...appendOnlyBlocklistTables,
            ...appendOnlyReferralTables,
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
    notifications,
    rateLimit: limiters.create,
    enqueue: (trx, name, payload, options) => enqueueJob(trx, jobSchemas, name, payload, options),
    enqueueMany: (trx, name, jobs) => enqueueJobs(trx, jobSchemas, name, jobs),
  });
  // Installation settings changed at run time (the public site's name, regions, help lines...).
  const settings = createSettingsService(deps);
  // Notice and follow-up templates: the files, or what an administrator saved over them.
  const noticeTemplates = createNoticeTemplatesService(deps, await loadTemplateSources(config.notices.templatesDir));
  const intake = createIntakeService(deps, {
    regions: () => settings.regionsNow(),
    retentionDays: async () => (await settings.retention.current()).intakeRetentionDays,
  });
  const outbound = createOutboundFromConfig(config, overrides.outboundCa ? { ca: overrides.outboundCa } : {});
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
  // Webhook notices are signed with an Ed25519 key derived from the intake key (never stored).
  const webhookKey = signingKeyFromSeed(intake.deriveSecret('vigie webhook signing v1'));
  const webhookSigningKey = publicKeyInfo(webhookKey.publicKey);
  const outbox = createOutboxService(deps, {
    email: createEmailSender(config.outbox.smtp, `Vigie`, now),
    webhook: createWebhookSender(outbound, now, webhookKey, webhookSigningKey.fingerprint),
    openpgp_email: createOpenpgpEmailSender(db, config.outbox.smtp, now),
    sftp: createSftpSender(db),
    https_api: createHttpsApiSender(db, outbound, now),
  });
  const hosting = createHostingService(deps, { outbound });
  // Who gets a notice: the provider directory, else RDAP's abuse contacts, else abuse@domain.
  const notices = createNoticesService(deps, outbox, {
    resolver: overrides.recipientResolver ?? hostingRecipients(hosting),
    templates: () => noticeTemplates.notices(),
    responseKey: intake.deriveSecret('vigie notice response link v1'),
  });
  outbox.register('notice', notices.outboxHooks());
  const blocklist = createBlocklistService(deps);
  const blocklistAppeals = createAppealsService(deps, blocklist);
  const blocklistFeed = createFeedService(deps, blocklist, await loadFeedKey(config.dataDir));
  // A case's "forward" is carried out by referrals (the analyst's recipient, or the rules and the
  // report's jurisdiction), in the decision's transaction; a referral's delivery comes back as the
  // decision's done or failed.
  const referrals = createReferralsService(deps, {
    outbox,
    store,
    countryOf: overrides.referralCountryOf ?? hosting.countryOf,
    decisions: async (trx, decisionId, state, details) => {
      await casework.updateDecision(trx, decisionId, state, details, systemActor);
    },
  });
  outbox.register('referral', referrals.outboxHooks());
  const caseActionSinks: CaseActionSinks = {
    forward: async (trx, input) => {
      await referrals.requestReferral(trx, input);
    },
    // Nominations become blocklist entries in the decision's transaction (done once they exist).
    nominateForBlocklist: async (trx, input) => {
      const { entries, invalid } = await blocklist.nominate(trx, input);
      const details = { entries: entries.map((e) => e.id), invalid };
      await casework.updateDecision(
        trx,
        input.decisionId,
        entries.length > 0 ? 'done' : 'failed',
        details,
        systemActor,
      );
    },
  };
  const casework = createCaseworkService(deps, {
    intake,
    crawler,
    outbox,
    notices,
    store,
    addressFacts: (address) => hosting.addressFacts(address),
    templates: () => noticeTemplates.replies(),
    sinks: overrides.caseActionSinks ?? caseActionSinks,
  });
  outbox.register('case_reply', casework.replyHooks());
  // Re-checks (Crockpot): through the crawler's fetcher (the outbound module, its limits).
  const rechecks = createRechecksService(deps, {
    outbox,
    probe: createRecheckProbe(outbound, crawlFetchLimits(config.crawl)),
    // A confirmed removal takes the URL's blocklist entries off the list (in the removal's transaction).
    removals: overrides.removalListener ?? {
      contentGone: async (trx, removal) => void (await blocklist.contentGone(trx, removal)),
    },
    escalation: overrides.escalationResolver ?? hostingEscalation(hosting),
    templates: () => noticeTemplates.followUps(),
  });
  // A reminder carries the notice's response link; an escalation goes to third parties, without it.
  outbox.register('notice_reminder', { replacements: notices.outboxHooks().replacements });
  outbox.register('notice_escalation', {});
  // Hash exchanges: credentials sealed and exports signed with keys derived from the intake key.
  const exchanges = createExchangesService(deps, {
    hashbank,
    outbound,
    credentialKey: intake.deriveSecret('vigie exchange credentials v1'),
  });
  const statistics = createStatisticsService(deps);
  const partnerExports = createPartnerExports(hashbank, intake.deriveSecret('vigie exchange export signing v1'), now);
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
    exchanges,
    partnerExports,
    blocklist,
    blocklistAppeals,
    blocklistFeed,
    blocklistFormKey: intake.deriveSecret('vigie blocklist appeal form v1'),
    referrals,
    statistics,
    settings,
    noticeTemplates,
    webhookSigningKey,
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
