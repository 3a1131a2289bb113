import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

// The archive is a sequence of frames: a 1-byte kind, an 8-byte big-endian length, then the bytes.
// Kind 1 is a JSON record; kind 2 a chunk of the stream that follows it; kind 3 ends that stream.
const JSON_FRAME = 1;
const CHUNK_FRAME = 2;
const END_FRAME = 3;

export class ArchiveWriter {
  readonly #out: Writable;
  constructor(out: Writable) {
    this.#out = out;
  }

  async #frame(kind: number, body: Buffer): Promise<void> {
    const head = Buffer.alloc(9);
    head.writeUInt8(kind, 0);
    head.writeBigUInt64BE(BigInt(body.length), 1);
    if (!this.#out.write(head) || !this.#out.write(body)) await once(this.#out, 'drain');
  }

  writeJson(value: unknown): Promise<void> {
    return this.#frame(JSON_FRAME, Buffer.from(JSON.stringify(value)));
  }

  async writeStream(source: Readable): Promise<void> {
    for await (const chunk of source)
      await this.#frame(CHUNK_FRAME, Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    await this.#frame(END_FRAME, Buffer.alloc(0));
  }
}

export class ArchiveReader {
  readonly #iterator: AsyncIterator<Buffer>;
  #buffer = Buffer.alloc(0);
  constructor(source: Readable) {
    this.#iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async #read(n: number): Promise<Buffer | undefined> {
    while (this.#buffer.length < n) {
      const next = await this.#iterator.next();
      if (next.done) return undefined;
      this.#buffer = Buffer.concat([this.#buffer, next.value]);
    }
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    return out;
  }

  async #frame(): Promise<{ kind: number; body: Buffer } | undefined> {
    const head = await this.#read(9);
    if (!head) return undefined;
    const length = Number(head.readBigUInt64BE(1));
    const body = length === 0 ? Buffer.alloc(0) : await this.#read(length);
    if (!body) throw new Error('truncated archive');
    return { kind: head.readUInt8(0), body };
  }

  async readJson(): Promise<unknown> {
    const frame = await this.#frame();
    if (!frame) return undefined;
    if (frame.kind !== JSON_FRAME) throw new Error('archive out of order');
    return JSON.parse(frame.body.toString('utf8'));
  }

  async readStreamInto(target: Writable): Promise<void> {
    for (;;) {
      const frame = await this.#frame();
      if (!frame) throw new Error('truncated archive');
      if (frame.kind === END_FRAME) break;
      if (!target.write(frame.body)) await once(target, 'drain');
    }
    target.end();
    await once(target, 'finish');
  }
}
