import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { hashImage } from './image-hasher.ts';
import { fixturePath } from './pdq-fixtures.test-helper.ts';
import { hashVideo } from './video-hasher.ts';
import { digestBuffer, digestFile } from './digest.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'vigie-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const JPEG = readFileSync(fixturePath('upstream/pdq/data/bridge-mods/square-256x256.jpg'));

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A valid-looking PNG header claiming huge dimensions, with a few bytes of data. */
function pixelBombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey
  const rows = deflateSync(Buffer.alloc(width + 1)); // one row: the rest would be decoded as zeros
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

describe('hostile images: a clear error code each, no crash', () => {
  it('zero bytes: HASHING_MEDIA_EMPTY', async () => {
    await assert.rejects(hashImage(new Uint8Array()), { code: 'HASHING_MEDIA_EMPTY', isPermanent: true });
  });

  it('truncated JPEG: HASHING_MEDIA_TRUNCATED', async () => {
    await assert.rejects(hashImage(JPEG.subarray(0, JPEG.length >> 1)), { code: 'HASHING_MEDIA_TRUNCATED' });
  });

  it('corrupt JPEG body: a permanent decoding error', async () => {
    const corrupt = Buffer.from(JPEG);
    corrupt.fill(0xff, 200, 2000);
    await assert.rejects(hashImage(corrupt), (error: { code: string; isPermanent: boolean }) => {
      assert.match(error.code, /^HASHING_MEDIA_(CORRUPT|TRUNCATED|UNSUPPORTED)$/);
      return error.isPermanent;
    });
  });

  it('random bytes and text: HASHING_MEDIA_UNSUPPORTED', async () => {
    await assert.rejects(hashImage(Buffer.from('not an image at all, just some words')), {
      code: 'HASHING_MEDIA_UNSUPPORTED',
    });
    await assert.rejects(hashImage(Buffer.from([0xff, 0xd8, 0xff, 0x00, 1, 2, 3])), (error: { code: string }) =>
      /^HASHING_MEDIA_(CORRUPT|TRUNCATED|UNSUPPORTED)$/.test(error.code),
    );
  });

  it('wrong extension: the content decides', async () => {
    const png = path.join(dir, 'photo.png');
    writeFileSync(png, JPEG);
    const result = await hashImage(png);
    assert.equal(result.format, 'jpeg');
    assert.equal(result.pdq, (await hashImage(JPEG)).pdq);
  });

  it('a 60000x60000 PNG of a few kilobytes is refused in milliseconds: HASHING_PIXEL_LIMIT', async () => {
    const bomb = pixelBombPng(60000, 60000);
    assert.ok(bomb.length < 10_000);
    const started = performance.now();
    await assert.rejects(hashImage(bomb), { code: 'HASHING_PIXEL_LIMIT', isPermanent: true });
    assert.ok(performance.now() - started < 500, 'the header alone must decide');
  });

  it('absurd dimensions and a small configured limit: HASHING_PIXEL_LIMIT', async () => {
    // libpng refuses dimensions past its own limits as a corrupt header, before our check.
    await assert.rejects(hashImage(pixelBombPng(1, 2 ** 31 - 1)), (error: { code: string }) =>
      /^HASHING_(PIXEL_LIMIT|MEDIA_CORRUPT)$/.test(error.code),
    );
    await assert.rejects(hashImage(pixelBombPng(20000, 20000)), { code: 'HASHING_PIXEL_LIMIT' });
    await assert.rejects(hashImage(JPEG, { limits: { maxPixels: 1000 } }), { code: 'HASHING_PIXEL_LIMIT' });
  });

  it('over the byte limit: HASHING_MEDIA_TOO_LARGE', async () => {
    await assert.rejects(hashImage(JPEG, { limits: { maxImageBytes: 1000 } }), { code: 'HASHING_MEDIA_TOO_LARGE' });
  });

  it('missing file: HASHING_MEDIA_NOT_FOUND', async () => {
    await assert.rejects(hashImage(path.join(dir, 'absent.jpg')), { code: 'HASHING_MEDIA_NOT_FOUND' });
  });

  it('keeps memory bounded over many hostile inputs', async () => {
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 50; i++) {
      await hashImage(pixelBombPng(60000, 60000)).catch(() => undefined);
      await hashImage(JPEG.subarray(0, 3000)).catch(() => undefined);
    }
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
  });
});

describe('hostile videos', () => {
  it('zero bytes and truncated MP4: clear codes', async () => {
    const empty = path.join(dir, 'empty.mp4');
    writeFileSync(empty, '');
    await assert.rejects(hashVideo(empty), { code: 'HASHING_MEDIA_EMPTY' });
    const video = readFileSync(fixturePath('upstream/tmk/sample-videos/test-padded-dimensions.mp4'));
    const truncated = path.join(dir, 'truncated.mp4');
    writeFileSync(truncated, video.subarray(0, 5000));
    await assert.rejects(hashVideo(truncated), { code: 'HASHING_VIDEO_DECODE_FAILED' });
  });

  it('longer than the duration limit: HASHING_DURATION_LIMIT before decoding', async () => {
    const video = fixturePath('upstream/tmk/sample-videos/chair-20-sd-bar.mp4');
    await assert.rejects(hashVideo(video, { limits: { maxVideoSeconds: 5 } }), { code: 'HASHING_DURATION_LIMIT' });
  });

  it('a video that never ends: ffmpeg is killed at the duration limit', async () => {
    const fifo = path.join(dir, 'endless.y4m');
    await new Promise<void>((resolve, reject) =>
      spawn('mkfifo', [fifo]).on('close', (code) => (code === 0 ? resolve() : reject(new Error('mkfifo')))),
    );
    // Each reader (ffprobe, then ffmpeg) gets an endless 32x32 y4m stream until it closes the pipe.
    let stopped = false;
    const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.alloc(32 * 32 * 1.5, 128)]);
    const writer = (async () => {
      while (!stopped) {
        const handle = await open(fifo, 'w');
        try {
          await handle.write('YUV4MPEG2 W32 H32 F25:1 Ip A1:1 C420jpeg\n');
          for (let n = 0; !stopped; n++) {
            frame.fill(n & 255, 6, 6 + 32 * 32);
            await handle.write(frame);
          }
        } catch {
          // The reader went away: wait for the next one.
        } finally {
          await handle.close().catch(() => undefined);
        }
      }
    })();
    try {
      await assert.rejects(hashVideo(fifo, { limits: { maxVideoSeconds: 3, videoTimeoutMs: 20_000 } }), {
        code: 'HASHING_DURATION_LIMIT',
      });
    } finally {
      stopped = true;
      // Unblock a writer waiting for a reader (non-blocking: there may be no writer left).
      const reader = await open(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      await reader.close();
      await writer;
    }
  });

  it('a stalled input: ffprobe or ffmpeg killed at the time limit, HASHING_TIMEOUT (not permanent)', async () => {
    const fifo = path.join(dir, 'stalled.y4m');
    await new Promise<void>((resolve) => spawn('mkfifo', [fifo]).on('close', () => resolve()));
    const writerOpen = open(fifo, 'w'); // opened but never written
    try {
      await assert.rejects(hashVideo(fifo, { limits: { videoTimeoutMs: 300 } }), {
        code: 'HASHING_TIMEOUT',
        isPermanent: false,
      });
    } finally {
      // On a loaded machine ffprobe can be killed before it opens the pipe: then only a reader
      // of our own lets the writer's open return (else the test would wait for it forever).
      const reader = await open(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      await (await writerOpen).close();
      await reader.close();
    }
  });

  it('a missing ffmpeg: HASHING_DECODER_MISSING', async () => {
    const video = fixturePath('upstream/tmk/sample-videos/test-padded-dimensions.mp4');
    await assert.rejects(
      hashVideo(video, { binaries: { ffmpeg: '/nonexistent/ffmpeg', ffprobe: '/nonexistent/ffprobe' } }),
      {
        code: 'HASHING_DECODER_MISSING',
      },
    );
  });
});

describe('digests', () => {
  it('streams SHA-256, SHA-1 and MD5 of the original bytes', async () => {
    const file = path.join(dir, 'abc.bin');
    writeFileSync(file, 'abc');
    const expected = {
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
      md5: '900150983cd24fb0d6963f7d28e17f72',
      bytes: 3,
    };
    assert.deepEqual(await digestFile(file), expected);
    assert.deepEqual(digestBuffer(Buffer.from('abc')), expected);
  });
});
