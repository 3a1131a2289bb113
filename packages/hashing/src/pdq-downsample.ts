import { ColumnBox, boxAlongRow, boxAlongRowSampled, decimationIndices, jaroszWindowSize } from './pdq-jarosz.ts';
import { boxAlongRows4, boxAlongRowsSampled4 } from './pdq-jarosz-x4.ts';
import type { Rows4 } from './pdq-jarosz-x4.ts';

/** Writes row `y` of the float32 luma image into `dst` (length = width). */
export type LumaRowSource = (y: number, dst: Float32Array) => void;

function rows4(width: number): Rows4 {
  return [new Float32Array(width), new Float32Array(width), new Float32Array(width), new Float32Array(width)];
}

/**
 * Blur and decimate a luma image to 64x64 exactly as the reference's jaroszFilterFloat (2
 * passes: rows, columns, rows, columns) followed by decimateFloat; `out` gets the 64x64
 * buffer row-major. Rows stream through in blocks of four; the second row pass computes only
 * the 64 sampled columns and the second column pass runs on those 64 columns only.
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

  const pending = rows4(width);
  const sampled = rows4(64);
  let pendingCount = 0;
  const firstColumns = new ColumnBox(width, height, windowAlongCols, (_row, values) => {
    pending[pendingCount++]!.set(values);
    if (pendingCount < 4) return;
    boxAlongRowsSampled4(pending, sampled, width, windowAlongRows, sampledCols);
    for (const row of sampled) secondColumns.push(row);
    pendingCount = 0;
  });

  const luma = rows4(width);
  const blurred = rows4(width);
  let y = 0;
  for (; y + 4 <= height; y += 4) {
    for (let r = 0; r < 4; r++) source(y + r, luma[r]!);
    boxAlongRows4(luma, blurred, width, windowAlongRows);
    for (const row of blurred) firstColumns.push(row);
  }
  for (; y < height; y++) {
    source(y, luma[0]);
    boxAlongRow(luma[0], blurred[0], width, windowAlongRows);
    firstColumns.push(blurred[0]);
  }
  firstColumns.finish();
  for (let r = 0; r < pendingCount; r++) {
    boxAlongRowSampled(pending[r]!, sampled[0], width, windowAlongRows, sampledCols);
    secondColumns.push(sampled[0]);
  }
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
