export type HashingLimits = {
  /** Largest image file accepted, in bytes; it is read whole into memory. */
  readonly maxImageBytes: number;
  /** Largest width x height accepted, checked from the header before any decoding. */
  readonly maxPixels: number;
  /** Wall-clock budget for decoding and hashing one image. */
  readonly imageTimeoutMs: number;
  /** Frames of an animated GIF/WebP hashed at most; their pixels count against maxPixels too. */
  readonly maxAnimationFrames: number;
  /** Largest video file accepted, in bytes. */
  readonly maxVideoBytes: number;
  /** Longest video accepted, by its container's duration and by the timestamps decoded. */
  readonly maxVideoSeconds: number;
  /** Wall-clock budget for one video; ffmpeg is killed when it is spent. */
  readonly videoTimeoutMs: number;
};

export const DEFAULT_HASHING_LIMITS: HashingLimits = Object.freeze({
  maxImageBytes: 128 * 1024 * 1024,
  maxPixels: 100_000_000,
  imageTimeoutMs: 30_000,
  maxAnimationFrames: 2_000,
  maxVideoBytes: 8 * 1024 * 1024 * 1024,
  maxVideoSeconds: 6 * 3600,
  videoTimeoutMs: 30 * 60_000,
});

export function resolveLimits(overrides?: Partial<HashingLimits>): HashingLimits {
  return Object.freeze({ ...DEFAULT_HASHING_LIMITS, ...overrides });
}
