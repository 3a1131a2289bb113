// A minimal QR code encoder (ISO/IEC 18004): byte mode, error correction level M,
// versions 1 to 10 (up to 213 bytes), enough for an otpauth:// URI. Written here rather
// than taken from npm so the console keeps no third-party code on its sign-in path.

export interface QrCode {
  readonly version: number;
  readonly size: number;
  /** modules[y][x] is true for a dark module. */
  readonly modules: readonly (readonly boolean[])[];
}

const MAX_VERSION = 10;
// Level M, indexed by version: error correction codewords per block, and number of blocks.
const EC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const FORMAT_LEVEL_M = 0b00;

export class QrCapacityError extends Error {
  override readonly name = 'QrCapacityError';
}

export function encodeQr(text: string): QrCode {
  const data = new TextEncoder().encode(text);
  const version = chooseVersion(data.length);
  const codewords = addErrorCorrection(encodeData(data, version), version);
  const size = version * 4 + 17;
  const reserved = grid(size);
  const base = grid(size);
  drawFunctionPatterns(base, reserved, version);
  placeData(base, reserved, codewords);

  let best: boolean[][] = base;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const candidate = base.map((row, y) =>
      row.map((dark, x) => (reserved[y]![x]! ? dark : dark !== maskBit(mask, x, y))),
    );
    drawFormatBits(candidate, mask);
    const penalty = penaltyScore(candidate);
    if (penalty < bestPenalty) {
      best = candidate;
      bestPenalty = penalty;
    }
  }
  return { version, size, modules: best };
}

export function totalCodewords(version: number): number {
  let bits = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    bits -= (25 * align - 10) * align - 55;
    if (version >= 7) bits -= 36;
  }
  return Math.floor(bits / 8);
}

export function dataCodewords(version: number): number {
  return totalCodewords(version) - EC_PER_BLOCK[version]! * BLOCKS[version]!;
}

function chooseVersion(byteCount: number): number {
  for (let v = 1; v <= MAX_VERSION; v++) {
    const countBits = v <= 9 ? 8 : 16;
    if (4 + countBits + byteCount * 8 <= dataCodewords(v) * 8) return v;
  }
  throw new QrCapacityError(`Text of ${byteCount} bytes is too long for a version ${MAX_VERSION} QR code`);
}

function encodeData(data: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(data.length, version <= 9 ? 8 : 16);
  for (const byte of data) push(byte, 8);
  const capacity = dataCodewords(version) * 8;
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
  const bytes: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    bytes.push(bits.slice(i, i + 8).reduce((acc, b) => (acc << 1) | b, 0));
  }
  return bytes;
}

/** Splits data into blocks, appends each block's Reed-Solomon codewords, and interleaves. */
export function addErrorCorrection(data: readonly number[], version: number): number[] {
  const blockCount = BLOCKS[version]!;
  const ecLength = EC_PER_BLOCK[version]!;
  const shortLength = Math.floor(data.length / blockCount);
  const longBlocks = data.length % blockCount;
  const generator = rsGenerator(ecLength);
  const blocks: number[][] = [];
  const ecBlocks: number[][] = [];
  let offset = 0;
  for (let b = 0; b < blockCount; b++) {
    const length = shortLength + (b >= blockCount - longBlocks ? 1 : 0);
    const block = data.slice(offset, offset + length);
    offset += length;
    blocks.push(block);
    ecBlocks.push(rsRemainder(block, generator));
  }
  const out: number[] = [];
  for (let i = 0; i <= shortLength; i++) for (const block of blocks) if (i < block.length) out.push(block[i]!);
  for (let i = 0; i < ecLength; i++) for (const ec of ecBlocks) out.push(ec[i]!);
  return out;
}

export function gfMultiply(a: number, b: number): number {
  let result = 0;
  for (let i = 7; i >= 0; i--) {
    result = (result << 1) ^ ((result >>> 7) * 0x11d);
    result ^= ((b >>> i) & 1) * a;
  }
  return result;
}

/** Coefficients of prod(x - a^i) for i < degree, highest power first, leading 1 omitted. */
function rsGenerator(degree: number): number[] {
  const coefficients = new Array<number>(degree).fill(0);
  coefficients[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      coefficients[j] = gfMultiply(coefficients[j]!, root) ^ (coefficients[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return coefficients;
}

function rsRemainder(data: readonly number[], generator: readonly number[]): number[] {
  const result = new Array<number>(generator.length).fill(0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    generator.forEach((coefficient, i) => (result[i] = result[i]! ^ gfMultiply(coefficient, factor)));
  }
  return result;
}

function grid(size: number): boolean[][] {
  return Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
}

export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const last = version * 4 + 10;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const positions = [6];
  for (let i = count - 2; i >= 0; i--) positions.push(last - i * step);
  return positions;
}

function drawFunctionPatterns(modules: boolean[][], reserved: boolean[][], version: number): void {
  const size = modules.length;
  const set = (x: number, y: number, dark: boolean): void => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const ring = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, ring !== 2 && ring !== 4);
      }
    }
  }
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  for (const [i, cy] of positions.entries()) {
    for (const [j, cx] of positions.entries()) {
      if ((i === 0 && (j === 0 || j === last)) || (i === last && j === 0)) continue; // finder corners
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }
  }
  drawFormatBits(modules, 0);
  for (let i = 0; i < 9; i++) {
    reserved[8]![i] = reserved[i]![8] = true;
    if (i < 8) reserved[8]![size - 1 - i] = reserved[size - 1 - i]![8] = true;
  }
  if (version >= 7) {
    const bits = (version << 12) | bchRemainder(version, 0x1f25, 12);
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
}

function bchRemainder(value: number, generator: number, degree: number): number {
  let remainder = value << degree;
  for (let bit = 31 - Math.clz32(remainder); bit >= degree; bit--) {
    if ((remainder >>> bit) & 1) remainder ^= generator << (bit - degree);
  }
  return remainder;
}

export function formatBits(mask: number): number {
  const data = (FORMAT_LEVEL_M << 3) | mask;
  return ((data << 10) | bchRemainder(data, 0x537, 10)) ^ 0x5412;
}

function drawFormatBits(modules: boolean[][], mask: number): void {
  const size = modules.length;
  const bits = formatBits(mask);
  const bit = (i: number): boolean => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) modules[i]![8] = bit(i);
  modules[7]![8] = bit(6);
  modules[8]![8] = bit(7);
  modules[8]![7] = bit(8);
  for (let i = 9; i < 15; i++) modules[8]![14 - i] = bit(i);
  for (let i = 0; i < 8; i++) modules[8]![size - 1 - i] = bit(i);
  for (let i = 8; i < 15; i++) modules[size - 15 + i]![8] = bit(i);
  modules[size - 8]![8] = true; // the dark module
}

function placeData(modules: boolean[][], reserved: boolean[][], codewords: readonly number[]): void {
  const size = modules.length;
  let bitIndex = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern takes a whole column
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < size; step++) {
      const y = upward ? size - 1 - step : step;
      for (const x of [right, right - 1]) {
        if (reserved[y]![x]) continue;
        const byte = codewords[bitIndex >>> 3] ?? 0;
        modules[y]![x] = ((byte >>> (7 - (bitIndex & 7))) & 1) === 1;
        bitIndex++;
      }
    }
  }
}

export function maskBit(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

// Penalty rules N1 to N4 of the standard; they only steer the choice of mask.
function penaltyScore(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  const at = (x: number, y: number, transpose: boolean): boolean => (transpose ? modules[x]![y]! : modules[y]![x]!);
  const finderLike = [true, false, true, true, true, false, true];
  let penalty = 0;
  for (const transpose of [false, true]) {
    for (let y = 0; y < size; y++) {
      let run = 1;
      for (let x = 1; x <= size; x++) {
        if (x < size && at(x, y, transpose) === at(x - 1, y, transpose)) {
          run++;
          continue;
        }
        if (run >= 5) penalty += run - 2;
        run = 1;
      }
      for (let x = 0; x + 7 <= size; x++) {
        if (!finderLike.every((dark, i) => at(x + i, y, transpose) === dark)) continue;
        const lightBefore = [1, 2, 3, 4].every((d) => x - d < 0 || !at(x - d, y, transpose));
        const lightAfter = [7, 8, 9, 10].every((d) => x + d >= size || !at(x + d, y, transpose));
        if (lightBefore || lightAfter) penalty += 40;
      }
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules[y]![x]) dark++;
      if (x + 1 < size && y + 1 < size) {
        const c = modules[y]![x];
        if (c === modules[y]![x + 1] && c === modules[y + 1]![x] && c === modules[y + 1]![x + 1]) penalty += 3;
      }
    }
  }
  penalty += Math.floor(Math.abs((dark * 20) / (size * size) - 10)) * 10;
  return penalty;
}
