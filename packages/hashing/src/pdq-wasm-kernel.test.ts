import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { squashToCimg512 } from './cimg-squash.ts';
import { computePdqFromGrey } from './pdq-core.ts';
import { dct64To16, dctToWords } from './pdq-dct.ts';
import { downsampleLumaTo64 } from './pdq-downsample.ts';
import type { LumaRowSource } from './pdq-downsample.ts';
import { wordsToPdqHex } from './pdq-hex.ts';
import { wasmDct64To16, wasmDownsampleTo64 } from './pdq-wasm-kernel.ts';

const LUMA_R = Math.fround(0.299);
const LUMA_G = Math.fround(0.587);
const LUMA_B = Math.fround(0.114);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Noise, smooth ramps or flat areas with edges: each exercises different float roundings. */
function makePixels(width: number, height: number, channels: number, seed: number): Uint8Array {
  const next = random(seed);
  const pixels = new Uint8Array(width * height * channels);
  const style = seed % 3;
  for (let i = 0; i < pixels.length; i++) {
    const x = Math.floor(i / channels) % width;
    const y = Math.floor(i / channels / width);
    if (style === 0) pixels[i] = Math.floor(next() * 256);
    else if (style === 1) pixels[i] = (x * 3 + y * 5 + (i % channels) * 40) & 255;
    else pixels[i] = ((x >> 4) + (y >> 3)) % 2 === 0 ? 250 : Math.floor(next() * 8);
  }
  return pixels;
}

/** The reference's luma, one float32 operation at a time, as an independent JS source. */
function lumaSource(pixels: Uint8Array, width: number, channels: number): LumaRowSource {
  return (y, dst) => {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * channels;
      dst[x] =
        channels < 3
          ? pixels[p]!
          : Math.fround(
              Math.fround(Math.fround(LUMA_R * pixels[p]!) + Math.fround(LUMA_G * pixels[p + 1]!)) +
                Math.fround(LUMA_B * pixels[p + 2]!),
            );
    }
  };
}

function firstDifference(a: Float32Array, b: Float32Array): string | undefined {
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) return `cell ${i}: ${a[i]} (JS) vs ${b[i]} (wasm)`;
  }
  return undefined;
}

// Shapes around every boundary of the kernel: the minimum size, widths not a multiple of 4,
// heights not a multiple of the 16-row strip, windows of 1 to 16, strips past the bottom for
// the column passes' last phase, extreme aspect ratios, repeated sample columns (width < 64).
const SHAPES: readonly (readonly [number, number])[] = [
  [5, 5],
  [6, 9],
  [17, 5],
  [33, 31],
  [63, 64],
  [64, 65],
  [65, 63],
  [100, 7],
  [7, 100],
  [127, 129],
  [128, 128],
  [129, 257],
  [255, 33],
  [333, 517],
  [640, 480],
  [1024, 768],
  [768, 1024],
  [1999, 30],
  [30, 1999],
  [2049, 17],
  [1500, 1300],
];

describe('WebAssembly kernel, float32 bit for bit with the JS blur and DCT', () => {
  for (const [width, height] of SHAPES) {
    it(`${width}x${height}: RGB, RGBA, grey, grey+alpha and float luma rows`, () => {
      for (const channels of [3, 4, 1, 2]) {
        const pixels = makePixels(width, height, channels, width * 31 + height * 7 + channels);
        const source = lumaSource(pixels, width, channels);
        const expected = new Float32Array(4096);
        downsampleLumaTo64(width, height, source, expected);
        const fromBytes = new Float32Array(4096);
        const kind = channels < 3 ? 'grey' : 'rgb';
        assert.equal(wasmDownsampleTo64(width, height, { kind, pixels, channels }, fromBytes), true);
        assert.equal(firstDifference(expected, fromBytes), undefined, `${channels} channels from bytes`);
        const fromLuma = new Float32Array(4096);
        assert.equal(wasmDownsampleTo64(width, height, { kind: 'luma', source }, fromLuma), true);
        assert.equal(firstDifference(expected, fromLuma), undefined, `${channels} channels from luma rows`);
      }
    });
  }

  for (const [width, height] of [
    [513, 512],
    [1999, 30],
    [30, 1999],
    [1024, 768],
    [600, 700],
    [4100, 9],
  ] as const) {
    it(`${width}x${height} squashed to 512x512 in the kernel: as squashToCimg512 then the JS blur`, () => {
      for (const channels of [3, 4, 1, 2]) {
        const pixels = makePixels(width, height, channels, width + height + channels);
        const squashed = squashToCimg512(pixels, width, height, channels);
        const expected = new Float32Array(4096);
        downsampleLumaTo64(512, 512, lumaSource(squashed.pixels, 512, channels), expected);
        const actual = new Float32Array(4096);
        const input = {
          kind: channels < 3 ? 'grey' : 'rgb',
          pixels,
          channels,
          squashedFrom: { width, height },
        } as const;
        assert.equal(wasmDownsampleTo64(512, 512, input, actual), true);
        assert.equal(firstDifference(expected, actual), undefined, `${channels} channels`);
      }
    });
  }

  it('squashes in JS when the source rows are too wide for the kernel', () => {
    const width = 17_000_000;
    // 16 source rows of 17 MB are past the kernel's memory cap.
    const grey = new Uint8Array(width * 5);
    for (let i = 0; i < grey.length; i += 997) grey.fill(i % 251, i, i + 500);
    const squashed = squashToCimg512(grey, width, 5, 1);
    assert.equal(
      computePdqFromGrey(grey, width, 5, { cimg512: true }).pdq,
      computePdqFromGrey(squashed.pixels, 512, 512).pdq,
    );
  });

  it('gives the same result when a smaller image follows a larger one (buffers are reused)', () => {
    const small = makePixels(70, 90, 3, 5);
    const first = new Float32Array(4096);
    wasmDownsampleTo64(70, 90, { kind: 'rgb', pixels: small, channels: 3 }, first);
    wasmDownsampleTo64(
      1500,
      1300,
      { kind: 'rgb', pixels: makePixels(1500, 1300, 3, 6), channels: 3 },
      new Float32Array(4096),
    );
    const again = new Float32Array(4096);
    wasmDownsampleTo64(70, 90, { kind: 'rgb', pixels: small, channels: 3 }, again);
    assert.equal(firstDifference(first, again), undefined);
  });

  it('leaves images too wide for its memory to the JS blur, with the same hash', () => {
    const width = 2_000_000;
    const height = 5;
    const grey = makePixels(width, height, 1, 2);
    assert.equal(
      wasmDownsampleTo64(width, height, { kind: 'grey', pixels: grey, channels: 1 }, new Float32Array(4096)),
      false,
    );
    const downsampled = new Float32Array(4096);
    downsampleLumaTo64(width, height, lumaSource(grey, width, 1), downsampled);
    const dct = new Float32Array(256);
    dct64To16(downsampled, dct);
    assert.equal(computePdqFromGrey(grey, width, height).pdq, wordsToPdqHex(dctToWords(dct)));
  });

  it('computes the 16x64 DCT as dct64To16 does, on blurred images and on raw noise', () => {
    const next = random(9);
    for (let round = 0; round < 20; round++) {
      const input = new Float32Array(4096);
      if (round % 2 === 0) for (let i = 0; i < 4096; i++) input[i] = Math.fround(next() * 255);
      else
        wasmDownsampleTo64(
          300 + round,
          200 + round,
          { kind: 'rgb', pixels: makePixels(300 + round, 200 + round, 3, round), channels: 3 },
          input,
        );
      const expected = new Float32Array(256);
      dct64To16(input, expected);
      const actual = new Float32Array(256);
      wasmDct64To16(input, actual);
      assert.equal(firstDifference(expected, actual), undefined, `round ${round}`);
    }
  });

  it('is assembled from the committed pdq-kernel.wat (node scripts/build-wasm.ts --check)', () => {
    const script = path.resolve(import.meta.dirname, '../../../scripts/build-wasm.ts');
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
