// The reference's blur-and-decimate (a Jarosz tent: two passes of box filters along rows then
// columns, then sampling the centre of each of 64x64 cells), reproduced operation for operation
// in float32 so that hashes are bit-exact. Every running sum is rounded to float32 after each
// add and each subtract, in the reference's order; quotients are rounded by the Float32Array
// stores. The pipeline streams row by row: a pixel row is blurred along the row, pushed into
// per-column running sums, and only the rows and columns that the decimation samples are
// finished, so a whole-image float buffer is never written and the work stays in cache.

const fround = Math.fround;

// Division by the window size is the costliest step, and where the window is full the divisor
// is constant: x * (1 / n) in double, rounded to float32 by the store, equals the float32
// quotient x / n exactly. Proof sketch: for a float32 x and integer n < 2^27, x / n is never
// within 2^-25 / n (relative) of a float32 rounding midpoint unless it is one, which needs n
// even and is then exact; the double product is within 2^-52 of x / n, far inside that margin.

/** Box filter window per axis: ceil(dimension / 128) for a 64-cell output. */
export function jaroszWindowSize(dimension: number, target = 64): number {
  return Math.floor((dimension + 2 * target - 1) / (2 * target));
}

/** Index of the source row or column sampled for each of `count` output cells. */
export function decimationIndices(dimension: number, count = 64): Int32Array {
  const indices = new Int32Array(count);
  for (let i = 0; i < count; i++) indices[i] = Math.trunc(((i + 0.5) * dimension) / count);
  return indices;
}

/** One box pass along a contiguous row: the reference's box1DFloat with stride 1. */
export function boxAlongRow(src: Float32Array, dst: Float32Array, length: number, window: number): void {
  const half = (window + 2) >> 1;
  const inverse = 1 / window;
  let sum = 0;
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let i = 0; i < half - 1; i++) {
    sum = fround(sum + src[ri++]!);
    size++;
  }
  for (let i = 0; i < window - half + 1; i++) {
    sum = fround(sum + src[ri++]!);
    size++;
    dst[oi++] = sum / size;
  }
  for (let i = 0; i < length - window; i++) {
    sum = fround(sum + src[ri++]!);
    sum = fround(sum - src[li++]!);
    dst[oi++] = sum * inverse;
  }
  for (let i = 0; i < half - 1; i++) {
    sum = fround(sum - src[li++]!);
    size--;
    dst[oi++] = sum / size;
  }
}

/**
 * The same pass when only some outputs are wanted: the running sum still visits every element
 * (its rounding depends on all of them) but the divisions happen only at `samples`, which must
 * be non-decreasing; `dst[k]` receives output `samples[k]`.
 */
export function boxAlongRowSampled(
  src: Float32Array,
  dst: Float32Array,
  length: number,
  window: number,
  samples: Int32Array,
): void {
  const half = (window + 2) >> 1;
  const inverse = 1 / window;
  const count = samples.length;
  let next = 0;
  let want = samples[0]!;
  let sum = 0;
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let i = 0; i < half - 1; i++) {
    sum = fround(sum + src[ri++]!);
    size++;
  }
  for (let i = 0; i < window - half + 1; i++) {
    sum = fround(sum + src[ri++]!);
    size++;
    while (oi === want) {
      dst[next++] = sum / size;
      want = next < count ? samples[next]! : -1;
    }
    oi++;
  }
  for (let i = 0; i < length - window; i++) {
    sum = fround(sum + src[ri++]!);
    sum = fround(sum - src[li++]!);
    while (oi === want) {
      dst[next++] = sum * inverse;
      want = next < count ? samples[next]! : -1;
    }
    oi++;
  }
  for (let i = 0; i < half - 1; i++) {
    sum = fround(sum - src[li++]!);
    size--;
    while (oi === want) {
      dst[next++] = sum / size;
      want = next < count ? samples[next]! : -1;
    }
    oi++;
  }
}

/**
 * A box pass down the columns, fed one row at a time (the reference's boxAlongColsFloat, whose
 * per-column sums are independent, so running them side by side keeps each one's order).
 * Finished output rows go to `emit(rowIndex, values)`; `values` is reused after the call.
 */
export class ColumnBox {
  readonly #width: number;
  readonly #length: number;
  readonly #window: number;
  readonly #half: number;
  readonly #sums: Float32Array;
  readonly #out: Float32Array;
  readonly #ring: Float32Array[];
  readonly #emit: (row: number, values: Float32Array) => void;
  #read = 0;

  constructor(width: number, length: number, window: number, emit: (row: number, values: Float32Array) => void) {
    this.#width = width;
    this.#length = length;
    this.#window = window;
    this.#half = (window + 2) >> 1;
    this.#sums = new Float32Array(width);
    this.#out = new Float32Array(width);
    this.#ring = Array.from({ length: window }, () => new Float32Array(width));
    this.#emit = emit;
  }

  push(row: Float32Array): void {
    const ri = this.#read++;
    const width = this.#width;
    const sums = this.#sums;
    const out = this.#out;
    const window = this.#window;
    // The ring keeps the last `window` rows: the slot of row ri - window, subtracted now.
    const old = this.#ring[ri % window]!;
    if (ri < this.#half - 1) {
      for (let j = 0; j < width; j++) sums[j] = sums[j]! + row[j]!;
    } else if (ri < window) {
      const size = ri + 1;
      for (let j = 0; j < width; j++) {
        const s = fround(sums[j]! + row[j]!);
        sums[j] = s;
        out[j] = s / size;
      }
      this.#emit(ri - this.#half + 1, out);
    } else {
      const inverse = 1 / window;
      for (let j = 0; j < width; j++) {
        const s = fround(fround(sums[j]! + row[j]!) - old[j]!);
        sums[j] = s;
        out[j] = s * inverse;
      }
      this.#emit(ri - this.#half + 1, out);
    }
    old.set(row.subarray(0, width));
  }

  /** Runs the reference's last phase (no reads, shrinking window) once every row is in. */
  finish(): void {
    const width = this.#width;
    const sums = this.#sums;
    const out = this.#out;
    const window = this.#window;
    let size = window;
    let oi = this.#length - this.#half + 1;
    for (let li = this.#length - window; li < this.#length - window + this.#half - 1; li++) {
      const old = this.#ring[li % window]!;
      size--;
      for (let j = 0; j < width; j++) {
        const s = fround(sums[j]! - old[j]!);
        sums[j] = s;
        out[j] = s / size;
      }
      this.#emit(oi++, out);
    }
  }
}
