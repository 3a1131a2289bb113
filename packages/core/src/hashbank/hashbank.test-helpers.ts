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
