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
  let o = 0;
  for (let y = 0; y < CIMG_SIDE; y++) {
    const row = Math.floor((y * height) / CIMG_SIDE) * width * channels;
    for (let x = 0; x < CIMG_SIDE; x++) {
      const p = row + columns[x]!;
      for (let c = 0; c < channels; c++) out[o++] = pixels[p + c]!;
    }
  }
  return { pixels: out, width: CIMG_SIDE, height: CIMG_SIDE };
}
