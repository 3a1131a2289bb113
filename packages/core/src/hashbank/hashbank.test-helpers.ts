import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A synthetic photo: a checkerboard with a diagonal band, different per seed. */
export async function syntheticPhoto(seed: number, size = 256): Promise<Buffer> {
  const pixels = Buffer.alloc(size * size * 3);
  const cell = 8 + (seed % 5) * 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = ((Math.floor(x / cell) + Math.floor(y / cell) + seed) & 1) === 1;
      const band = Math.abs(x - y - ((seed * 37) % size)) < 20;
      const v = band ? 128 : on ? 230 : 20;
      const o = (y * size + x) * 3;
      pixels[o] = v;
      pixels[o + 1] = (v + seed * 13) & 255;
      pixels[o + 2] = 255 - v;
    }
  }
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

/** A multipart/form-data body with one file field, as curl --form field=@file sends it. */
export function multipartBody(field: string, bytes: Buffer, filename = 'media.png', mime = 'image/png') {
  const boundary = `----vigie${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A deterministic 256-bit PDQ hex from a seed (an LCG), for tests that need many distinct hashes. */
export function seededPdqHex(seed: number): string {
  let s = seed >>> 0;
  let out = '';
  for (let i = 0; i < 8; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out += s.toString(16).padStart(8, '0');
  }
  return out;
}

// Hostile media, made by code (nothing real): files small on the wire that cost a lot to decode.

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A complete, valid all-black 8-bit PNG (grey or RGB) of any size (rows deflate to almost nothing). */
export function blankPng(width: number, height: number, channels: 1 | 3 = 1): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 3 ? 2 : 0, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc((width * channels + 1) * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/**
 * An animated GIF of `frames` frames on a width x height screen, each frame one pixel (25 bytes):
 * every frame decodes to the whole screen.
 */
export function manyFrameGif(frames: number, width: number, height: number): Buffer {
  const screen = Buffer.alloc(13);
  screen.write('GIF89a', 0, 'ascii');
  screen.writeUInt16LE(width, 6);
  screen.writeUInt16LE(height, 8);
  screen.set([0x80, 0, 0], 10); // a global colour table of two colours
  const colours = Buffer.from([0, 0, 0, 255, 255, 255]);
  // delay 10/100 s; a 1x1 image at 0,0; LZW (min code size 2): clear, index 0, end
  const frame = Buffer.from([
    0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00,
  ]);
  return Buffer.concat([screen, colours, ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])]);
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A raw H.264 elementary stream (no container, so no duration) of ffmpeg's test pattern. */
export function rawH264(seconds: number, size = '640x360', rate = 30): Buffer {
  const result = spawnSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=${size}:rate=${rate}:duration=${seconds}`,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-f',
      'h264',
      'pipe:1',
    ],
    { maxBuffer: 1 << 30 },
  );
  if (result.status !== 0) throw new Error(`ffmpeg: ${result.stderr.toString()}`);
  return result.stdout;
}
