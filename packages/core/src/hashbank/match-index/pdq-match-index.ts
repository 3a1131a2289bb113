// PDQ radius search by multi-index hashing (Norouzi, Punjani and Fleet): the 256 bits are cut
// into m chunks; if two hashes are within r bits, at least one chunk is within floor(r / m) bits
// (pigeonhole), so probing every chunk's table with that small radius finds every match: 100%
// recall, checked against a brute-force scan in the tests. Pure: no I/O, typed arrays only, so
// 10 million entries fit in about 1 GB (see memoryBytes()). The arrays live in
// SharedArrayBuffers so query workers (`pdq-query-pool.ts`) read the very memory this (single)
// writer keeps current; the read side is `pdq-index-view.ts`.
import { parsePdqHex } from '@vigie/hashing';
import {
  type Chunk,
  chunkValue,
  COUNT,
  EPOCH,
  type IndexBuffers,
  type PdqIndexMatch,
  PdqQueryRunner,
  type Table,
  popcount32,
  WORDS,
} from './pdq-index-view.ts';

export { chunkRadii, type PdqIndexMatch } from './pdq-index-view.ts';

// Additions go to a small linearly scanned delta; past this many the tables are rebuilt.
const DELTA_LIMIT = 16_384;

function deltaLimit(baseCount: number): number {
  return Math.max(DELTA_LIMIT, baseCount >>> 6);
}

function shared<T extends Uint32Array | Float64Array | Uint8Array | Int32Array>(
  kind: new (buffer: SharedArrayBuffer) => T,
  bytesPer: number,
  length: number,
): T {
  return new kind(new SharedArrayBuffer(Math.max(1, length) * bytesPer));
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

function emptyBuffers(generation: number, capacity: number): IndexBuffers {
  return {
    generation,
    hashes: shared(Uint32Array, 4, capacity * WORDS),
    ids: shared(Float64Array, 8, capacity),
    tags: shared(Uint32Array, 4, capacity),
    live: shared(Uint8Array, 1, capacity),
    control: shared(Int32Array, 4, 2),
    baseCount: 0,
    chunks: [],
    tables: [],
  };
}

/**
 * What a snapshot holds: the slots below `count` (the first `baseCount` in id order and in the
 * tables, the rest the delta), the chunk widths and the tables.
 */
export type IndexImage = Readonly<{
  count: number;
  baseCount: number;
  chunkBits: readonly number[];
  ids: Float64Array;
  hashes: Uint32Array;
  tags: Uint32Array;
  live: Uint8Array;
  tables: readonly Table[];
}>;

// Images made by allocateImage, with the full-capacity buffers their arrays are views of.
const allocated = new WeakMap<IndexImage, IndexBuffers>();

export class PdqMatchIndex {
  private b: IndexBuffers;
  private liveCount = 0;
  // Base slots are ordered by id (binary search); delta slots are found through this map.
  private deltaSlots = new Map<number, number>();
  private chunkCount: number | undefined;
  private readonly runner = new PdqQueryRunner();
  private readonly listeners: Array<(buffers: IndexBuffers) => void> = [];

  constructor(capacity = 1024) {
    this.b = emptyBuffers(0, capacity);
  }

  /** Bulk build from parallel arrays (hashes: 8 words per entry); fastest when ids ascend. */
  static build(
    ids: Float64Array,
    hashes: Uint32Array,
    tags: Uint32Array,
    options: { chunkCount?: number } = {},
  ): PdqMatchIndex {
    const n = ids.length;
    let ascending = true;
    for (let i = 1; i < n && ascending; i++) if (ids[i]! <= ids[i - 1]!) ascending = false;
    if (ascending) {
      // Already compact and in id order (a database read, a snapshot): one copy, then the tables.
      const index = new PdqMatchIndex(1);
      if (options.chunkCount) index.chunkCount = options.chunkCount;
      const fresh = emptyBuffers(1, Math.max(1024, n + deltaLimit(n) + 1));
      fresh.hashes.set(hashes.subarray(0, n * WORDS));
      fresh.ids.set(ids);
      fresh.tags.set(tags.subarray(0, n));
      fresh.live.fill(1, 0, n);
      fresh.control[COUNT] = n;
      index.install(fresh, n);
      return index;
    }
    const index = new PdqMatchIndex(Math.max(1024, n));
    if (options.chunkCount) index.chunkCount = options.chunkCount;
    const b = index.b;
    b.hashes.set(hashes.subarray(0, ids.length * WORDS));
    b.ids.set(ids);
    b.tags.set(tags.subarray(0, ids.length));
    b.live.fill(1, 0, ids.length);
    b.control[COUNT] = ids.length;
    index.liveCount = ids.length;
    index.rebuild();
    return index;
  }

  get size(): number {
    return this.liveCount;
  }

  /** The current generation's memory, for query workers. */
  buffers(): IndexBuffers {
    return this.b;
  }

  /** Called with every new generation (a rebuild or growth), before the writer goes on. */
  onNewBuffers(listener: (buffers: IndexBuffers) => void): void {
    this.listeners.push(listener);
  }

  memoryBytes(): number {
    const b = this.b;
    let bytes = b.hashes.byteLength + b.ids.byteLength + b.tags.byteLength + b.live.byteLength;
    for (const table of b.tables) bytes += table.offsets.byteLength + table.slots.byteLength;
    return bytes + this.deltaSlots.size * 40;
  }

  /** Adds or replaces the entry `id` (a replaced entry's old hash stops matching at once). */
  upsert(id: number, hash: Uint32Array | string, tag = 0): void {
    const words = typeof hash === 'string' ? parsePdqHex(hash) : hash;
    this.remove(id);
    if (this.count === this.b.ids.length) this.grow();
    const b = this.b;
    const slot = this.count;
    b.hashes.set(words.subarray(0, WORDS), slot * WORDS);
    b.ids[slot] = id;
    b.tags[slot] = tag;
    b.live[slot] = 1;
    // Release: the slot is written before readers can count it.
    Atomics.store(b.control, COUNT, slot + 1);
    this.published();
    this.liveCount++;
    this.deltaSlots.set(id, slot);
    if (this.count - b.baseCount > deltaLimit(b.baseCount)) this.rebuild();
  }

  remove(id: number): boolean {
    const slot = this.slotOf(id);
    if (slot < 0) return false;
    this.b.live[slot] = 0;
    this.published();
    this.liveCount--;
    this.deltaSlots.delete(id);
    return true;
  }

  /** The tag of a live entry (callers pack bank id and flags in it), or undefined. */
  tagOf(id: number): number | undefined {
    const slot = this.slotOf(id);
    return slot < 0 ? undefined : this.b.tags[slot];
  }

  setTag(id: number, tag: number): boolean {
    const slot = this.slotOf(id);
    if (slot < 0) return false;
    this.b.tags[slot] = tag;
    this.published();
    return true;
  }

  /**
   * The index as it stands, for a snapshot written in the background (index-snapshot.ts). Within a
   * generation, slots below the count and the chunk tables are never rewritten (changes append
   * slots or flip `live` and `tags`), so those are views; `live` and `tags` are copied.
   */
  image(): IndexImage {
    const b = this.b;
    const count = this.count;
    return {
      count,
      baseCount: b.baseCount,
      chunkBits: b.chunks.map((c) => c.bits),
      ids: b.ids.subarray(0, count),
      hashes: b.hashes.subarray(0, count * WORDS),
      tags: b.tags.slice(0, count),
      live: b.live.slice(0, count),
      tables: b.tables,
    };
  }

  /** Empty memory for an image of these dimensions (a snapshot is read straight into it), with room for a delta. */
  static allocateImage(count: number, baseCount: number, chunkBits: readonly number[]): IndexImage {
    const fresh = emptyBuffers(1, Math.max(1024, count + deltaLimit(baseCount) + 1));
    const image: IndexImage = {
      count,
      baseCount,
      chunkBits: [...chunkBits],
      ids: fresh.ids.subarray(0, count),
      hashes: fresh.hashes.subarray(0, count * WORDS),
      tags: fresh.tags.subarray(0, count),
      live: fresh.live.subarray(0, count),
      tables: chunkBits.map((bits) => ({
        offsets: shared(Uint32Array, 4, (1 << bits) + 1),
        slots: shared(Uint32Array, 4, baseCount),
      })),
    };
    allocated.set(image, fresh);
    return image;
  }

  /** The index an image from `allocateImage` holds, once filled, in that very memory (used once). */
  static fromImage(image: IndexImage): PdqMatchIndex {
    const fresh = allocated.get(image);
    if (!fresh) throw new Error('an index is made only from an image allocateImage made (and only once)');
    allocated.delete(image);
    const index = new PdqMatchIndex(1);
    fresh.control[COUNT] = image.count;
    let start = 0;
    const chunks = image.chunkBits.map((bits) => {
      const chunk = { start, bits };
      start += bits;
      return chunk;
    });
    index.b = { ...fresh, baseCount: image.baseCount, chunks, tables: image.tables };
    let live = 0;
    for (let slot = 0; slot < image.count; slot++) {
      if (image.live[slot] !== 1) continue;
      live++;
      if (slot >= image.baseCount) index.deltaSlots.set(image.ids[slot]!, slot);
    }
    index.liveCount = live;
    return index;
  }

  /** Every live entry within `radius` bits (inclusive), each once, with its distance (this thread). */
  query(hash: Uint32Array | string, radius: number): PdqIndexMatch[] {
    return this.runner.query(this.b, typeof hash === 'string' ? parsePdqHex(hash) : hash, radius);
  }

  get touched(): number {
    return this.runner.touched;
  }

  private get count(): number {
    return this.b.control[COUNT]!;
  }

  /** Orders this thread's plain writes before any reader's next EPOCH load. */
  private published(): void {
    Atomics.add(this.b.control, EPOCH, 1);
  }

  private replace(b: IndexBuffers): void {
    this.b = b;
    for (const listener of this.listeners) listener(b);
  }

  private slotOf(id: number): number {
    const delta = this.deltaSlots.get(id);
    if (delta !== undefined) return delta;
    const { ids, live } = this.b;
    let lo = 0;
    let hi = this.b.baseCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = ids[mid]!;
      if (value === id) return live[mid] === 1 ? mid : -1;
      if (value < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Only before a first rebuild: afterwards the capacity always holds the delta until the next. */
  private grow(): void {
    const old = this.b;
    const b = {
      ...emptyBuffers(old.generation + 1, Math.max(1024, Math.ceil(old.ids.length * 1.5))),
      baseCount: old.baseCount,
      chunks: old.chunks,
      tables: old.tables,
    };
    b.hashes.set(old.hashes);
    b.ids.set(old.ids);
    b.tags.set(old.tags);
    b.live.set(old.live);
    b.control[COUNT] = old.control[COUNT]!;
    this.replace(b);
  }

  /** Compacts live slots in id order and rebuilds every chunk table (counting sort, O(n) each). */
  rebuild(): void {
    const old = this.b;
    const count = this.count;
    const order = liveSlotsInIdOrder(old, count);
    const n = order.length;
    // Room for a full delta: no growth (no new generation) until the next rebuild.
    const fresh = emptyBuffers(old.generation + 1, Math.max(1024, n + deltaLimit(n) + 1));
    const { hashes, ids, tags, live } = fresh;
    for (let i = 0; i < n; i++) {
      const slot = order[i]!;
      for (let w = 0; w < WORDS; w++) hashes[i * WORDS + w] = old.hashes[slot * WORDS + w]!;
      ids[i] = old.ids[slot]!;
      tags[i] = old.tags[slot]!;
    }
    live.fill(1, 0, n);
    fresh.control[COUNT] = n;
    this.install(fresh, n);
  }

  /** Makes `fresh` (its first n slots live, in id order) the index, with every chunk table built for it. */
  private install(fresh: IndexBuffers, n: number): void {
    const { hashes } = fresh;
    const chunks = layout(this.chunkCount ?? (n >= 1_000_000 ? 12 : 16));
    const tables = chunks.map((chunk) => {
      const offsets = shared(Uint32Array, 4, (1 << chunk.bits) + 1);
      const values = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const v = chunkValue(hashes, i * WORDS, chunk);
        values[i] = v;
        offsets[v + 1]!++;
      }
      for (let b = 0; b < offsets.length - 1; b++) offsets[b + 1]! += offsets[b]!;
      const cursor = offsets.slice(0, offsets.length - 1);
      const slots = shared(Uint32Array, 4, n);
      for (let i = 0; i < n; i++) slots[cursor[values[i]!]!++] = i;
      return { offsets, slots };
    });
    this.liveCount = n;
    this.deltaSlots = new Map();
    this.replace({ ...fresh, baseCount: n, chunks, tables });
  }
}

/** The live slots below `count`, ordered by id (base slots are in id order already; only a delta can break it). */
function liveSlotsInIdOrder(b: IndexBuffers, count: number): Uint32Array {
  let n = 0;
  const all = new Uint32Array(count);
  for (let slot = 0; slot < count; slot++) if (b.live[slot] === 1) all[n++] = slot;
  const order = all.subarray(0, n);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (b.ids[order[i]!]! < b.ids[order[i - 1]!]!) sorted = false;
  if (!sorted) order.sort((x, y) => b.ids[x]! - b.ids[y]!);
  return order;
}

/** Reference scan for tests and benchmarks: every id within `radius`, with distance. */
export function bruteForcePdq(
  ids: Float64Array,
  hashes: Uint32Array,
  q: Uint32Array,
  radius: number,
): Array<{ id: number; distance: number }> {
  const out: Array<{ id: number; distance: number }> = [];
  for (let i = 0; i < ids.length; i++) {
    let d = 0;
    for (let w = 0; w < WORDS; w++) d += popcount32(hashes[i * WORDS + w]! ^ q[w]!);
    if (d <= radius) out.push({ id: ids[i]!, distance: d });
  }
  return out;
}
