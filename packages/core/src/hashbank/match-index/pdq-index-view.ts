// The read side of the PDQ match index, over plain data so that worker threads can run it on the
// same SharedArrayBuffers the writing thread keeps current (`pdq-match-index.ts` explains the
// multi-index hashing). No imports: a query worker loads only this file.

export type PdqIndexMatch = { readonly id: number; readonly tag: number; readonly distance: number };

export type Chunk = { readonly start: number; readonly bits: number };
export type Table = { readonly offsets: Uint32Array; readonly slots: Uint32Array };

/**
 * One generation of the index's memory. Slots below `baseCount` are in the chunk tables; slots
 * from there to `control[COUNT]` are the delta, scanned. The writer changes a generation in place
 * (new delta slots, `live` and `tags` bytes) and then bumps `control[EPOCH]` atomically; a reader
 * loads EPOCH and COUNT atomically before it reads, which orders every earlier write before its
 * reads. Rebuilds and growth make a new generation (new buffers), handed to readers by message.
 */
export type IndexBuffers = {
  readonly generation: number;
  readonly hashes: Uint32Array;
  readonly ids: Float64Array;
  readonly tags: Uint32Array;
  readonly live: Uint8Array;
  readonly control: Int32Array;
  readonly baseCount: number;
  readonly chunks: readonly Chunk[];
  readonly tables: readonly Table[];
};

export const COUNT = 0;
export const EPOCH = 1;
export const WORDS = 8;

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function chunkValue(words: Uint32Array, offset: number, chunk: Chunk): number {
  const word = chunk.start >>> 5;
  const bit = chunk.start & 31;
  const hi = words[offset + word]!;
  if (bit + chunk.bits <= 32) return (hi >>> (32 - bit - chunk.bits)) & ((1 << chunk.bits) - 1);
  const lowBits = bit + chunk.bits - 32;
  const top = (hi & ((1 << (32 - bit)) - 1)) << lowBits;
  return (top | (words[offset + word + 1]! >>> (32 - lowBits))) >>> 0;
}

/**
 * Per-chunk probe radii by the generalised pigeonhole principle: if every chunk i differed by
 * more than t_i bits, the whole hash would differ by at least sum(t_i + 1); so radii with
 * sum(t_i + 1) = r + 1 find every hash within r. Spread evenly, the larger radii on the first
 * (widest) chunks: at r = 31 and 12 chunks that is 2 on 8 chunks and 1 on 4, against 2 on all 12
 * with the plain floor(r / m) bound (about a third fewer probes and candidates). -1 skips a
 * chunk (small radii need fewer than m chunks).
 */
export function chunkRadii(radius: number, chunkCount: number): number[] {
  const total = radius + 1;
  const base = Math.floor(total / chunkCount);
  const extra = total % chunkCount;
  return Array.from({ length: chunkCount }, (_, i) => base + (i < extra ? 1 : 0) - 1);
}

/** Every value within t bits (t <= 3) of `centre` in a `bits`-bit space, into a reusable buffer. */
function ballOf(centre: number, bits: number, t: number, buffer: Int32Array): { buffer: Int32Array; count: number } {
  let size = 1;
  if (t >= 1) size += bits;
  if (t >= 2) size += (bits * (bits - 1)) / 2;
  if (t >= 3) size += (bits * (bits - 1) * (bits - 2)) / 6;
  const out = buffer.length >= size ? buffer : new Int32Array(size);
  let n = 0;
  out[n++] = centre;
  if (t >= 1) {
    for (let i = 0; i < bits; i++) {
      const b1 = centre ^ (1 << i);
      out[n++] = b1;
      if (t < 2) continue;
      for (let j = i + 1; j < bits; j++) {
        const b2 = b1 ^ (1 << j);
        out[n++] = b2;
        if (t < 3) continue;
        for (let k = j + 1; k < bits; k++) out[n++] = b2 ^ (1 << k);
      }
    }
  }
  // Ascending order: neighbouring buckets share cache lines and pages of the offset table.
  out.subarray(0, n).sort();
  return { buffer: out, count: n };
}

/** Query state for one thread: scratch buffers reused by every query it runs, one at a time. */
export class PdqQueryRunner {
  private candidateBuffer: Uint32Array = new Uint32Array(1 << 16);
  private bucketBuffer: Int32Array = new Int32Array(4096);
  private rangeBuffer: Uint32Array = new Uint32Array(2 * 2048);
  touched = 0;

  /** Every live entry within `radius` bits (inclusive), each once, with its distance. */
  query(b: IndexBuffers, q: Uint32Array, radius: number): PdqIndexMatch[] {
    // Acquire: the writer's changes made before its last EPOCH bump are visible from here on.
    Atomics.load(b.control, EPOCH);
    const count = Atomics.load(b.control, COUNT);
    const matches: PdqIndexMatch[] = [];
    const seen = new Set<number>();
    const m = b.chunks.length;
    const radii = m > 0 ? chunkRadii(radius, m) : [];
    if (m === 0 || radii[0]! > 3) {
      // Probing would cost more than a scan at this radius (or nothing is built yet).
      scan(b, q, radius, 0, b.baseCount, matches, seen);
    } else {
      this.probeAll(b, q, radii, radius, matches, seen);
    }
    scan(b, q, radius, b.baseCount, count, matches, seen);
    return matches;
  }

  /**
   * Probing in phases, each a tight loop of independent reads, so the CPU keeps many cache misses
   * in flight at once (memory-level parallelism; JavaScript has no prefetch instruction):
   * 1. every bucket of every chunk's ball, 2. their slot lists into one candidate array,
   * 3. one read of each candidate's hash (which brings its line into cache), 4. the full check.
   * Done one bucket at a time, each step waited for the previous miss: 2-3x slower at 10M.
   */
  private probeAll(
    b: IndexBuffers,
    q: Uint32Array,
    radii: readonly number[],
    radius: number,
    out: PdqIndexMatch[],
    seen: Set<number>,
  ): void {
    let candidates = this.candidateBuffer;
    let n = 0;
    for (let c = 0; c < b.chunks.length; c++) {
      const t = radii[c]!;
      if (t < 0) continue;
      const chunk = b.chunks[c]!;
      const { offsets, slots } = b.tables[c]!;
      const buckets = ballOf(chunkValue(q, 0, chunk), chunk.bits, t, this.bucketBuffer);
      this.bucketBuffer = buckets.buffer;
      if (this.rangeBuffer.length < 2 * buckets.count) this.rangeBuffer = new Uint32Array(2 * buckets.count);
      const starts = this.rangeBuffer;
      // Phase 1: bucket ranges (independent loads).
      for (let i = 0; i < buckets.count; i++) {
        const bucket = buckets.buffer[i]!;
        starts[2 * i] = offsets[bucket]!;
        starts[2 * i + 1] = offsets[bucket + 1]!;
      }
      // Phase 2: slot lists into the candidate array.
      for (let i = 0; i < buckets.count; i++) {
        const from = starts[2 * i]!;
        const to = starts[2 * i + 1]!;
        if (n + (to - from) > candidates.length) {
          const bigger = new Uint32Array(Math.max(candidates.length * 2, n + (to - from)));
          bigger.set(candidates.subarray(0, n));
          candidates = bigger;
          this.candidateBuffer = bigger;
        }
        for (let k = from; k < to; k++) candidates[n++] = slots[k]!;
      }
    }
    const hashes = b.hashes;
    // Phase 3: touch each candidate's hash (independent loads; the sum keeps the reads alive).
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= hashes[candidates[i]! * WORDS]!;
    this.touched = touched;
    // Phase 4: the check, now mostly from cache.
    const q0 = q[0]!,
      q1 = q[1]!,
      q2 = q[2]!,
      q3 = q[3]!,
      q4 = q[4]!,
      q5 = q[5]!,
      q6 = q[6]!,
      q7 = q[7]!;
    const live = b.live;
    for (let i = 0; i < n; i++) {
      const slot = candidates[i]!;
      const o = slot * WORDS;
      // Early exit: most candidates are far, and half the words already show it.
      let d =
        popcount32(hashes[o]! ^ q0) +
        popcount32(hashes[o + 1]! ^ q1) +
        popcount32(hashes[o + 2]! ^ q2) +
        popcount32(hashes[o + 3]! ^ q3);
      if (d > radius) continue;
      d +=
        popcount32(hashes[o + 4]! ^ q4) +
        popcount32(hashes[o + 5]! ^ q5) +
        popcount32(hashes[o + 6]! ^ q6) +
        popcount32(hashes[o + 7]! ^ q7);
      if (d > radius || live[slot] === 0 || seen.has(slot)) continue;
      seen.add(slot);
      out.push({ id: b.ids[slot]!, tag: b.tags[slot]!, distance: d });
    }
  }
}

function scan(
  b: IndexBuffers,
  q: Uint32Array,
  radius: number,
  from: number,
  to: number,
  out: PdqIndexMatch[],
  seen: Set<number>,
): void {
  const { hashes, live } = b;
  for (let slot = from; slot < to; slot++) {
    if (live[slot] === 0 || seen.has(slot)) continue;
    const o = slot * WORDS;
    let d = 0;
    for (let w = 0; w < WORDS && d <= radius; w++) d += popcount32(hashes[o + w]! ^ q[w]!);
    if (d > radius) continue;
    seen.add(slot);
    out.push({ id: b.ids[slot]!, tag: b.tags[slot]!, distance: d });
  }
}
