export type VpdqFrame = {
  /** Frame number in decode order, from 0. */
  readonly frame: number;
  /** Seconds from the start, as the reference computes it (frame / frame rate in float32). */
  readonly timestamp: number;
  readonly pdq: string;
  readonly quality: number;
};

/** The reference keeps frame n when n % trunc(secondsPerHash * fps) == 0 (at least every frame). */
export function frameModulus(framesPerSecond: number, secondsPerHash: number): number {
  return Math.max(1, Math.trunc(secondsPerHash * framesPerSecond));
}

export function selectFrameIndices(frameCount: number, framesPerSecond: number, secondsPerHash: number): number[] {
  const modulus = frameModulus(framesPerSecond, secondsPerHash);
  const indices: number[] = [];
  for (let n = 0; n < frameCount; n += modulus) indices.push(n);
  return indices;
}

/** float(frame) / float(fps) in float32, printed to the millisecond as the reference prints it. */
export function frameTimestamp(frame: number, framesPerSecond: number): number {
  const seconds = Math.fround(Math.fround(frame) / Math.fround(framesPerSecond));
  return Number(seconds.toFixed(3));
}
