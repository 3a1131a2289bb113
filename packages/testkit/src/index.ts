export { docsScreenshotPath, launchBrowser, screenshotPath } from './browser.ts';
export {
  assertAccessible,
  followLink,
  moveToControl,
  openScreenFromHome,
  openSignedIn,
  pollUntil,
  pressOn,
  settleAnnouncements,
  typeInto,
  watchPageErrors,
} from './console-session.ts';
export { bankKnownImages, pageWithKnownAndUnknownImages } from './known-page.ts';
export { findAccessibilityViolations, type AxeViolation } from './accessibility.ts';
export { createTestApp, createTestContext } from './context.ts';
export type { TestContext } from './context.ts';
export { createTestDatabase, testServerUrl } from './database.ts';
export type { TestDatabase } from './database.ts';
export { createStaffSession, totpNow } from './staff.ts';
export type { StaffSession } from './staff.ts';
export { freePort, runVigie, spawnVigie, vigieBin, waitForHealth, waitForOutput } from './processes.ts';
export type { VigieProcess } from './processes.ts';
export { consoleDir, ensureConsoleBuilt } from './console-build.ts';
export { startS3Server } from './s3-server.ts';
export { startMailServer } from './mail-server.ts';
export { buildBounce } from './bounce-mail.ts';
export type { BounceOptions } from './bounce-mail.ts';
export type { MailServer, MailServerOptions, ReceivedMail } from './mail-server.ts';
export type { S3TestServer } from './s3-server.ts';
export { HOSTILE_PATHS, LINK_FORMS, MEDIA_FORMS, TEST_TLD, URL_STYLES, startTestWeb } from './test-web/index.ts';
export type {
  Expected,
  HostileEntry,
  HostileName,
  LinkExample,
  LinkForm,
  Lookup,
  Manifest,
  MediaEntry,
  MediaForm,
  MediaReference,
  PageEntry,
  Resolve,
  SiteEntry,
  TestWeb,
  TestWebOptions,
  TestWebSite,
  TestWebStats,
  UrlStyle,
} from './test-web/index.ts';
export { startRdapServer } from './rdap-server.ts';
export type { RdapServerAnswer, RdapServerOptions, RdapTestServer } from './rdap-server.ts';
export { ALL_BEHAVIOURS, startHostingProviders, startSmtpRelay } from './hosting-providers/index.ts';
export type { HostingProviders, ProviderBehaviour, SimulatedProvider } from './hosting-providers/index.ts';
export { startHmaListServer, startListFileServer, startNcmecServer, startStopnciiServer } from './exchange-servers.ts';
export type { HmaContent, LoopbackServer, NcmecEntry, StopnciiRecord } from './exchange-servers.ts';
export { startSftpServer } from './sftp-server.ts';
export type { SftpTestServer } from './sftp-server.ts';
