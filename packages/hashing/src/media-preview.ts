import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { DEFAULT_FFMPEG_BINARIES, probeVideo, spawnTool, toolError, type FfmpegBinaries } from './ffmpeg-process.ts';
import { hashingErrorFromSharp } from './image-decoder.ts';
import { HashingError } from './hashing-errors.ts';
import { resolveLimits, type HashingLimits } from './hashing-limits.ts';
import { sniffMedia } from './media-sniff.ts';

// Derivatives an analyst may look at instead of the media: always downscaled and re-encoded as a
// fresh JPEG (no metadata, no animation, no sound), blurred and in greyscale unless told not to.
// A video becomes a strip of stills decoded by the system ffmpeg in a child process with the
// same limits as hashing: it is never passed on as a video.

export type PreviewLook = Readonly<{
  /** Longest side of the derivative (of one still for a video), in pixels. */
  maxSide: number;
  blur: boolean;
  greyscale: boolean;
}>;

export type VideoStillsOptions = Readonly<{
  /** Stills in the strip, evenly spread over the video (1: a single poster frame). */
  stills: number;
  limits?: Partial<HashingLimits>;
  binaries?: FfmpegBinaries;
}>;

export type Preview = Readonly<{ bytes: Buffer; width: number; height: number; contentType: 'image/jpeg' }>;

/** A strong blur: a preview shows shapes, never detail (sigma ~ 1/12 of the picture's side). */
function blurSigma(maxSide: number): number {
  return Math.max(3, Math.round(maxSide / 12));
}

async function finish(pipeline: Sharp, look: PreviewLook, timeoutSeconds: number): Promise<Preview> {
  let out = pipeline;
  if (look.greyscale) out = out.greyscale();
  if (look.blur) out = out.blur(blurSigma(look.maxSide));
  const { data, info } = await out
    .jpeg({ quality: 70, mozjpeg: false })
    .timeout({ seconds: timeoutSeconds })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
}

/** An image's derivative: first frame only, oriented, downscaled inside maxSide x maxSide. */
export async function renderImagePreview(
  bytes: Uint8Array,
  look: PreviewLook,
  limitsOverride?: Partial<HashingLimits>,
): Promise<Preview> {
  const limits = resolveLimits(limitsOverride);
  if (bytes.length === 0) throw new HashingError('HASHING_MEDIA_EMPTY', 'the file is empty');
  if (bytes.length > limits.maxImageBytes)
    throw new HashingError('HASHING_MEDIA_TOO_LARGE', `image larger than ${limits.maxImageBytes} bytes`);
  if (sniffMedia(bytes).kind !== 'image') throw new HashingError('HASHING_MEDIA_UNSUPPORTED', 'not an image');
  try {
    const pipeline = sharp(bytes, { limitInputPixels: limits.maxPixels, animated: false, pages: 1 })
      .rotate()
      .resize({ width: look.maxSide, height: look.maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#808080' });
    return await finish(pipeline, look, Math.max(1, Math.ceil(limits.imageTimeoutMs / 1000)));
  } catch (error) {
    throw hashingErrorFromSharp(error);
  }
}

/** A video's derivative: `stills` frames spread over its length, side by side in one JPEG. */
export async function renderVideoStills(
  bytes: Uint8Array,
  look: PreviewLook,
  options: VideoStillsOptions,
): Promise<Preview> {
  const limits = resolveLimits(options.limits);
  const binaries = options.binaries ?? DEFAULT_FFMPEG_BINARIES;
  const stills = Math.max(1, Math.min(12, Math.floor(options.stills)));
  if (bytes.length === 0) throw new HashingError('HASHING_MEDIA_EMPTY', 'the file is empty');
  if (bytes.length > limits.maxVideoBytes)
    throw new HashingError('HASHING_MEDIA_TOO_LARGE', `video larger than ${limits.maxVideoBytes} bytes`);
  // ffmpeg reads a file (seeking needs one); it lives only for this call, readable by us alone.
  const dir = await mkdtemp(join(tmpdir(), 'vigie-stills-'));
  const path = join(dir, 'media');
  try {
    await writeFile(path, bytes, { mode: 0o600 });
    const started = Date.now();
    const video = await probeVideo(path, limits.videoTimeoutMs, binaries);
    if (video.width * video.height > limits.maxPixels)
      throw new HashingError('HASHING_PIXEL_LIMIT', `${video.width}x${video.height} frames exceed the pixel limit`);
    const scale = Math.min(1, look.maxSide / Math.max(video.width, video.height));
    const width = Math.max(2, Math.round((video.width * scale) / 2) * 2);
    const height = Math.max(2, Math.round((video.height * scale) / 2) * 2);
    const duration = Math.min(video.durationSeconds ?? stills, limits.maxVideoSeconds);
    const rate = stills / Math.max(duration, 0.001);
    const frames = await decodeFrames(path, { width, height, rate, stills }, binaries, {
      timeoutMs: Math.max(1, limits.videoTimeoutMs - (Date.now() - started)),
    });
    const strip = Buffer.alloc(width * frames.length * height * 3);
    const rowBytes = width * 3;
    frames.forEach((frame, i) => {
      for (let y = 0; y < height; y++)
        frame.copy(strip, (y * width * frames.length + i * width) * 3, y * rowBytes, (y + 1) * rowBytes);
    });
    const pipeline = sharp(strip, { raw: { width: width * frames.length, height, channels: 3 } });
    return await finish(pipeline, look, Math.max(1, Math.ceil(limits.imageTimeoutMs / 1000)));
  } catch (error) {
    if (error instanceof HashingError) throw error;
    throw hashingErrorFromSharp(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function decodeFrames(
  path: string,
  target: { width: number; height: number; rate: number; stills: number },
  binaries: FfmpegBinaries,
  budget: { timeoutMs: number },
): Promise<Buffer[]> {
  const frameBytes = target.width * target.height * 3;
  // Video only: -an drops the sound, -sn/-dn subtitles and data; frames at `rate` per second.
  const args = [
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
    '-vf',
    `fps=${target.rate.toFixed(6)},scale=${target.width}:${target.height}:flags=area,format=rgb24`,
    '-frames:v',
    String(target.stills),
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    'pipe:1',
  ];
  const child = spawnTool(binaries.ffmpeg, args);
  const chunks: Buffer[] = [];
  let size = 0;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, budget.timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    size += chunk.length;
    // Never more than the stills asked for: anything beyond is dropped and ffmpeg stopped.
    if (size > frameBytes * target.stills) child.kill('SIGKILL');
    else chunks.push(chunk);
  });
  child.stderr.resume();
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', (error) => reject(toolError(binaries.ffmpeg, error)));
      child.on('close', (c) => resolve(c));
    });
    if (timedOut) throw new HashingError('HASHING_TIMEOUT', `extracting stills took more than ${budget.timeoutMs} ms`);
    const all = Buffer.concat(chunks);
    const count = Math.floor(all.length / frameBytes);
    if (count === 0)
      throw new HashingError('HASHING_VIDEO_DECODE_FAILED', `ffmpeg gave no frame (exit ${String(code)})`);
    return Array.from({ length: count }, (_, i) => all.subarray(i * frameBytes, (i + 1) * frameBytes));
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
