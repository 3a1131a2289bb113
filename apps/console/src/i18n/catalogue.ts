// The console's catalogues: one messages file per area (English and French side by side, the
// French typed by the English keys, so a missing translation does not compile), merged here.
// A new area adds its file to both lists.
import * as alerts from './alerts.messages.ts';
import * as apiKeys from './api-keys.messages.ts';
import * as audit from './audit.messages.ts';
import * as caseMessages from './case.messages.ts';
import * as cases from './cases.messages.ts';
import * as auth from './auth.messages.ts';
import * as bankEntry from './bank-entry.messages.ts';
import * as banks from './banks.messages.ts';
import * as blocklist from './blocklist.messages.ts';
import * as common from './common.messages.ts';
import * as crawler from './crawler.messages.ts';
import * as exposure from './exposure.messages.ts';
import * as home from './home.messages.ts';
import * as notices from './notices.messages.ts';
import * as ops from './ops.messages.ts';
import * as providers from './providers.messages.ts';
import * as settings from './settings.messages.ts';
import * as review from './review.messages.ts';
import * as recipients from './recipients.messages.ts';
import * as referrals from './referrals.messages.ts';
import * as statistics from './statistics.messages.ts';
import * as templates from './templates.messages.ts';
import * as users from './users.messages.ts';

export const en = {
  ...common.en,
  ...auth.en,
  ...home.en,
  ...ops.en,
  ...users.en,
  ...apiKeys.en,
  ...alerts.en,
  ...audit.en,
  ...exposure.en,
  ...blocklist.en,
  ...cases.en,
  ...caseMessages.en,
  ...review.en,
  ...referrals.en,
  ...recipients.en,
  ...statistics.en,
  ...templates.en,
  ...providers.en,
  ...settings.en,
  ...banks.en,
  ...bankEntry.en,
  ...crawler.en,
  ...notices.en,
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Readonly<Record<MessageId, string>>;

export const fr: Catalogue = {
  ...common.fr,
  ...auth.fr,
  ...home.fr,
  ...ops.fr,
  ...users.fr,
  ...apiKeys.fr,
  ...alerts.fr,
  ...audit.fr,
  ...exposure.fr,
  ...blocklist.fr,
  ...cases.fr,
  ...caseMessages.fr,
  ...review.fr,
  ...referrals.fr,
  ...recipients.fr,
  ...statistics.fr,
  ...templates.fr,
  ...providers.fr,
  ...settings.fr,
  ...banks.fr,
  ...bankEntry.fr,
  ...crawler.fr,
  ...notices.fr,
};
