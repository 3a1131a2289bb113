import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export type Digests = {
  readonly sha256: string;
  readonly sha1: string;
  readonly md5: string;
  readonly bytes: number;
};

class DigestAccumulator {
  readonly #sha256 = createHash('sha256');
  readonly #sha1 = createHash('sha1');
  readonly #md5 = createHash('md5');
  #bytes = 0;

  update(chunk: Uint8Array): void {
    this.#sha256.update(chunk);
    this.#sha1.update(chunk);
    this.#md5.update(chunk);
    this.#bytes += chunk.length;
  }

  digest(): Digests {
    return {
      sha256: this.#sha256.digest('hex'),
      sha1: this.#sha1.digest('hex'),
      md5: this.#md5.digest('hex'),
      bytes: this.#bytes,
    };
  }
}

/** SHA-256, SHA-1 and MD5 of everything the stream yields, in one pass. */
export async function digestStream(stream: Readable | AsyncIterable<Uint8Array | string>): Promise<Digests> {
  const accumulator = new DigestAccumulator();
  for await (const chunk of stream) {
    accumulator.update(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  }
  return accumulator.digest();
}

export function digestFile(path: string): Promise<Digests> {
  return digestStream(createReadStream(path, { highWaterMark: 1024 * 1024 }));
}

export function digestBuffer(bytes: Uint8Array): Digests {
  const accumulator = new DigestAccumulator();
  accumulator.update(bytes);
  return accumulator.digest();
}
