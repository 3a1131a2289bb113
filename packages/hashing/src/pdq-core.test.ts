import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DCT_MATRIX_16X64, dct64To16, dctMedian, imageDomainQuality } from './pdq-dct.ts';
import { computePdqFromGrey, computePdqFromRgb } from './pdq-core.ts';
import { downsampleLumaTo64 } from './pdq-downsample.ts';
import { jaroszWindowSize } from './pdq-jarosz.ts';
import { wasmDct64To16, wasmDownsampleTo64 } from './pdq-wasm-kernel.ts';
import { hammingDistance, isValidPdqHex, parsePdqHex } from './pdq-hex.ts';
import { squashToCimg512 } from './cimg-squash.ts';
import {
  dihedralFromRecord,
  fixturePath,
  floatFromHex,
  fnv1a32,
  generateSynthetic,
  readJsonLines,
} from './pdq-fixtures.test-helper.ts';
import type { SyntheticVector } from './pdq-fixtures.test-helper.ts';

const vectors = readJsonLines<SyntheticVector>('generated/synthetic.jsonl');

describe('PDQ on the 29 synthetic reference vectors', () => {
  it('has all 29 vectors', () => assert.equal(vectors.length, 29));
  for (const vector of vectors) {
    it(`${vector.name}: generator, hash, quality and the 8 dihedral hashes are the reference's`, () => {
      const rgb = generateSynthetic(vector.kind, vector.width, vector.height, vector.seed);
      assert.equal(fnv1a32(rgb), vector.rgbFnv1a, 'generator output differs from the README formula');
      const result = computePdqFromRgb(rgb, vector.width, vector.height, { dihedral: true });
      assert.equal(result.pdq, vector.hash);
      assert.equal(result.quality, vector.quality);
      assert.deepEqual(result.dihedral, dihedralFromRecord(vector.dihedral));
      if (vector.cimg512) {
        const squashed = squashToCimg512(rgb, vector.width, vector.height, 3);
        const cimg = computePdqFromRgb(squashed.pixels, squashed.width, squashed.height);
        assert.equal(cimg.pdq, vector.cimg512.hash);
        assert.equal(cimg.quality, vector.cimg512.quality);
        const inPlace = computePdqFromRgb(rgb, vector.width, vector.height, { cimg512: true });
        assert.equal(inPlace.pdq, vector.cimg512.hash);
        assert.equal(inPlace.quality, vector.cimg512.quality);
      }
    });
  }
});

type Intermediates = {
  width: number;
  height: number;
  windowAlongRows: number;
  windowAlongCols: number;
  quality: number;
  median: string;
  luma_first16: string[];
  downsample64x64: string[];
  dct16x16: string[];
};

describe('PDQ intermediates, float32 bit for bit', () => {
  it('builds the reference DCT matrix', () => {
    const expected = readFileSync(fixturePath('generated/dct-matrix-16x64-f32hex.txt'), 'utf8').trim().split(/\s+/);
    assert.equal(expected.length, 1024);
    assert.deepEqual(Array.from(DCT_MATRIX_16X64), expected.map(floatFromHex));
  });

  for (const name of ['synthetic-gradient-640x480-seed0', 'synthetic-constant-100x100-seed128']) {
    it(`${name}: windows, 64x64 downsample, DCT, median and quality`, () => {
      const expected = JSON.parse(
        readFileSync(fixturePath(`generated/intermediates/${name}.json`), 'utf8'),
      ) as Intermediates;
      const [, kind, size, seed] = /^synthetic-(\w+)-(\d+x\d+)-seed(\d+)$/.exec(name)!;
      const [width, height] = size!.split('x').map(Number) as [number, number];
      const rgb = generateSynthetic(kind as SyntheticVector['kind'], width, height, Number(seed));
      assert.equal(jaroszWindowSize(width), expected.windowAlongRows);
      assert.equal(jaroszWindowSize(height), expected.windowAlongCols);
      const luma = (y: number, dst: Float32Array): void => {
        for (let x = 0; x < width; x++) {
          const p = (y * width + x) * 3;
          dst[x] =
            Math.fround(Math.fround(Math.fround(0.299) * rgb[p]!) + Math.fround(Math.fround(0.587) * rgb[p + 1]!)) +
            Math.fround(Math.fround(0.114) * rgb[p + 2]!);
        }
      };
      const firstRow = new Float32Array(width);
      luma(0, firstRow);
      assert.deepEqual(Array.from(firstRow.subarray(0, 16)), expected.luma_first16.map(floatFromHex));
      const downsampled = new Float32Array(4096);
      downsampleLumaTo64(width, height, luma, downsampled);
      assert.deepEqual(Array.from(downsampled), expected.downsample64x64.map(floatFromHex));
      // The WebAssembly kernel that production runs, fed the same rows and fed the RGB bytes.
      const fromKernel = new Float32Array(4096);
      assert.equal(wasmDownsampleTo64(width, height, { kind: 'luma', source: luma }, fromKernel), true);
      assert.deepEqual(Array.from(fromKernel), expected.downsample64x64.map(floatFromHex));
      assert.equal(wasmDownsampleTo64(width, height, { kind: 'rgb', pixels: rgb, channels: 3 }, fromKernel), true);
      assert.deepEqual(Array.from(fromKernel), expected.downsample64x64.map(floatFromHex));
      const dct = new Float32Array(256);
      dct64To16(downsampled, dct);
      assert.deepEqual(Array.from(dct), expected.dct16x16.map(floatFromHex));
      wasmDct64To16(downsampled, dct);
      assert.deepEqual(Array.from(dct), expected.dct16x16.map(floatFromHex));
      assert.equal(dctMedian(dct), floatFromHex(expected.median));
      assert.equal(imageDomainQuality(downsampled), expected.quality);
    });
  }
});

describe('PDQ edge cases', () => {
  it('hashes inputs under 5 pixels to zero with quality 0', () => {
    assert.deepEqual(computePdqFromGrey(new Uint8Array(4 * 100), 4, 100), { pdq: '0'.repeat(64), quality: 0 });
  });

  it('gives the same hash for grey pixels through the grey and RGB+alpha entry points when R=G=B', () => {
    const grey = generateSynthetic('pattern', 90, 70, 0).filter((_, i) => i % 3 === 0);
    const rgba = new Uint8Array(grey.length * 4);
    grey.forEach((v, i) => rgba.set([v, v, v, 255 - v], i * 4));
    const viaRgba = computePdqFromRgb(rgba, 90, 70, { channels: 4 });
    const withOtherAlpha = computePdqFromRgb(
      rgba.map((v, i) => (i % 4 === 3 ? 0 : v)),
      90,
      70,
      { channels: 4 },
    );
    assert.equal(viaRgba.pdq, withOtherAlpha.pdq, 'alpha must be ignored');
    assert.ok(hammingDistance(viaRgba.pdq, computePdqFromGrey(grey, 90, 70).pdq) <= 2);
  });

  it('refuses a pixel buffer shorter than its dimensions', () => {
    assert.throws(() => computePdqFromRgb(new Uint8Array(10), 100, 100), { code: 'HASHING_INVALID_ARGUMENT' });
  });

  it('multiplying by a double reciprocal rounds to the same float32 as dividing', () => {
    let seed = 12345;
    for (let i = 0; i < 200_000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const x = Math.fround((seed / 2 ** 32) * 255 * (1 + (seed % 200)));
      const n = 1 + (seed % 517);
      assert.equal(Math.fround(x * (1 / n)), Math.fround(x / n));
    }
  });
});

describe('PDQ hex and Hamming distance', () => {
  const a = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  it('counts differing bits', () => {
    assert.equal(hammingDistance(a, a), 0);
    assert.equal(hammingDistance(a, a.toUpperCase()), 0);
    assert.equal(hammingDistance('0'.repeat(64), 'f'.repeat(64)), 256);
    assert.equal(hammingDistance('0'.repeat(63) + '7', '0'.repeat(64)), 3);
  });
  it('rejects malformed hashes with HASHING_SIGNAL_MALFORMED', () => {
    assert.equal(isValidPdqHex(a), true);
    assert.equal(isValidPdqHex(a.slice(1)), false);
    assert.equal(isValidPdqHex(`${a.slice(1)}g`), false);
    assert.throws(() => parsePdqHex('xyz'), { code: 'HASHING_SIGNAL_MALFORMED', isPermanent: true });
  });
});
