import type {
  ReferralChannel,
  ReferralFormat,
  ReferralOrigin,
  ReferralOutcome,
  ReferralRecipientKind,
  ReferralState,
  ReportType,
} from '@vigie/contract';

/** A directory entry, secrets included: only the senders and the repository see this shape. */
export type ReferralRecipient = Readonly<{
  id: string;
  name: string;
  kind: ReferralRecipientKind;
  country: string;
  region: string | null;
  city: string | null;
  coversCountries: readonly string[];
  language: string;
  channel: ReferralChannel;
  email: string | null;
  publicKey: string | null;
  publicKeyFingerprint: string | null;
  sftpHost: string | null;
  sftpPort: number | null;
  sftpUser: string | null;
  sftpPassword: string | null;
  sftpPrivateKey: string | null;
  sftpHostKey: string | null;
  sftpDirectory: string | null;
  apiUrl: string | null;
  apiSecret: string | null;
  /** PEM: the private authorities alone trusted for apiUrl (null: the system's public ones). */
  apiCaCertificates: string | null;
  reportTypes: readonly ReportType[];
  mayReceiveMedia: boolean;
  formats: readonly ReferralFormat[];
  active: boolean;
  notes: string | null;
  updatedAt: Date;
}>;

export type ReferralRule = Readonly<{
  id: string;
  name: string;
  enabled: boolean;
  ageBands: readonly string[];
  activities: readonly string[];
  reportTypes: readonly ReportType[];
  excludedReportTypes: readonly ReportType[];
  recipientKinds: readonly ReferralRecipientKind[];
  recipientIds: readonly string[];
  updatedAt: Date;
}>;

export type Referral = Readonly<{
  id: string;
  reference: string;
  reportId: string;
  recipientId: string;
  recipientName: string;
  recipientKind: ReferralRecipientKind;
  origin: ReferralOrigin;
  state: ReferralState;
  decisionId: string | null;
  ruleId: string | null;
  requestedBy: string | null;
  classification: string | null;
  note: string | null;
  releaseAt: Date;
  createdAt: Date;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
  recipientReference: string | null;
  outcome: ReferralOutcome | null;
}>;

/** Where a report belongs: the reporter's region, and the countries its material is hosted in. */
export type Jurisdiction = Readonly<{
  country: string;
  region: string | null;
  hostingCountries: readonly string[];
}>;

/** The country an address is in (offline IP data), or null: a port, so tests give their own. */
export type CountryOfAddress = (address: string) => Promise<string | null>;

/** A file of a package, as stored and sent. */
export type PackageFile = Readonly<{ name: string; contentType: string; bytes: Buffer }>;

/** What casework calls when an analyst decides to forward a report. */
export type ReferralRequest = Readonly<{
  decisionId: string | null;
  reportId: string;
  /** null: chosen by the rules and the report's jurisdiction. */
  recipientId: string | null;
  staffId: string;
  note: string | null;
  classification?: string | null;
}>;
