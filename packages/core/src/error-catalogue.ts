import { AccessError } from './access/index.ts';
import { BlocklistError } from './blocklist/index.ts';
import { CaseworkError } from './casework/index.ts';
import { CrawlerError } from './crawler/index.ts';
import { ExchangeError } from './exchanges/index.ts';
import { HashbankError } from './hashbank/index.ts';
import { HostingError } from './hosting/index.ts';
import { IntakeError } from './intake/index.ts';
import { NoticeError } from './notices/index.ts';
import { NoticeTemplateError } from './notice-templates/index.ts';
import { ReferralError } from './referrals/index.ts';
import { OutboxError } from './outbox/index.ts';
import { RecheckError } from './rechecks/index.ts';
import { StatisticsError } from './statistics/index.ts';
import { PlatformError, mergeErrorCatalogues } from './platform/errors.ts';
import { NetError } from './platform/net/net.errors.ts';
import { StorageError } from './platform/storage/index.ts';
import { ReviewError } from './review/index.ts';

/** Every module's error codes: the HTTP mapper answers only these, docs/errors.md lists them. */
export const errorCatalogue = mergeErrorCatalogues([
  PlatformError.catalogue,
  NetError.catalogue,
  StorageError.catalogue,
  AccessError.catalogue,
  IntakeError.catalogue,
  HashbankError.catalogue,
  CrawlerError.catalogue,
  OutboxError.catalogue,
  NoticeError.catalogue,
  NoticeTemplateError.catalogue,
  ReferralError.catalogue,
  HostingError.catalogue,
  CaseworkError.catalogue,
  RecheckError.catalogue,
  ExchangeError.catalogue,
  BlocklistError.catalogue,
  ReviewError.catalogue,
  StatisticsError.catalogue,
]);
