import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-29-0100-foundation.ts';
import * as intake from './2026-11-29-0200-intake.ts';
import * as hashbank from './2026-11-29-0300-hashbank.ts';
import * as hashbankListChanges from './2026-11-29-0500-hashbank-list-changes.ts';
import * as hashbankGrantCurate from './2026-11-30-0100-hashbank-grant-curate.ts';
import * as hashbankSubmissions from './2026-11-30-0200-hashbank-submissions.ts';
import * as reportRegion from './2026-12-01-0100-report-region.ts';
import * as reportReceipt from './2026-12-01-0200-report-receipt.ts';
import * as reportTypeOther from './2026-12-01-0300-report-type-other.ts';
import * as sharedLimits from './2026-12-01-0400-shared-limits.ts';
import * as crawler from './2026-12-02-0100-crawler.ts';
import * as crawlUrlDue from './2026-12-03-0050-crawl-url-due.ts';
import * as hmaClients from './2026-12-03-0100-hma-clients.ts';
import * as hosting from './2026-12-03-0200-hosting.ts';
import * as notices from './2026-12-03-0300-notices.ts';
import * as casework from './2026-12-04-0100-casework.ts';
import * as statistics from './2026-12-04-0700-statistics.ts';
import * as rechecks from './2026-12-05-0100-rechecks.ts';
import * as exchanges from './2026-12-05-0200-exchanges.ts';
import * as blocklist from './2026-12-05-0300-blocklist.ts';
import * as referrals from './2026-12-05-0400-referrals.ts';
import * as review from './2026-12-05-0500-review.ts';
import * as statisticsRollups from './2026-12-05-0600-statistics-rollups.ts';
import * as installationSettings from './2026-12-05-0700-installation-settings.ts';
import * as auditSearch from './2026-12-06-0100-audit-search.ts';
import * as alertDrafts from './2026-12-06-0200-alert-drafts.ts';
import * as noticeTemplates from './2026-12-07-0100-notice-templates.ts';
import * as recipientPrivateCa from './2026-12-07-0200-recipient-private-ca.ts';
import * as retentionSetting from './2026-12-07-0300-retention-setting.ts';
import * as grantNotify from './2026-12-08-0100-grant-notify.ts';

// The one explicit, ordered list of migrations. Add new ones at the end; never edit a shipped one.
export const migrations: Record<string, Migration> = {
  '2026-11-29-0100-foundation': foundation,
  '2026-11-29-0200-intake': intake,
  '2026-11-29-0300-hashbank': hashbank,
  '2026-11-29-0500-hashbank-list-changes': hashbankListChanges,
  '2026-11-30-0100-hashbank-grant-curate': hashbankGrantCurate,
  '2026-11-30-0200-hashbank-submissions': hashbankSubmissions,
  '2026-12-01-0100-report-region': reportRegion,
  '2026-12-01-0200-report-receipt': reportReceipt,
  '2026-12-01-0300-report-type-other': reportTypeOther,
  '2026-12-01-0400-shared-limits': sharedLimits,
  '2026-12-02-0100-crawler': crawler,
  '2026-12-03-0050-crawl-url-due': crawlUrlDue,
  '2026-12-03-0100-hma-clients': hmaClients,
  '2026-12-03-0200-hosting': hosting,
  '2026-12-03-0300-notices': notices,
  '2026-12-04-0100-casework': casework,
  '2026-12-04-0700-statistics': statistics,
  '2026-12-05-0100-rechecks': rechecks,
  '2026-12-05-0200-exchanges': exchanges,
  '2026-12-05-0300-blocklist': blocklist,
  '2026-12-05-0400-referrals': referrals,
  '2026-12-05-0500-review': review,
  '2026-12-05-0600-statistics-rollups': statisticsRollups,
  '2026-12-05-0700-installation-settings': installationSettings,
  '2026-12-06-0100-audit-search': auditSearch,
  '2026-12-06-0200-alert-drafts': alertDrafts,
  '2026-12-07-0100-notice-templates': noticeTemplates,
  '2026-12-07-0200-recipient-private-ca': recipientPrivateCa,
  '2026-12-07-0300-retention-setting': retentionSetting,
  '2026-12-08-0100-grant-notify': grantNotify,
};
