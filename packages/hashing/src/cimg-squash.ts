/** Side of the square the C++ command-line hasher squashes larger images to. */
export const CIMG_SIDE = 512;

/**
 * The current C++ hasher's input: images wider or taller than 512 are resized to exactly
 * 512x512 (aspect ratio not kept) by nearest neighbour, source = floor(dst * size / 512).
 * Smaller images pass through unchanged.
 */
export function squashToCimg512(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
): { pixels: Uint8Array; width: number; height: number } {
  if (width <= CIMG_SIDE && height <= CIMG_SIDE) return { pixels, width, height };
  const out = new Uint8Array(CIMG_SIDE * CIMG_SIDE * channels);
  const columns = new Int32Array(CIMG_SIDE);
  for (let x = 0; x < CIMG_SIDE; x++) columns[x] = Math.floor((x * width) / CIMG_SIDE) * channels;
  const outRow = CIMG_SIDE * channels;
  let previous = -1;
  for (let y = 0, o = 0; y < CIMG_SIDE; y++, o += outRow) {
    const source = Math.floor((y * height) / CIMG_SIDE);
    // A shorter image repeats source rows: the row just built is copied instead of rebuilt.
    if (source === previous) {
      out.copyWithin(o, o - outRow, o);
      continue;
    }
    previous = source;
    copyRow(pixels, source * width * channels, columns, channels, out, o);
  }
  return { pixels: out, width: CIMG_SIDE, height: CIMG_SIDE };
}

// One loop per common pixel size: a fixed-length copy per pixel is several times faster in V8
// than an inner loop over the channels.
function copyRow(
  pixels: Uint8Array,
  row: number,
  columns: Int32Array,
  channels: number,
  out: Uint8Array,
  o: number,
): void {
  if (channels === 3) {
    for (let x = 0; x < CIMG_SIDE; x++, o += 3) {
      const p = row + columns[x]!;
      out[o] = pixels[p]!;
      out[o + 1] = pixels[p + 1]!;
      out[o + 2] = pixels[p + 2]!;
    }
  } else if (channels === 1) {
    for (let x = 0; x < CIMG_SIDE; x++) out[o + x] = pixels[row + columns[x]!]!;
  } else {
    for (let x = 0; x < CIMG_SIDE; x++) {
      const p = row + columns[x]!;
      for (let c = 0; c < channels; c++) out[o++] = pixels[p + c]!;
    }
  }
}
