// npm run bench -- hashing: PDQ images per second end to end against sharp's decode-only rate on
// the same 1024x768 JPEGs, on one core, for both conventions; `vigie hash` throughput through its
// worker pool with one and with every core; and vPDQ seconds of video per second.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { computePdqFromRgb, hashImage, hashVideo } from '@vigie/hashing';
import { fixturePath } from '@vigie/hashing/test-fixtures';
import { HashPool } from '../apps/server/src/cli/hash-pool.ts';

sharp.concurrency(1);
const WIDTH = 1024;
const HEIGHT = 768;
const IMAGES = 24;
const ROUNDS = 4;

async function generateJpegs(): Promise<Buffer[]> {
  const bridge = readFileSync(fixturePath('upstream/pdq/data/bridge-mods/aaa-orig.jpg'));
  const jpegs: Buffer[] = [];
  for (let i = 0; i < IMAGES; i++) {
    // Different crops, tints and blurs of one photograph: realistic JPEG content, all distinct.
    const image = sharp(bridge)
      .extract({ left: (i * 23) % 500, top: (i * 11) % 200, width: 1000, height: 750 })
      .resize(WIDTH, HEIGHT, { fit: 'fill' })
      .modulate({ brightness: 0.8 + (i % 5) * 0.1, hue: (i * 37) % 360 });
    jpegs.push(await (i % 3 === 0 ? image.blur(1 + (i % 4)) : image).jpeg({ quality: 80 + (i % 15) }).toBuffer());
  }
  return jpegs;
}

async function timePerImage(jpegs: Buffer[], work: (jpeg: Buffer) => Promise<unknown>): Promise<number> {
  for (const jpeg of jpegs.slice(0, 4)) await work(jpeg);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const jpeg of jpegs) await work(jpeg);
  return (performance.now() - started) / (ROUNDS * jpegs.length);
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(56)} ${value}`);
}

const jpegs = await generateJpegs();
const decoded = await Promise.all(jpegs.map((jpeg) => sharp(jpeg, { ignoreIcc: true }).raw().toBuffer()));
console.log(`hashing benchmark: ${IMAGES} generated ${WIDTH}x${HEIGHT} JPEGs, one core (libvips concurrency 1)`);

const decodeMs = await timePerImage(jpegs, (jpeg) => sharp(jpeg, { ignoreIcc: true }).raw().toBuffer());
line('decode only (sharp to raw RGB)', `${decodeMs.toFixed(2)} ms/image  ${(1000 / decodeMs).toFixed(1)} images/s`);

for (const convention of ['full', 'cimg512'] as const) {
  let index = 0;
  const coreStarted = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const pixels of decoded) {
      // As hashImage does: cimg512's squash to 512x512 happens inside the core.
      computePdqFromRgb(pixels, WIDTH, HEIGHT, { cimg512: convention === 'cimg512' });
      index++;
    }
  }
  const coreMs = (performance.now() - coreStarted) / index;
  const endToEndMs = await timePerImage(jpegs, (jpeg) => hashImage(jpeg, { convention }));
  const ratio = decodeMs / endToEndMs;
  line(`PDQ ${convention}: hash only (pixels in memory)`, `${coreMs.toFixed(2)} ms/image`);
  line(
    `PDQ ${convention}: end to end (decode + hash)`,
    `${endToEndMs.toFixed(2)} ms/image  ${(1000 / endToEndMs).toFixed(1)} images/s  ` +
      `ratio to decode-only rate ${ratio.toFixed(2)} (goal >= 0.50: ${ratio >= 0.5 ? 'met' : 'not met'})`,
  );
}

// `vigie hash` as run on a folder: files read, digested and hashed by the worker pool (each
// worker keeps libvips to one thread). Files are queued all at once, as the CLI does.
async function poolRate(files: string[], workers: number): Promise<number> {
  const pool = new HashPool(workers);
  const options = { convention: 'full', dihedral: false, secondsPerHash: 1 } as const;
  try {
    await Promise.all(files.map((file) => pool.hash(file, options)));
    const started = performance.now();
    const records = await Promise.all(
      Array.from({ length: ROUNDS }, () => files.map((file) => pool.hash(file, options))).flat(),
    );
    const elapsed = performance.now() - started;
    if (records.some((record) => 'error' in record)) throw new Error('a benchmark image failed to hash');
    return (records.length * 1000) / elapsed;
  } finally {
    await pool.close();
  }
}

const folder = mkdtempSync(path.join(tmpdir(), 'vigie-bench-hashing-'));
try {
  const files = jpegs.map((jpeg, i) => {
    const file = path.join(folder, `image-${i}.jpg`);
    writeFileSync(file, jpeg);
    return file;
  });
  const cores = availableParallelism();
  const single = await poolRate(files, 1);
  line('vigie hash pool, 1 worker (read + digests + PDQ full)', `${single.toFixed(1)} images/s`);
  if (cores > 1) {
    const all = await poolRate(files, cores);
    line(
      `vigie hash pool, ${cores} workers (every core)`,
      `${all.toFixed(1)} images/s  (${(all / single).toFixed(2)}x one worker)`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const video = fixturePath('upstream/tmk/sample-videos/chair-20-sd-bar.mp4');
const videoStarted = performance.now();
const videoHash = await hashVideo(video);
const videoSeconds = (performance.now() - videoStarted) / 1000;
line(
  'vPDQ chair-20-sd-bar.mp4 (480x720, 1 hash/s)',
  `${videoHash.durationSeconds.toFixed(1)} s of video in ${videoSeconds.toFixed(2)} s: ` +
    `${(videoHash.durationSeconds / videoSeconds).toFixed(1)} s of video per second`,
);
