// What a file is, from its first bytes: extensions lie (and a crawler's URLs have none).

export const IMAGE_FORMATS = ['jpeg', 'png', 'gif', 'webp', 'tiff', 'heif', 'avif', 'bmp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const MEDIA_KINDS = ['image', 'video', 'unknown'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export type SniffResult = { readonly kind: MediaKind; readonly format: string };

/** Bytes needed from the start of a file to sniff it. */
export const SNIFF_BYTES = 64;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffMedia(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'image', format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'image', format: 'webp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'image', format: 'tiff' };
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) return { kind: 'image', format: 'bmp' };
  if (ascii(bytes, 4, 4) === 'ftyp') {
    // ISO base media: the major brand, then compatible brands, say whether it is a still image.
    const brandsEnd = Math.min(bytes.length, Math.max(16, (bytes[3] ?? 0) | ((bytes[2] ?? 0) << 8)));
    const brands = [ascii(bytes, 8, 4)];
    for (let offset = 16; offset + 4 <= brandsEnd; offset += 4) brands.push(ascii(bytes, offset, 4));
    if (brands.some((b) => AVIF_BRANDS.has(b))) return { kind: 'image', format: 'avif' };
    if (brands.some((b) => HEIF_BRANDS.has(b))) return { kind: 'image', format: 'heif' };
    return { kind: 'video', format: 'mp4' };
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'video', format: 'matroska' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'AVI ') return { kind: 'video', format: 'avi' };
  if (ascii(bytes, 0, 3) === 'FLV') return { kind: 'video', format: 'flv' };
  if (ascii(bytes, 0, 4) === 'OggS') return { kind: 'video', format: 'ogg' };
  if (ascii(bytes, 0, 9) === 'YUV4MPEG2') return { kind: 'video', format: 'y4m' };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0xba]) || startsWith(bytes, [0x00, 0x00, 0x01, 0xb3])) {
    return { kind: 'video', format: 'mpeg' };
  }
  if (startsWith(bytes, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) return { kind: 'video', format: 'asf' };
  if (bytes[0] === 0x47 && (bytes.length < 189 || bytes[188] === 0x47)) return { kind: 'video', format: 'mpegts' };
  return { kind: 'unknown', format: 'unknown' };
}
