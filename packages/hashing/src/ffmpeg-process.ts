import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { HashingError } from './hashing-errors.ts';

export type FfmpegBinaries = { readonly ffmpeg: string; readonly ffprobe: string };

export const DEFAULT_FFMPEG_BINARIES: FfmpegBinaries = Object.freeze({ ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' });

export type ProbedVideo = {
  readonly width: number;
  readonly height: number;
  /** avg_frame_rate, or r_frame_rate when the average is unknown, as the reference chooses. */
  readonly framesPerSecond: number;
  /** The container's duration; null for a stream without one. */
  readonly durationSeconds: number | null;
};

type Spawned = ChildProcessByStdio<null, Readable, Readable>;

/** Spawn with no stdin; `kill` ends it for sure (SIGKILL: a hung decoder ignores politeness). */
export function spawnTool(binary: string, args: readonly string[]): Spawned {
  return spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export function toolError(binary: string, error: NodeJS.ErrnoException): HashingError {
  if (error.code === 'ENOENT') {
    return new HashingError('HASHING_DECODER_MISSING', `${binary} is not installed (apt-get install ffmpeg)`);
  }
  return new HashingError('HASHING_VIDEO_DECODE_FAILED', `${binary} failed: ${error.message}`, { cause: error });
}

function parseRate(rate: unknown): number {
  if (typeof rate !== 'string') return 0;
  const [num, den] = rate.split('/').map(Number);
  if (!num || !den || !Number.isFinite(num) || !Number.isFinite(den)) return 0;
  return num / den;
}

/** Reads the first video stream's size and rate with ffprobe, killed after `timeoutMs`. */
export async function probeVideo(path: string, timeoutMs: number, binaries: FfmpegBinaries): Promise<ProbedVideo> {
  const args = [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height,avg_frame_rate,r_frame_rate:format=duration',
    '-of',
    'json',
    '-i',
    path,
  ];
  const child = spawnTool(binaries.ffprobe, args);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let size = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > 1024 * 1024) child.kill('SIGKILL');
    else stdout.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64) stderr.push(chunk);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(toolError(binaries.ffprobe, error)));
    child.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  if (timedOut) throw new HashingError('HASHING_TIMEOUT', `probing the video took more than ${timeoutMs} ms`);
  const message = Buffer.concat(stderr).toString('utf8').trim().split('\n')[0] ?? '';
  if (exitCode !== 0) {
    throw new HashingError('HASHING_VIDEO_DECODE_FAILED', `ffprobe could not read the video: ${message}`);
  }
  let parsed: { streams?: Record<string, unknown>[]; format?: { duration?: string } };
  try {
    parsed = JSON.parse(Buffer.concat(stdout).toString('utf8')) as typeof parsed;
  } catch {
    throw new HashingError('HASHING_VIDEO_DECODE_FAILED', 'ffprobe gave unreadable output');
  }
  const stream = parsed.streams?.[0];
  if (!stream) throw new HashingError('HASHING_MEDIA_UNSUPPORTED', 'the file has no video stream');
  const width = Number(stream['width']);
  const height = Number(stream['height']);
  const framesPerSecond = parseRate(stream['avg_frame_rate']) || parseRate(stream['r_frame_rate']);
  if (!(width > 0) || !(height > 0)) throw new HashingError('HASHING_VIDEO_DECODE_FAILED', 'video has no dimensions');
  if (!(framesPerSecond > 0)) throw new HashingError('HASHING_VIDEO_DECODE_FAILED', 'video frame rate is zero');
  const duration = Number(parsed.format?.duration);
  return { width, height, framesPerSecond, durationSeconds: Number.isFinite(duration) ? duration : null };
}

/**
 * ffmpeg arguments for the frames the reference hashes: every decoded frame counted in decode
 * output order (no frame-rate conversion), every `modulus`-th kept, converted to RGB24 at the
 * stream's size by swscale with SWS_AREA, as the reference's sws_getContext call does.
 */
export function frameExtractionArgs(path: string, video: ProbedVideo, modulus: number): string[] {
  const filters = [
    `select='not(mod(n\\,${modulus}))'`,
    `scale=${video.width}:${video.height}:flags=area`,
    'format=rgb24',
  ];
  return [
    '-nostdin',
    '-v',
    'error',
    '-i',
    path,
    '-map',
    '0:v:0',
    '-an',
    '-sn',
    '-dn',
    '-fps_mode',
    'passthrough',
    '-vf',
    filters.join(','),
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    'pipe:1',
  ];
}
