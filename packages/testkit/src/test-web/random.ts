// Stateless deterministic randomness: every choice in the test web is a hash of the seed and the
// coordinates of what is chosen (site, page, slot, purpose), so any page can be rendered on its
// own, in any order, and always the same.

/** A 32-bit hash of the seed and a few integers (murmur3's finaliser over a running mix). */
export function mix(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

/** A number in [0, 1) from the same inputs as `mix`. */
export function chance(seed: number, ...parts: number[]): number {
  return mix(seed, ...parts) / 0x1_0000_0000;
}

/** An integer in [0, n) from the same inputs as `mix`. */
export function pick(n: number, seed: number, ...parts: number[]): number {
  return n <= 0 ? 0 : mix(seed, ...parts) % n;
}

/** A small sequential generator (LCG) for filling pixels; fast and good enough for noise. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

/** Purposes, so that two choices about the same thing never read the same hash. */
export const PURPOSE = {
  form: 1,
  known: 2,
  host: 3,
  style: 4,
  kind: 5,
  format: 6,
  nearDuplicate: 7,
  linkTarget: 8,
  linkForm: 9,
  crossSite: 10,
  pagePath: 11,
  base: 12,
  contentType: 13,
  extension: 14,
  filler: 15,
  pixels: 16,
  fixture: 17,
  size: 18,
  private: 19,
} as const;
