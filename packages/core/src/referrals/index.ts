export { createReferralsService } from './referrals.service.ts';
export type { ReferralsOptions, ReferralsService } from './referrals.service.ts';
export { registerReferralsRoutes } from './referrals.routes.ts';
export { registerRecipientRoutes } from './recipients.routes.ts';
export { createReferralsJobHandlers } from './referrals.jobs.ts';
export { createOpenpgpEmailSender } from './openpgp-email-sender.ts';
export { createSftpSender, hostKeyFingerprint } from './sftp-sender.ts';
export { createHttpsApiSender } from './https-api-sender.ts';
export { ReferralError } from './referrals.errors.ts';
export { appendOnlyReferralTables } from './referrals.tables.ts';
export type { ReferralsTables } from './referrals.tables.ts';
export type { RecipientDirectory } from './recipient-directory.ts';
export type {
  CountryOfAddress,
  Referral,
  ReferralRecipient,
  ReferralRequest,
  ReferralRule,
} from './referrals.types.ts';
