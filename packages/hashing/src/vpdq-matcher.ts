import { hammingDistanceWords, parsePdqHex } from './pdq-hex.ts';

export type VpdqFeature = { readonly pdq: string; readonly quality: number };

export type VideoMatchOptions = {
  /** Frames match at a Hamming distance up to and including this (default 31). */
  readonly distance?: number;
  /** Frames below this quality are left out on both sides (default 50). */
  readonly quality?: number;
};

export type VideoMatchResult = {
  /** Share of the query's distinct usable frames found in the target, 0..100. */
  readonly queryMatchPercent: number;
  /** Share of the target's distinct usable frames found in the query, 0..100. */
  readonly targetMatchPercent: number;
  readonly distance: number;
  readonly quality: number;
  /** The field's decision rule: the query is in the target when queryMatchPercent >= 80. */
  readonly isMatch: boolean;
};

export const VPDQ_DEFAULT_DISTANCE = 31;
export const VPDQ_DEFAULT_QUALITY = 50;
export const VPDQ_MATCH_PERCENT = 80;

function usableFrames(features: readonly VpdqFeature[], quality: number): Uint32Array[] {
  const seen = new Set<string>();
  const usable: Uint32Array[] = [];
  for (const feature of features) {
    const hex = feature.pdq.toLowerCase();
    if (seen.has(hex)) continue;
    seen.add(hex);
    if (feature.quality >= quality) usable.push(parsePdqHex(hex));
  }
  return usable;
}

function countFoundIn(needles: readonly Uint32Array[], haystack: readonly Uint32Array[], distance: number): number {
  let found = 0;
  for (const needle of needles) {
    if (haystack.some((candidate) => hammingDistanceWords(needle, candidate) <= distance)) found++;
  }
  return found;
}

/**
 * Brute-force vPDQ comparison as python-threatexchange and HMA decide it: each side deduplicated
 * by exact hash (first occurrence kept), frames under the quality floor dropped, a frame matched
 * when any frame of the other side is within the distance.
 */
export function matchVideos(
  query: readonly VpdqFeature[],
  target: readonly VpdqFeature[],
  options: VideoMatchOptions = {},
): VideoMatchResult {
  const distance = options.distance ?? VPDQ_DEFAULT_DISTANCE;
  const quality = options.quality ?? VPDQ_DEFAULT_QUALITY;
  const queryFrames = usableFrames(query, quality);
  const targetFrames = usableFrames(target, quality);
  if (queryFrames.length === 0 || targetFrames.length === 0) {
    return { queryMatchPercent: 0, targetMatchPercent: 0, distance, quality, isMatch: false };
  }
  const queryMatchPercent = (countFoundIn(queryFrames, targetFrames, distance) * 100) / queryFrames.length;
  const targetMatchPercent = (countFoundIn(targetFrames, queryFrames, distance) * 100) / targetFrames.length;
  return {
    queryMatchPercent,
    targetMatchPercent,
    distance,
    quality,
    isMatch: queryMatchPercent >= VPDQ_MATCH_PERCENT,
  };
}
