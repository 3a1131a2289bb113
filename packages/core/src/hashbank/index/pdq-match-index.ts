// PDQ radius search by multi-index hashing (Norouzi, Punjani and Fleet): the 256 bits are cut
// into m chunks; if two hashes are within r bits, at least one chunk is within floor(r / m) bits
// (pigeonhole), so probing every chunk's table with that small radius finds every match: 100%
// recall, checked against a brute-force scan in the tests. Pure: no I/O, typed arrays only, so
// 10 million entries fit in about 1 GB (see memoryBytes()).
import { parsePdqHex } from '@vigie/hashing';

export type PdqIndexMatch = { readonly id: number; readonly tag: number; readonly distance: number };

type Chunk = { readonly start: number; readonly bits: number };
type Table = { readonly offsets: Uint32Array; readonly slots: Uint32Array };

const WORDS = 8;
// Additions go to a small linearly scanned delta; past this many the tables are rebuilt.
const DELTA_LIMIT = 16_384;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Chunk layout: 16 chunks of 16 bits below a million entries, 12 of 21-22 bits above. */
function layout(chunkCount: number): Chunk[] {
  const base = Math.floor(256 / chunkCount);
  const extra = 256 - base * chunkCount;
  const chunks: Chunk[] = [];
  let start = 0;
  for (let i = 0; i < chunkCount; i++) {
    const bits = base + (i < extra ? 1 : 0);
    chunks.push({ start, bits });
    start += bits;
  }
  return chunks;
}

function chunkValue(words: Uint32Array, offset: number, chunk: Chunk): number {
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

export class PdqMatchIndex {
  private hashes: Uint32Array;
  private ids: Float64Array;
  private tags: Uint32Array;
  private live: Uint8Array;
  private count = 0;
  private liveCount = 0;
  private baseCount = 0;
  private chunks: Chunk[] = [];
  private tables: Table[] = [];
  // Base slots are ordered by id (binary search); delta slots are found through this map.
  private deltaSlots = new Map<number, number>();
  private chunkCount: number | undefined;
  // Scratch space reused by every query (one query at a time per index: JavaScript is single-threaded).
  private candidateBuffer: Uint32Array = new Uint32Array(1 << 16);
  private bucketBuffer: Int32Array = new Int32Array(4096);
  private rangeBuffer: Uint32Array = new Uint32Array(2 * 2048);
  touched = 0;

  constructor(capacity = 1024) {
    this.hashes = new Uint32Array(capacity * WORDS);
    this.ids = new Float64Array(capacity);
    this.tags = new Uint32Array(capacity);
    this.live = new Uint8Array(capacity);
  }

  /** Bulk build from parallel arrays (hashes: 8 words per entry); fastest when ids ascend. */
  static build(ids: Float64Array, hashes: Uint32Array, tags: Uint32Array, options: { chunkCount?: number } = {}): PdqMatchIndex {
    const index = new PdqMatchIndex(Math.max(1024, ids.length));
    if (options.chunkCount) index.chunkCount = options.chunkCount;
    index.hashes.set(hashes.subarray(0, ids.length * WORDS));
    index.ids.set(ids);
    index.tags.set(tags.subarray(0, ids.length));
    index.live.fill(1, 0, ids.length);
    index.count = ids.length;
    index.liveCount = ids.length;
    index.rebuild();
    return index;
  }

  get size(): number {
    return this.liveCount;
  }

  memoryBytes(): number {
    let bytes = this.hashes.byteLength + this.ids.byteLength + this.tags.byteLength + this.live.byteLength;
    for (const table of this.tables) bytes += table.offsets.byteLength + table.slots.byteLength;
    return bytes + this.deltaSlots.size * 40;
  }

  /** Adds or replaces the entry `id` (a replaced entry's old hash stops matching at once). */
  upsert(id: number, hash: Uint32Array | string, tag = 0): void {
    const words = typeof hash === 'string' ? parsePdqHex(hash) : hash;
    this.remove(id);
    if (this.count === this.ids.length) this.grow();
    const slot = this.count++;
    this.hashes.set(words.subarray(0, WORDS), slot * WORDS);
    this.ids[slot] = id;
    this.tags[slot] = tag;
    this.live[slot] = 1;
    this.liveCount++;
    this.deltaSlots.set(id, slot);
    if (this.count - this.baseCount > Math.max(DELTA_LIMIT, this.baseCount >>> 6)) this.rebuild();
  }

  remove(id: number): boolean {
    const slot = this.slotOf(id);
    if (slot < 0) return false;
    this.live[slot] = 0;
    this.liveCount--;
    this.deltaSlots.delete(id);
    return true;
  }

  /** The tag of a live entry (callers pack bank id and flags in it), or undefined. */
  tagOf(id: number): number | undefined {
    const slot = this.slotOf(id);
    return slot < 0 ? undefined : this.tags[slot];
  }

  setTag(id: number, tag: number): boolean {
    const slot = this.slotOf(id);
    if (slot < 0) return false;
    this.tags[slot] = tag;
    return true;
  }

  /** Every live entry within `radius` bits (inclusive), each once, with its distance. */
  query(hash: Uint32Array | string, radius: number): PdqIndexMatch[] {
    const q = typeof hash === 'string' ? parsePdqHex(hash) : hash;
    const matches: PdqIndexMatch[] = [];
    const seen = new Set<number>();
    const m = this.chunks.length;
    const radii = m > 0 ? chunkRadii(radius, m) : [];
    if (m === 0 || radii[0]! > 3) {
      // Probing would cost more than a scan at this radius (or nothing is built yet).
      this.scan(q, radius, 0, this.baseCount, matches, seen);
    } else {
      this.probeAll(q, radii, radius, matches, seen);
    }
    this.scan(q, radius, this.baseCount, this.count, matches, seen);
    return matches;
  }

  /**
   * Probing in phases, each a tight loop of independent reads, so the CPU keeps many cache misses
   * in flight at once (memory-level parallelism; JavaScript has no prefetch instruction):
   * 1. every bucket of every chunk's ball, 2. their slot lists into one candidate array,
   * 3. one read of each candidate's hash (which brings its line into cache), 4. the full check.
   * Done one bucket at a time, each step waited for the previous miss: 2-3x slower at 10M.
   */
  private probeAll(q: Uint32Array, radii: readonly number[], radius: number, out: PdqIndexMatch[], seen: Set<number>): void {
    let candidates = this.candidateBuffer;
    let n = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      const t = radii[c]!;
      if (t < 0) continue;
      const chunk = this.chunks[c]!;
      const { offsets, slots } = this.tables[c]!;
      const buckets = ballOf(chunkValue(q, 0, chunk), chunk.bits, t, this.bucketBuffer);
      this.bucketBuffer = buckets.buffer;
      if (this.rangeBuffer.length < 2 * buckets.count) this.rangeBuffer = new Uint32Array(2 * buckets.count);
      const starts = this.rangeBuffer;
      // Phase 1: bucket ranges (independent loads).
      for (let i = 0; i < buckets.count; i++) {
        const b = buckets.buffer[i]!;
        starts[2 * i] = offsets[b]!;
        starts[2 * i + 1] = offsets[b + 1]!;
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
    const hashes = this.hashes;
    // Phase 3: touch each candidate's hash (independent loads; the sum keeps the reads alive).
    let touched = 0;
    for (let i = 0; i < n; i++) touched ^= hashes[candidates[i]! * WORDS]!;
    this.touched = touched;
    // Phase 4: the check, now mostly from cache.
    const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!;
    for (let i = 0; i < n; i++) {
      const slot = candidates[i]!;
      const o = slot * WORDS;
      // Early exit: most candidates are far, and half the words already show it.
      let d = popcount32(hashes[o]! ^ q0) + popcount32(hashes[o + 1]! ^ q1) + popcount32(hashes[o + 2]! ^ q2) + popcount32(hashes[o + 3]! ^ q3);
      if (d > radius) continue;
      d += popcount32(hashes[o + 4]! ^ q4) + popcount32(hashes[o + 5]! ^ q5) + popcount32(hashes[o + 6]! ^ q6) + popcount32(hashes[o + 7]! ^ q7);
      if (d > radius || this.live[slot] === 0 || seen.has(slot)) continue;
      seen.add(slot);
      out.push({ id: this.ids[slot]!, tag: this.tags[slot]!, distance: d });
    }
  }

  private scan(q: Uint32Array, radius: number, from: number, to: number, out: PdqIndexMatch[], seen: Set<number>): void {
    for (let slot = from; slot < to; slot++) {
      if (this.live[slot] === 0 || seen.has(slot)) continue;
      const o = slot * WORDS;
      let d = 0;
      for (let w = 0; w < WORDS && d <= radius; w++) d += popcount32(this.hashes[o + w]! ^ q[w]!);
      if (d > radius) continue;
      seen.add(slot);
      out.push({ id: this.ids[slot]!, tag: this.tags[slot]!, distance: d });
    }
  }

  private slotOf(id: number): number {
    const delta = this.deltaSlots.get(id);
    if (delta !== undefined) return delta;
    let lo = 0;
    let hi = this.baseCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.ids[mid]!;
      if (value === id) return this.live[mid] === 1 ? mid : -1;
      if (value < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private grow(): void {
    const capacity = Math.max(1024, Math.ceil(this.ids.length * 1.5));
    const hashes = new Uint32Array(capacity * WORDS);
    hashes.set(this.hashes);
    const ids = new Float64Array(capacity);
    ids.set(this.ids);
    const tags = new Uint32Array(capacity);
    tags.set(this.tags);
    const live = new Uint8Array(capacity);
    live.set(this.live);
    Object.assign(this, { hashes, ids, tags, live });
  }

  /** Compacts live slots in id order and rebuilds every chunk table (counting sort, O(n) each). */
  rebuild(): void {
    const order: number[] = [];
    for (let slot = 0; slot < this.count; slot++) if (this.live[slot] === 1) order.push(slot);
    let sorted = true;
    for (let i = 1; i < order.length && sorted; i++) if (this.ids[order[i]!]! < this.ids[order[i - 1]!]!) sorted = false;
    if (!sorted) order.sort((a, b) => this.ids[a]! - this.ids[b]!);
    const n = order.length;
    const capacity = Math.max(1024, n + (n >>> 3));
    const hashes = new Uint32Array(capacity * WORDS);
    const ids = new Float64Array(capacity);
    const tags = new Uint32Array(capacity);
    const live = new Uint8Array(capacity);
    for (let i = 0; i < n; i++) {
      const slot = order[i]!;
      hashes.set(this.hashes.subarray(slot * WORDS, slot * WORDS + WORDS), i * WORDS);
      ids[i] = this.ids[slot]!;
      tags[i] = this.tags[slot]!;
    }
    live.fill(1, 0, n);
    Object.assign(this, { hashes, ids, tags, live, count: n, liveCount: n, baseCount: n });
    this.deltaSlots = new Map();
    this.chunks = layout(this.chunkCount ?? (n >= 1_000_000 ? 12 : 16));
    this.tables = this.chunks.map((chunk) => {
      const offsets = new Uint32Array((1 << chunk.bits) + 1);
      const values = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const v = chunkValue(hashes, i * WORDS, chunk);
        values[i] = v;
        offsets[v + 1]!++;
      }
      for (let b = 0; b < offsets.length - 1; b++) offsets[b + 1]! += offsets[b]!;
      const cursor = offsets.slice(0, offsets.length - 1);
      const slots = new Uint32Array(n);
      for (let i = 0; i < n; i++) slots[cursor[values[i]!]!++] = i;
      return { offsets, slots };
    });
  }
}

/** Reference scan for tests and benchmarks: every id within `radius`, with distance. */
export function bruteForcePdq(ids: Float64Array, hashes: Uint32Array, q: Uint32Array, radius: number): Array<{ id: number; distance: number }> {
  const out: Array<{ id: number; distance: number }> = [];
  for (let i = 0; i < ids.length; i++) {
    let d = 0;
    for (let w = 0; w < WORDS; w++) d += popcount32(hashes[i * WORDS + w]! ^ q[w]!);
    if (d <= radius) out.push({ id: ids[i]!, distance: d });
  }
  return out;
}
