import { ColumnBox, boxAlongRow, boxAlongRowSampled, decimationIndices, jaroszWindowSize } from './pdq-jarosz.ts';

/** Writes row `y` of the float32 luma image into `dst` (length = width). */
export type LumaRowSource = (y: number, dst: Float32Array) => void;

/**
 * Blur and decimate a luma image to 64x64 exactly as the reference's jaroszFilterFloat (2
 * passes) followed by decimateFloat; `out` receives the 64x64 buffer row-major.
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
  let secondRowsOut = secondColumns.spare();
  const firstColumns = new ColumnBox(width, height, windowAlongCols, (_row, values) => {
    boxAlongRowSampled(values, secondRowsOut, width, windowAlongRows, sampledCols);
    secondRowsOut = secondColumns.push(secondRowsOut);
  });

  const luma = new Float32Array(width);
  let firstRowsOut = firstColumns.spare();
  for (let y = 0; y < height; y++) {
    source(y, luma);
    boxAlongRow(luma, firstRowsOut, width, windowAlongRows);
    firstRowsOut = firstColumns.push(firstRowsOut);
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
