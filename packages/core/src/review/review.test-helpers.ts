import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import type { AppContext } from '../context.ts';
import { createLogger } from '../platform/logging.ts';
import { createMediaStore } from '../platform/storage/index.ts';

// Media for review tests, made by code (nothing real): a sharp-edged, colourful checkerboard a
// blur visibly softens and a greyscale visibly flattens, stored as the crawler stores media and
// queued as the crawler queues unknown media.

/** A colour checkerboard of 8 px cells with a seed-dependent palette (lots of edges, lots of colour). */
export async function checkerboard(seed: number, size = 512): Promise<Buffer> {
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = ((x >> 3) + (y >> 3)) & 1;
      const o = (y * size + x) * 3;
      pixels[o] = on ? 255 : (seed * 40) & 255;
      pixels[o + 1] = on ? (seed * 70) & 255 : 0;
      pixels[o + 2] = on ? 0 : 255;
    }
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

/** A short synthetic video (ffmpeg's test pattern), as a crawler might find one. */
export async function testVideo(seconds = 2): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-review-video-'));
  const path = join(dir, 'clip.mp4');
  try {
    const run = spawnSync('ffmpeg', [
      ...['-v', 'error', '-f', 'lavfi', '-i', `testsrc=size=320x240:rate=10:duration=${seconds}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', path],
    ]);
    if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr.toString()}`);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type PlantedMedia = { sha256: string; bytes: Buffer };

/**
 * Stores the bytes in the installation's media store and records them as the crawler does: an
 * unknown media seen on `pageUrl`, queued for classification (or grouped under `groupOf`).
 */
export async function plantMedia(
  ctx: AppContext,
  bytes: Buffer,
  options: { pageUrl: string; kind?: 'image' | 'video'; priority?: number; groupOf?: string; queued?: boolean },
): Promise<PlantedMedia> {
  const store = await createMediaStore(ctx.config, createLogger({ level: 'silent' }));
  try {
    await store.put(bytes);
  } finally {
    await store.close();
  }
  const digest = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');
  const sha256 = digest('sha256');
  const kind = options.kind ?? 'image';
  const signals = kind === 'image' ? await ctx.hashbank.hashMedia(bytes, 'photo') : {};
  const at = ctx.now();
  await ctx.db
    .insertInto('media')
    .values({
      sha256,
      sha1: digest('sha1'),
      md5: digest('md5'),
      kind,
      format: kind === 'image' ? 'png' : 'mp4',
      size: bytes.length,
      pdq: signals.pdq ?? null,
      pdq_quality: signals.pdqQuality ?? null,
      state: 'unknown',
      stored: true,
      first_seen_at: at,
      last_seen_at: at,
    })
    .execute();
  await ctx.db
    .insertInto('media_sighting')
    .values({
      url: `${options.pageUrl}media/${sha256.slice(0, 12)}`,
      sha256,
      page_url: options.pageUrl,
      site: new URL(options.pageUrl).hostname,
      address: '192.0.2.10',
      source: 'crawl',
      first_seen_at: at,
      last_seen_at: at,
    })
    .execute();
  if (options.queued !== false)
    await ctx.db
      .insertInto('classification_item')
      .values({
        sha256,
        state: options.groupOf ? 'grouped' : 'queued',
        group_sha256: options.groupOf ?? null,
        priority: options.priority ?? 0,
        reasons: ['on a page with confirmed material'],
        queued_at: at,
        updated_at: at,
      })
      .execute();
  return { sha256, bytes };
}

/** The staff member's id, for reading what their requests wrote. */
export async function userIdOf(ctx: AppContext, email: string): Promise<string> {
  const row = await ctx.db.selectFrom('staff_user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}
