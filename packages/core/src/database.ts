import type { AccessTables } from './access/access.tables.ts';
import type { AuditTables } from './audit/audit.tables.ts';
import type { BlocklistTables } from './blocklist/blocklist.tables.ts';
import type { CaseworkTables } from './casework/casework.tables.ts';
import type { ExchangesTables } from './exchanges/exchanges.tables.ts';
import type { CrawlerTables } from './crawler/crawler.tables.ts';
import type { HostingTables } from './hosting/hosting.tables.ts';
import type { HashbankTables } from './hashbank/hashbank.tables.ts';
import type { IntakeTables } from './intake/intake.tables.ts';
import type { NoticesTables } from './notices/notices.tables.ts';
import type { OutboxTables } from './outbox/outbox.tables.ts';
import type { RechecksTables } from './rechecks/rechecks.tables.ts';
import type { ReviewTables } from './review/review.tables.ts';
import type { JobTables } from './platform/jobs/job.tables.ts';
import type { ReferralsTables } from './referrals/referrals.tables.ts';
import type { StatisticsTables } from './statistics/statistics.tables.ts';
import type { Executor } from './platform/db/database.ts';
import type { SettingsTables } from './settings/index.ts';
import type { NoticeTemplatesTables } from './notice-templates/notice-templates.tables.ts';

/** The whole schema as Kysely sees it: each feature contributes its tables. */
export type Database = AccessTables &
  AuditTables &
  JobTables &
  IntakeTables &
  HashbankTables &
  CrawlerTables &
  OutboxTables &
  NoticesTables &
  HostingTables &
  CaseworkTables &
  RechecksTables &
  ExchangesTables &
  BlocklistTables &
  ReferralsTables &
  ReviewTables &
  StatisticsTables &
  SettingsTables &
  NoticeTemplatesTables;
export type Db = Executor<Database>;
