import { ColumnBox, boxAlongRow, boxAlongRowSampled, decimationIndices, jaroszWindowSize } from './pdq-jarosz.ts';

/** Writes row `y` of the float32 luma image into `dst` (length = width). */
export type LumaRowSource = (y: number, dst: Float32Array) => void;

/**
 * Blur and decimate a luma image to 64x64 exactly as the reference's jaroszFilterFloat (2
 * passes: rows, columns, rows, columns) followed by decimateFloat; `out` gets the 64x64
 * buffer row-major. The second row pass computes only the 64 sampled columns and the second
 * column pass runs on those 64 columns only. This is the plain-JS path: images are hashed by the
 * WebAssembly kernel (pdq-wasm-kernel.ts), which the tests hold to this, bit for bit; it also
 * serves the rare shapes too large for the kernel's memory.
 */
export function downsampleLumaTo64(width: number, height: number, source: LumaRowSource, out: Float32Array): void {
  const windowAlongRows = jaroszWindowSize(width);
  const windowAlongCols = jaroszWindowSize(height);
  const sampledCols = decimationIndices(width);
  const sampledRows = decimationIndices(height);

  let nextSampledRow = 0;
  const secondColumns = new ColumnBox(64, height, windowAlongCols, (row, values) => {
    while (nextSampledRow < 64 && sampledRows[nextSampledRow] === row) {
      out.set(values, nextSampledRow * 64);
      nextSampledRow++;
    }
  });

  const sampled = new Float32Array(64);
  const firstColumns = new ColumnBox(width, height, windowAlongCols, (_row, values) => {
    boxAlongRowSampled(values, sampled, width, windowAlongRows, sampledCols);
    secondColumns.push(sampled);
  });

  const luma = new Float32Array(width);
  const blurred = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    source(y, luma);
    boxAlongRow(luma, blurred, width, windowAlongRows);
    firstColumns.push(blurred);
  }
  firstColumns.finish();
  secondColumns.finish();
}

/** The reference skips the blur when the input is already 64x64 (its video fast path). */
export function copyLumaTo64(source: LumaRowSource, out: Float32Array): void {
  const row = new Float32Array(64);
  for (let y = 0; y < 64; y++) {
    source(y, row);
    out.set(row, y * 64);
  }
}
