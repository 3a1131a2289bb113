import { signalTypes, type MediaKind, type SignalType } from '@vigie/contract';
import type { SignalValue } from './hashbank.types.ts';

// The one table of signal types. Everything that used to list them by hand (parsing, matching,
// comparing, the media's signals, HMA names, exports, counts) reads it; adding a type is a row
// here, a value in the contract's `signalTypes` and a column in a migration.

/** How two values of a type compare: equal text, Hamming bits between PDQs, vPDQ's frame rule. */
export type Comparison = 'exact' | 'hamming' | 'vpdq';

/**
 * Where a lookup goes: the in-memory PDQ index, the in-memory video scan, or the database's btree
 * on the column (exact digests).
 */
export type LookupPath = 'pdq-index' | 'video-scan' | 'btree';

export type SignalTypeSpec = Readonly<{
  comparison: Comparison;
  lookup: LookupPath;
  /** One value as text (vPDQ: each frame's PDQ, see signals.ts). */
  pattern: RegExp;
  /** The distance at or under which two values match when no bank says otherwise. */
  defaultThreshold: number;
  /**
   * HMA's (python-threatexchange's) name for it per kind of media, where HMA has one: its
   * clients hash a photo to `pdq` only and a video to `video_md5` and `vpdq`.
   */
  hma: Readonly<{ photo?: string; video?: string }>;
  /** What an entry holding it alone is (`image` for PDQ, `video` for vPDQ). */
  mediaKind?: Exclude<MediaKind, 'unknown'>;
  /**
   * The bank's partial unique indexes make one live entry per media per bank on pdq, then
   * sha256, then md5 (2026-11-29-0300-hashbank.ts): the order an existing entry is found in.
   */
  bankKeyOrder?: number;
}>;

const HEX64 = /^[0-9a-f]{64}$/;

const table = {
  sha256: {
    comparison: 'exact',
    lookup: 'btree',
    pattern: HEX64,
    defaultThreshold: 0,
    hma: {},
    bankKeyOrder: 2,
  },
  sha1: { comparison: 'exact', lookup: 'btree', pattern: /^[0-9a-f]{40}$/, defaultThreshold: 0, hma: {} },
  md5: {
    comparison: 'exact',
    lookup: 'btree',
    pattern: /^[0-9a-f]{32}$/,
    defaultThreshold: 0,
    hma: { video: 'video_md5' },
    bankKeyOrder: 3,
  },
  pdq: {
    comparison: 'hamming',
    lookup: 'pdq-index',
    pattern: HEX64,
    defaultThreshold: 31,
    hma: { photo: 'pdq' },
    mediaKind: 'image',
    bankKeyOrder: 1,
  },
  // The threshold is in percent of the query's frames not found (100 - HMA's 80% match).
  vpdq: {
    comparison: 'vpdq',
    lookup: 'video-scan',
    pattern: HEX64,
    defaultThreshold: 20,
    hma: { video: 'vpdq' },
    mediaKind: 'video',
  },
} as const satisfies Record<SignalType, SignalTypeSpec>;

export const signalTypeSpecs: Readonly<Record<SignalType, SignalTypeSpec>> = table;

/** One parsed signal; `type` narrows `value`. */
export type ParsedSignal = { [T in SignalType]: { type: T; value: SignalValue<T> } }[SignalType];

/** The types compared by equal text (their values are plain digests). */
export type ExactSignalType = {
  [T in SignalType]: (typeof table)[T]['comparison'] extends 'exact' ? T : never;
}[SignalType];

export const exactSignalTypes = signalTypes.filter(
  (t): t is ExactSignalType => signalTypeSpecs[t].comparison === 'exact',
);

/** Types whose value is one text value (not frames): what formats without video hashes carry. */
export const singleValueSignalTypes = signalTypes.filter(
  (t): t is Exclude<SignalType, 'vpdq'> => signalTypeSpecs[t].comparison !== 'vpdq',
);

/** Types in the order an entry's existing twin in a bank is looked for. */
export const bankKeySignalTypes = signalTypes
  .filter((t) => signalTypeSpecs[t].bankKeyOrder !== undefined)
  .sort((a, b) => (signalTypeSpecs[a].bankKeyOrder ?? 0) - (signalTypeSpecs[b].bankKeyOrder ?? 0));

/** HMA's names that are not ours (`video_md5`), to the type they stand for. */
export const signalTypeAliases: Readonly<Record<string, SignalType>> = Object.fromEntries(
  signalTypes.flatMap((t) =>
    Object.values(signalTypeSpecs[t].hma)
      .filter((name) => name !== t)
      .map((name) => [name, t]),
  ),
);
