import { digestBuffer, sniffMedia } from '@vigie/hashing';
import type { CapturedMediaKind, IntendedUse, MediaState } from '@vigie/contract';
import type { BankMatch, EntrySignals, HashbankService, MatchOutcome } from '../hashbank/index.ts';
import { isAppError } from '../platform/errors.ts';

// What one fetched media is: its digests, its kind by content (never by extension or declared
// type), its fingerprints, and what the bank knows of it. Known (a confirmed, live entry in a
// standard bank) takes that entry's classification at once so that no analyst looks at it;
// close to an entry still awaiting confirmation, it joins that entry; anything else is unknown.

export type MediaMatcher = Pick<HashbankService, 'hashMedia' | 'lookupSignals' | 'entryLabels'>;

export type KnownClassification = Readonly<{
  entryId: string;
  bankId: number;
  ageBand: string | null;
  activity: string | null;
  origin: string | null;
  victimIdentified: boolean | null;
  uses: IntendedUse[];
}>;

export type AnalysedMedia = Readonly<{
  sha256: string;
  sha1: string;
  md5: string;
  kind: CapturedMediaKind;
  format: string;
  size: number;
  pdq: string | null;
  pdqQuality: number | null;
  vpdq: Array<{ pdq: string; quality: number }> | null;
  state: MediaState;
  known: KnownClassification | null;
  awaitingEntryId: string | null;
}>;

/** What the bytes are by content; undefined when they are neither image nor video. */
export function mediaKindOf(bytes: Uint8Array): { kind: CapturedMediaKind; format: string } | undefined {
  const sniffed = sniffMedia(bytes);
  if (sniffed.kind === 'unknown') return undefined;
  return { kind: sniffed.kind, format: sniffed.format };
}

function bestMatch(outcomes: Partial<Record<string, MatchOutcome>>): {
  known: BankMatch | undefined;
  awaiting: BankMatch | undefined;
} {
  const matches = Object.values(outcomes).flatMap((o) => o?.matches ?? []);
  const live = matches.filter((m) => !m.suspended && m.bankKind !== 'negative');
  const byDistance = (a: BankMatch, b: BankMatch) => a.distance - b.distance || a.entryId - b.entryId;
  return {
    known: live.filter((m) => m.confirmed && m.bankKind === 'standard').sort(byDistance)[0],
    awaiting: live.filter((m) => !m.confirmed).sort(byDistance)[0],
  };
}

/**
 * Fingerprints and matches one media. A media that cannot be decoded is `unhashable` (kept, with
 * its digests: an exact copy can still be matched); a transient hashing failure throws (retry).
 */
export async function analyseMedia(
  matcher: MediaMatcher,
  bytes: Uint8Array,
  kind: { kind: CapturedMediaKind; format: string },
): Promise<AnalysedMedia> {
  const digests = digestBuffer(bytes);
  let signals: EntrySignals = { ...digests };
  let hashable = true;
  try {
    signals = await matcher.hashMedia(bytes, kind.kind === 'video' ? 'video' : 'photo');
  } catch (error) {
    if (!(isAppError(error) && error.code === 'HASHBANK_MEDIA_INVALID')) throw error;
    hashable = false;
  }
  const { known, awaiting } = bestMatch(await matcher.lookupSignals(signals, { includeQuarantine: true }));
  let classification: KnownClassification | null = null;
  if (known) {
    const labels = (await matcher.entryLabels([known.entryId])).get(known.entryId);
    classification = {
      entryId: String(known.entryId),
      bankId: known.bankId,
      ageBand: labels?.age_band ?? null,
      activity: labels?.activity ?? null,
      origin: labels?.origin ?? null,
      victimIdentified: labels?.victim_identified ?? null,
      uses: labels?.uses ?? [],
    };
  }
  return {
    sha256: digests.sha256,
    sha1: digests.sha1,
    md5: digests.md5,
    kind: kind.kind,
    format: kind.format,
    size: bytes.byteLength,
    pdq: signals.pdq ?? null,
    pdqQuality: signals.pdqQuality ?? null,
    vpdq: (signals.vpdq as Array<{ pdq: string; quality: number }> | undefined) ?? null,
    state: classification ? 'known' : hashable ? 'unknown' : 'unhashable',
    known: classification,
    awaitingEntryId: !classification && awaiting ? String(awaiting.entryId) : null,
  };
}
