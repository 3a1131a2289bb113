import type {
  Activity,
  AgeBand,
  BankKind,
  ClassificationTier,
  ContentOrigin,
  IntendedUse,
  SignalType,
} from '@vigie/contract';

export type Bank = Readonly<{
  id: number;
  name: string;
  purpose: string;
  kind: BankKind;
  enabled: boolean;
  pdqThreshold: number;
  vpdqThreshold: number;
  vpdqMatchPercent: number;
  minPdqQuality: number;
  requiredAssessments: number;
  /** HMA's matching ratio (0..1): the share of HMA lookups the bank takes part in. */
  matchingRatio: number;
  /** Deleted: its name is free again; it stays disabled, for its entries' history. */
  deleted: boolean;
}>;

export type VpdqFrame = Readonly<{ pdq: string; quality: number }>;

/** A signal's value in memory and in its bank_entry column: frames for vPDQ, text for the rest. */
export type SignalValue<T extends SignalType> = T extends 'vpdq' ? VpdqFrame[] : string;

/** One fingerprint as given by a caller: type + value (vPDQ: frames). */
export type SignalInput = Readonly<{ type: string; value: string }>;

/** One media's signals, by type (vPDQ: frames), and the PDQ's quality when it was hashed here. */
export type EntrySignals = { [T in SignalType]?: SignalValue<T> | undefined } & {
  pdqQuality?: number | undefined;
};

export type EntryLabels = {
  ageBand?: AgeBand | undefined;
  activity?: Activity | undefined;
  origin?: ContentOrigin | undefined;
  victimIdentified?: boolean | undefined;
};

/** A match carries its distance and the bank's threshold, never a bare yes/no. */
export type BankMatch = Readonly<{
  bankId: number;
  bankName: string;
  bankKind: BankKind;
  entryId: number;
  signalType: SignalType;
  distance: number;
  threshold: number;
  confirmed: boolean;
  suspended: boolean;
}>;

export type MatchOutcome = Readonly<{
  matches: BankMatch[];
  /** Matches in negative banks (known false positives): when present, `matches` is empty. */
  suppressedBy: BankMatch[];
}>;

export type OrganisationGrant = Readonly<{ bankId: number; uses: IntendedUse[]; tier: ClassificationTier }>;
