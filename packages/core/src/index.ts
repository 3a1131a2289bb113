// The public surface of @vigie/core: what the server binary, the tests and the benchmarks use.
export { createAccessService, apiScopes, isAllowed, organisationKinds, staffRoles } from './access/index.ts';
export type { AccessService, ApiScope, Principal, StaffRole, StaffUser } from './access/index.ts';
export {
  anchorAuditHead,
  appendAuditEvent,
  cliActor,
  readAuditAnchor,
  systemActor,
  verifyAuditChain,
  verifyAuditTrail,
} from './audit/index.ts';
export type { Actor, AuditVerification } from './audit/index.ts';
export { createContext } from './context.ts';
export { parseDeliveryReport } from './outbox/index.ts';
export type { BounceOutcome, DeliveryReport } from './outbox/index.ts';
export type { AppContext, ContextOverrides } from './context.ts';
export type { Database } from './database.ts';
export { buildHttpApp } from './http-app.ts';
export { createJobHandlers, jobRunnerOptions } from './jobs.ts';
export { errorCatalogue } from './error-catalogue.ts';
export { AppError, isAppError, listErrorCodes } from './platform/errors.ts';
export { describeConfig, parseConfig, roles } from './platform/config.ts';
export type { Config, Role } from './platform/config.ts';
export { backupDatabase } from './platform/db/backup.ts';
export { restoreInstallation } from './restore.ts';
export { migrations } from './migrations/index.ts';
export { openEmbeddedPostgres } from './platform/db/embedded-postgres.ts';
export { connectDatabase } from './platform/db/database.ts';
export { drainJobs, startJobRunner } from './platform/jobs/job-queue.ts';
export { createLogger } from './platform/logging.ts';
export {
  createMediaStore,
  createMemoryMediaStore,
  forgetRetiredMediaKeys,
  reEncryptMedia,
  rotateMediaKeys,
  StorageError,
} from './platform/storage/index.ts';
export type { MediaStore, MemoryMediaStore, StoredObject } from './platform/storage/index.ts';
export { freePort, isProcessAlive } from './platform/processes.ts';
export type { Logger } from './platform/logging.ts';
export { startVigie } from './start.ts';
export type { RunningVigie } from './start.ts';
export { version } from './version.ts';
export { noRecipients } from './notices/index.ts';
export type { Recipient, RecipientResolver, RecipientTarget } from './notices/index.ts';
export { HostingError, ipDataOrigin, ipDataPackages, refreshIpDataFromConfig } from './hosting/index.ts';
export type {
  Contact,
  HostingService,
  HostingTarget,
  IpDataOrigin,
  IpFacts,
  Provider,
  RefreshOutcome,
  Refusal,
} from './hosting/index.ts';
export { queuedActionSinks } from './casework/index.ts';
export type { CaseActionSinks, CaseworkService } from './casework/index.ts';
export {
  BlocklistError,
  loadFeedKey,
  normaliseUrl,
  publicKeyFile,
  signMinisign,
  verifyMinisign,
} from './blocklist/index.ts';
export type { BlocklistService, MinisignVerdict, Nomination } from './blocklist/index.ts';
export { hostKeyFingerprint, ReferralError } from './referrals/index.ts';
export type { CountryOfAddress, ReferralRecipient, ReferralsService } from './referrals/index.ts';
