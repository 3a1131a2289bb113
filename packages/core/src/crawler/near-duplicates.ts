import { parsePdqHex } from '@vigie/hashing';

// Queued unknown media by PDQ, so that a near-duplicate joins the media already waiting (one
// analyst decision covers the group). A linear scan over packed words: 100,000 queued media are
// about a millisecond per query, and the queue is drained by analysts long before that grows.
// Each crawler keeps its own copy, fed by its own finds and refreshed from the database for the
// others' (a near-duplicate found by two crawlers within one refresh may form two groups).

const WORDS = 8;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const wordsOf = (hex: string): Uint32Array => parsePdqHex(hex);

export class NearDuplicateIndex {
  private words = new Uint32Array(1024 * WORDS);
  private readonly ids: string[] = [];
  private readonly known = new Set<string>();
  private readonly maxSize: number;

  constructor(maxSize = 500_000) {
    this.maxSize = maxSize;
  }

  get size(): number {
    return this.ids.length;
  }

  add(sha256: string, pdq: string): void {
    if (this.known.has(sha256) || this.ids.length >= this.maxSize) return;
    if ((this.ids.length + 1) * WORDS > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words.set(wordsOf(pdq), this.ids.length * WORDS);
    this.ids.push(sha256);
    this.known.add(sha256);
  }

  /** The closest queued media within `threshold` bits, other than `self`. */
  nearest(pdq: string, threshold: number, self?: string): string | undefined {
    const query = wordsOf(pdq);
    let best: string | undefined;
    let bestDistance = threshold + 1;
    for (let i = 0; i < this.ids.length; i++) {
      let distance = 0;
      const base = i * WORDS;
      for (let w = 0; w < WORDS && distance < bestDistance; w++)
        distance += popcount32(query[w]! ^ this.words[base + w]!);
      if (distance < bestDistance && this.ids[i] !== self) {
        bestDistance = distance;
        best = this.ids[i];
      }
    }
    return best;
  }
}
