import { stat } from 'node:fs/promises';
import { HashingError } from './hashing-errors.ts';
import { resolveLimits } from './hashing-limits.ts';
import type { HashingLimits } from './hashing-limits.ts';
import { DEFAULT_FFMPEG_BINARIES, frameExtractionArgs, probeVideo, spawnTool, toolError } from './ffmpeg-process.ts';
import type { FfmpegBinaries } from './ffmpeg-process.ts';
import { computePdqFromRgb } from './pdq-core.ts';
import { frameModulus, frameTimestamp } from './vpdq-sampling.ts';
import type { VpdqFrame } from './vpdq-sampling.ts';

export type HashVideoOptions = {
  /** One frame hash per this many seconds of video (default 1, as the reference; 0: every frame). */
  readonly secondsPerHash?: number;
  readonly limits?: Partial<HashingLimits>;
  readonly binaries?: FfmpegBinaries;
  /** Called after each hashed frame, for progress reporting. */
  readonly onFrame?: (frame: VpdqFrame) => void;
};

export type VideoHash = {
  readonly width: number;
  readonly height: number;
  readonly framesPerSecond: number;
  readonly durationSeconds: number;
  readonly frames: readonly VpdqFrame[];
};

/**
 * vPDQ of a video file: frames decoded by the system ffmpeg in a child process, which is
 * killed when the time budget or the duration limit is exceeded.
 */
export async function hashVideo(path: string, options: HashVideoOptions = {}): Promise<VideoHash> {
  const limits = resolveLimits(options.limits);
  const binaries = options.binaries ?? DEFAULT_FFMPEG_BINARIES;
  const secondsPerHash = options.secondsPerHash ?? 1;
  if (!(secondsPerHash >= 0))
    throw new HashingError('HASHING_INVALID_ARGUMENT', 'secondsPerHash must be 0 (every frame) or more');
  const started = Date.now();
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new HashingError('HASHING_MEDIA_NOT_FOUND', `cannot read ${path}`, { cause: error });
  }
  if (info.isFile() && info.size === 0) throw new HashingError('HASHING_MEDIA_EMPTY', 'the file is empty');
  if (info.size > limits.maxVideoBytes) {
    throw new HashingError('HASHING_MEDIA_TOO_LARGE', `video larger than ${limits.maxVideoBytes} bytes`);
  }
  const video = await probeVideo(path, limits.videoTimeoutMs, binaries);
  if (video.width * video.height > limits.maxPixels) {
    throw new HashingError(
      'HASHING_PIXEL_LIMIT',
      `${video.width}x${video.height} frames exceed ${limits.maxPixels} pixels`,
    );
  }
  if (video.durationSeconds !== null && video.durationSeconds > limits.maxVideoSeconds) {
    throw new HashingError(
      'HASHING_DURATION_LIMIT',
      `video lasts ${video.durationSeconds} s, over ${limits.maxVideoSeconds} s`,
    );
  }
  const remainingMs = limits.videoTimeoutMs - (Date.now() - started);
  const frames = await decodeAndHash(path, video, secondsPerHash, limits, remainingMs, binaries, options.onFrame);
  const lastFrame = frames.at(-1);
  const durationSeconds = video.durationSeconds ?? (lastFrame ? lastFrame.timestamp : 0);
  return { width: video.width, height: video.height, framesPerSecond: video.framesPerSecond, durationSeconds, frames };
}

async function decodeAndHash(
  path: string,
  video: { width: number; height: number; framesPerSecond: number; durationSeconds: number | null },
  secondsPerHash: number,
  limits: HashingLimits,
  timeoutMs: number,
  binaries: FfmpegBinaries,
  onFrame?: (frame: VpdqFrame) => void,
): Promise<VpdqFrame[]> {
  const modulus = frameModulus(video.framesPerSecond, secondsPerHash);
  const frameBytes = video.width * video.height * 3;
  const child = spawnTool(binaries.ffmpeg, frameExtractionArgs(path, video, modulus));
  const frames: VpdqFrame[] = [];
  const stderr: Buffer[] = [];
  let failure: HashingError | null = null;
  const stop = (error: HashingError): void => {
    failure ??= error;
    child.kill('SIGKILL');
  };
  const timer = setTimeout(
    () => stop(new HashingError('HASHING_TIMEOUT', `decoding the video took more than ${limits.videoTimeoutMs} ms`)),
    Math.max(1, timeoutMs),
  );
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64) stderr.push(chunk);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(toolError(binaries.ffmpeg, error)));
    child.on('close', (code) => resolve(code));
  });
  // Frames arrive in pipe-sized chunks: assemble each into one buffer, then hash it.
  const frame = new Uint8Array(frameBytes);
  let filled = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length && failure === null) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        frame.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled < frameBytes) break;
        filled = 0;
        const frameNumber = frames.length * modulus;
        const timestamp = frameTimestamp(frameNumber, video.framesPerSecond);
        if (frameNumber / video.framesPerSecond > limits.maxVideoSeconds) {
          stop(new HashingError('HASHING_DURATION_LIMIT', `video runs past ${limits.maxVideoSeconds} s`));
          break;
        }
        const { pdq, quality } = computePdqFromRgb(frame, video.width, video.height);
        const hashed = { frame: frameNumber, timestamp, pdq, quality };
        frames.push(hashed);
        onFrame?.(hashed);
      }
      if (failure !== null) break;
    }
    const code = await exited;
    if (failure !== null) throw failure;
    if (code !== 0) {
      const message = Buffer.concat(stderr).toString('utf8').trim().split('\n')[0] ?? '';
      throw new HashingError('HASHING_VIDEO_DECODE_FAILED', `ffmpeg could not decode the video: ${message}`);
    }
    if (frames.length === 0) throw new HashingError('HASHING_VIDEO_DECODE_FAILED', 'the video has no decodable frame');
    return frames;
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
