// The PDQ and vPDQ reference vectors vendored in packages/hashing/test/fixtures (see its
// PROVENANCE.md) and the synthetic-image generators they define. The one place that knows where
// the fixtures are: the hashing tests, `vigie hash`'s tests and bench/hashing.ts all come here.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PDQ_FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');

export function fixturePath(relative: string): string {
  return path.join(PDQ_FIXTURES, relative);
}

export function readJsonLines<T>(relative: string): T[] {
  return readFileSync(fixturePath(relative), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

export type DihedralRecord = {
  orig: string;
  rot90: string;
  rot180: string;
  rot270: string;
  flipx: string;
  flipy: string;
  flipp: string;
  flipm: string;
};

export type SyntheticVector = {
  name: string;
  kind: 'lcg' | 'gradient' | 'pattern' | 'checker' | 'blobs' | 'constant';
  width: number;
  height: number;
  seed: number;
  rgbFnv1a: string;
  hash: string;
  quality: number;
  dihedralQuality: number;
  dihedral: DihedralRecord;
  cimg512?: { hash: string; quality: number; dihedral?: DihedralRecord };
};

export function generateSynthetic(
  kind: SyntheticVector['kind'],
  width: number,
  height: number,
  seed: number,
): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  let p = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r: number;
      let g: number;
      let b: number;
      switch (kind) {
        case 'lcg':
          r = next() >>> 24;
          g = next() >>> 24;
          b = next() >>> 24;
          break;
        case 'gradient':
          r = Math.floor((x * 255) / (width - 1));
          g = Math.floor((y * 255) / (height - 1));
          b = Math.floor(((x + y) * 255) / (width + height - 2));
          break;
        case 'pattern':
          r = ((x * x + y * y) >>> 4) & 255;
          g = (x ^ y) & 255;
          b = ((x * y) >>> 6) & 255;
          break;
        case 'checker': {
          const v = ((x >> 5) + (y >> 5)) & 1 ? 220 : 20;
          r = v;
          g = 255 - v;
          b = (7 * x + 3 * y) & 255;
          break;
        }
        case 'blobs': {
          const n = next() >>> 29;
          const cx = Math.floor((8 * x) / width);
          const cy = Math.floor((6 * y) / height);
          const base = ((37 * cx + 91 * cy + ((cx * cy) % 5) * 23) % 200) + 20;
          r = base + n;
          g = Math.floor((3 * base) / 4) + n;
          b = 255 - base + Math.floor(n / 2);
          break;
        }
        case 'constant':
          r = g = b = seed;
          break;
      }
      rgb[p++] = r;
      rgb[p++] = g;
      rgb[p++] = b;
    }
  }
  return rgb;
}

export function fnv1a32(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The fixture's dihedral keys, in our names. */
export function dihedralFromRecord(record: DihedralRecord): Record<string, string> {
  return {
    orig: record.orig,
    rot90: record.rot90,
    rot180: record.rot180,
    rot270: record.rot270,
    flipx: record.flipx,
    flipy: record.flipy,
    flipplus1: record.flipp,
    flipminus1: record.flipm,
  };
}

export function floatFromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, Number.parseInt(hex, 16));
  return view.getFloat32(0);
}
