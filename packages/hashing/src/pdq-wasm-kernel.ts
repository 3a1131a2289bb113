// Driver of the WebAssembly kernel (pdq-kernel.wat): the reference's Jarosz filter, decimation
// and DCT, bit-exact like the JS versions (pdq-downsample.ts, pdq-dct.ts) but about 5x faster, because
// float32 arithmetic is native there (no Math.fround per operation) and SIMD runs 4 independent
// running sums per instruction. The image streams through in strips of 16 rows; every buffer is
// sized by the image width (and the window), so the kernel's memory stays a few hundred KiB for
// common images and never holds the whole picture.
import { DCT_MATRIX_16X64 } from './pdq-dct.ts';
import { decimationIndices, jaroszWindowSize } from './pdq-jarosz.ts';
import type { LumaRowSource } from './pdq-downsample.ts';
import { PDQ_KERNEL_WASM_BASE64 } from './pdq-kernel.wasm.ts';

/**
 * What the kernel reads: 8-bit pixels (luma computed in the kernel) or float32 luma rows. With
 * `squashedFrom`, `pixels` has those dimensions and the kernel reads it resized to the image's
 * by nearest neighbour, source = floor(dst * size / target): squashToCimg512 without the copy.
 */
export type KernelInput =
  | {
      readonly kind: 'rgb' | 'grey';
      readonly pixels: Uint8Array;
      readonly channels: number;
      readonly squashedFrom?: { readonly width: number; readonly height: number };
    }
  | { readonly kind: 'luma'; readonly source: LumaRowSource };

// The project's lib settings (es2024 + @types/node) declare no WebAssembly namespace; these are
// the few members used here.
type WasmMemory = { readonly buffer: ArrayBuffer; grow(pages: number): number };
type WasmApi = {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: unknown };
};
const wasm = (globalThis as unknown as { readonly WebAssembly: WasmApi }).WebAssembly;

type Kernel = {
  readonly memory: WasmMemory;
  luma(mode: number, input: number, rowBytes: number, columns: number, width: number, out: number): void;
  rowBox(input: number, out: number, width: number, window: number, half: number, div: number): void;
  rowBoxSampled(input: number, out: number, window: number, div: number, steps: number): void;
  colBox(
    input: number,
    out: number,
    sums: number,
    ring: number,
    rowBytes: number,
    window: number,
    t0: number,
    div: number,
  ): void;
  colBoxSampled(
    input: number,
    first: number,
    last: number,
    t0: number,
    height: number,
    zero: number,
    sums: number,
    ring: number,
    window: number,
    div: number,
    steps: number,
    next: number,
    out: number,
  ): number;
  dct(a: number, d: number, dt: number, t: number, out: number): void;
};

/** Past this the JS version runs instead: only for freak shapes (a 20 000 000 x 5 image). */
const MAX_KERNEL_BYTES = 256 * 1024 * 1024;
const STRIP = 16;
const ENTRY = STRIP * 4;
const LUMA_MODE = { rgb: 0, grey: 1, luma: 2 } as const;

// The DCT's fixed region at the start of memory (D and its transpose written once); the blur's
// buffers follow it.
const DCT_D = 0;
const DCT_DT = DCT_D + 16 * 64 * 4;
const DCT_A = DCT_DT + 16 * 64 * 4;
const DCT_T = DCT_A + 64 * 64 * 4;
const DCT_OUT = DCT_T + 16 * 64 * 4;
const BLUR_START = DCT_OUT + 16 * 16 * 4;

let kernel: Kernel | undefined;

function getKernel(): Kernel {
  if (!kernel) {
    const module = new wasm.Module(Buffer.from(PDQ_KERNEL_WASM_BASE64, 'base64'));
    const instance = new wasm.Instance(module, {}).exports as Kernel;
    const floats = new Float32Array(instance.memory.buffer);
    floats.set(DCT_MATRIX_16X64, DCT_D / 4);
    for (let i = 0; i < 16; i++) {
      for (let k = 0; k < 64; k++) floats[DCT_DT / 4 + k * 16 + i] = DCT_MATRIX_16X64[i * 64 + k]!;
    }
    kernel = instance;
  }
  return kernel;
}

/** dct64To16 (pdq-dct.ts) in the kernel: `a` 64x64 row-major in, `out` 16x16 out. */
export function wasmDct64To16(a: Float32Array, out: Float32Array): void {
  const k = getKernel();
  const floats = new Float32Array(k.memory.buffer);
  floats.set(a.subarray(0, 4096), DCT_A / 4);
  k.dct(DCT_A, DCT_D, DCT_DT, DCT_T, DCT_OUT);
  out.set(floats.subarray(DCT_OUT / 4, DCT_OUT / 4 + 256));
}

/**
 * Window size the reference divides output `o` by: the count of the inputs [o+h+1-w, o+h]
 * that lie inside [0, n). Indexed by step t = o + h; steps with no output get 1 (never used).
 */
function divisorsByStep(n: number, window: number, half: number, steps: number, view: Float32Array, at: number): void {
  for (let t = 0; t < steps; t++) {
    const o = t - half;
    view[at + t] = o < 0 || o >= n ? 1 : Math.min(t, n - 1) - Math.max(t + 1 - window, 0) + 1;
  }
}

/**
 * Blur and decimate to 64x64 with the kernel; false when the image is too wide for it (the
 * caller then uses the JS version). Same contract as downsampleLumaTo64.
 */
export function wasmDownsampleTo64(width: number, height: number, input: KernelInput, out: Float32Array): boolean {
  const winR = jaroszWindowSize(width);
  const winC = jaroszWindowSize(height);
  const halfR = ((winR + 2) >> 1) - 1;
  const halfC = ((winC + 2) >> 1) - 1;
  const paddedWidth = (width + 3) & ~3;
  const strips = Math.ceil((height + 2 * halfC) / STRIP);
  const pixelBytes = input.kind === 'luma' ? 4 : input.channels;
  const from = input.kind === 'luma' ? undefined : input.squashedFrom;
  const sourceWidth = from?.width ?? width;
  const sourceHeight = from?.height ?? height;
  const inRowBytes = sourceWidth * pixelBytes;

  // Layout, in bytes; each buffer starts on a 64-byte boundary.
  let end = BLUR_START;
  const take = (bytes: number): number => {
    const at = end;
    end += Math.ceil(bytes / 64) * 64;
    return at;
  };
  const IN = take(STRIP * inRowBytes + 16);
  const COLUMNS = take(width * 4);
  const LUMA = take((winR + width + halfR) * ENTRY);
  const ROWS = take(paddedWidth * ENTRY);
  const COLS = take((winR + Math.max(paddedWidth, width + halfR)) * ENTRY);
  const SUMS1 = take(paddedWidth * 4);
  const RING1 = take(winC * paddedWidth * 4);
  const DIV_R = take((width + halfR) * 4);
  const DIV_C = take(strips * STRIP * 4);
  const COL_STEPS = take(64 * 4);
  const ROW_STEPS = take(64 * 4);
  const SAMPLED = take(STRIP * 256);
  const ZERO = take(256);
  const SUMS2 = take(256);
  const RING2 = take(winC * 256);
  const OUT = take(64 * 256);
  if (end > MAX_KERNEL_BYTES) return false;

  const k = getKernel();
  const missing = end - k.memory.buffer.byteLength;
  if (missing > 0) k.memory.grow(Math.ceil(missing / 65536));
  const bytes = new Uint8Array(k.memory.buffer);
  const floats = new Float32Array(k.memory.buffer);
  const ints = new Int32Array(k.memory.buffer);
  // Zero padding, sums and rings must start at 0: the buffers are reused image after image.
  bytes.fill(0, BLUR_START, end);
  divisorsByStep(width, winR, halfR, width + halfR, floats, DIV_R / 4);
  divisorsByStep(height, winC, halfC, strips * STRIP, floats, DIV_C / 4);
  const sampledCols = decimationIndices(width);
  const sampledRows = decimationIndices(height);
  for (let x = 0; x < width; x++) {
    ints[COLUMNS / 4 + x] = (from ? Math.floor((x * sourceWidth) / width) : x) * pixelBytes;
  }
  for (let n = 0; n < 64; n++) {
    ints[COL_STEPS / 4 + n] = sampledCols[n]! + halfR;
    ints[ROW_STEPS / 4 + n] = sampledRows[n]! + halfC;
  }

  const mode = LUMA_MODE[input.kind];
  let next = 0;
  for (let s = 0; s < strips; s++) {
    const t0 = s * STRIP;
    const rows = Math.max(0, Math.min(STRIP, height - t0));
    if (input.kind === 'luma') {
      for (let r = 0; r < rows; r++) {
        const at = (IN + r * inRowBytes) / 4;
        input.source(t0 + r, floats.subarray(at, at + width));
      }
    } else if (from) {
      for (let r = 0; r < rows; r++) {
        const y = Math.floor(((t0 + r) * sourceHeight) / height);
        bytes.set(input.pixels.subarray(y * inRowBytes, (y + 1) * inRowBytes), IN + r * inRowBytes);
      }
    } else if (rows > 0) {
      bytes.set(input.pixels.subarray(t0 * inRowBytes, (t0 + rows) * inRowBytes), IN);
    }
    // Rows past the bottom are zeros: they feed the column passes' last phase nothing.
    if (rows < STRIP) bytes.fill(0, IN + rows * inRowBytes, IN + STRIP * inRowBytes);
    k.luma(mode, IN, inRowBytes, COLUMNS, width, LUMA + winR * ENTRY);
    k.rowBox(LUMA, ROWS, width, winR, halfR, DIV_R);
    k.colBox(ROWS, COLS + winR * ENTRY, SUMS1, RING1, paddedWidth * 4, winC, t0, DIV_C);
    k.rowBoxSampled(COLS, SAMPLED, winR, DIV_R, COL_STEPS);
    // The second column pass takes output row t - halfC of the first as its step t - halfC.
    const first = Math.max(0, halfC - t0);
    const last = Math.min(STRIP, height + 2 * halfC - t0);
    if (first < last) {
      next = k.colBoxSampled(
        SAMPLED,
        first,
        last,
        t0 - halfC,
        height,
        ZERO,
        SUMS2,
        RING2,
        winC,
        DIV_C,
        ROW_STEPS,
        next,
        OUT,
      );
    }
  }
  out.set(floats.subarray(OUT / 4, OUT / 4 + 4096));
  return true;
}
