import { open, rename, rm } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { VpdqFrame } from '../hashbank.types.ts';
import type { IndexCheckpoint } from './match-index-store.ts';
import { PdqMatchIndex, type IndexImage } from './pdq-match-index.ts';

// The match index on disk, so that a restart reads a file instead of every entry from the
// database (at 10M entries: seconds instead of half a minute). A snapshot is the index's live
// entries (ids, PDQ words, tags) and videos at one checkpoint of the change stream, written
// whole to a temporary file and renamed (never half a file). It is used only for the database it
// was taken from: the same cluster (system identifier, timeline: a point-in-time recovery starts
// a new one) and database, not behind it (its highest entry id still there). The store then reads
// the change stream from the snapshot's checkpoint, so anything written since is applied.
//
// The index is stored as it is in memory, chunk tables included, and read straight back into the
// memory it will use (no rebuild, no copy: at 10M entries about a gigabyte, read in seconds).
//
// Layout: "VIGIEIDX" | u32 header length | header JSON | padding to 8 | ids (f64 × count) | hashes
// (8 × u32 per slot) | tags (u32) | live (u8) | padding to 4 | per chunk: offsets (u32 ×
// 2^bits + 1), slots (u32 × baseCount) | videos JSON.

const MAGIC = Buffer.from('VIGIEIDX');
const FORMAT = 2;

export type DatabaseIdentity = Readonly<{ system: string; database: string; timeline: number }>;
export type SnapshotVideo = Readonly<{ id: number; bankId: number; tag: number; frames: VpdqFrame[] }>;
export type IndexSnapshot = Readonly<{
  identity: DatabaseIdentity;
  checkpoint: IndexCheckpoint;
  /** The highest bank_entry id when the snapshot was taken: a database without it went back in time. */
  maxEntryId: number;
  image: IndexImage;
  videos: readonly SnapshotVideo[];
}>;

type Header = {
  format: number;
  identity: DatabaseIdentity;
  checkpoint: IndexCheckpoint;
  maxEntryId: number;
  count: number;
  baseCount: number;
  chunkBits: number[];
  videoBytes: number;
  /** CRC-32 of everything after the header (about a quarter of a second per gigabyte). */
  crc: number;
};

const checksum = (parts: readonly ArrayBufferView[]) => parts.reduce((crc, part) => crc32(bytesOf(part), crc), 0);

/** The image's arrays in file order (ids first: their 8-byte alignment is the header's padding). */
function parts(image: IndexImage): ArrayBufferView[] {
  const out: ArrayBufferView[] = [
    image.ids,
    image.hashes,
    image.tags,
    image.live,
    new Uint8Array((4 - (image.count % 4)) % 4),
  ];
  for (const table of image.tables) out.push(table.offsets, table.slots);
  return out;
}

const sameIdentity = (a: DatabaseIdentity, b: DatabaseIdentity) =>
  a.system === b.system && a.database === b.database && a.timeline === b.timeline;

const bytesOf = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

export async function writeSnapshot(file: string, snapshot: IndexSnapshot): Promise<void> {
  const videos = Buffer.from(JSON.stringify(snapshot.videos));
  const body = [...parts(snapshot.image), videos];
  const header: Header = {
    format: FORMAT,
    identity: snapshot.identity,
    checkpoint: snapshot.checkpoint,
    maxEntryId: snapshot.maxEntryId,
    count: snapshot.image.count,
    baseCount: snapshot.image.baseCount,
    chunkBits: [...snapshot.image.chunkBits],
    videoBytes: videos.length,
    crc: checksum(body),
  };
  const json = Buffer.from(JSON.stringify(header));
  const lead = Buffer.alloc(MAGIC.length + 4 + json.length);
  MAGIC.copy(lead);
  lead.writeUInt32LE(json.length, MAGIC.length);
  json.copy(lead, MAGIC.length + 4);
  const padding = Buffer.alloc((8 - (lead.length % 8)) % 8);
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    for (const part of [lead, padding, ...body]) await handle.write(bytesOf(part));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, file);
}

/** The snapshot in `file` if it is whole and was taken from this database; otherwise why not. */
export async function readSnapshot(
  file: string,
  identity: DatabaseIdentity,
): Promise<{ snapshot: IndexSnapshot } | { refused: string }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return { refused: 'no snapshot' };
  }
  try {
    const size = (await handle.stat()).size;
    const lead = Buffer.alloc(MAGIC.length + 4);
    await handle.read(lead, 0, lead.length, 0);
    if (!lead.subarray(0, MAGIC.length).equals(MAGIC)) return { refused: 'not a snapshot file' };
    const headerLength = lead.readUInt32LE(MAGIC.length);
    if (headerLength > 1_000_000 || lead.length + headerLength > size) return { refused: 'a damaged header' };
    const json = Buffer.alloc(headerLength);
    await handle.read(json, 0, headerLength, lead.length);
    const header = JSON.parse(json.toString('utf8')) as Header;
    if (header.format !== FORMAT) return { refused: `format ${header.format}, not ${FORMAT}` };
    if (!sameIdentity(header.identity, identity)) return { refused: 'taken from another database' };
    let at = lead.length + headerLength;
    at += (8 - (at % 8)) % 8;
    const { count, baseCount, chunkBits } = header;
    const valid =
      Number.isSafeInteger(count) &&
      Number.isSafeInteger(baseCount) &&
      baseCount >= 0 &&
      baseCount <= count &&
      Array.isArray(chunkBits) &&
      chunkBits.every((bits) => Number.isInteger(bits) && bits >= 1 && bits <= 26) &&
      (chunkBits.length === 0 ? baseCount === 0 : chunkBits.reduce((a, b) => a + b, 0) === 256);
    if (!valid) return { refused: 'a damaged header' };
    const tableBytes = chunkBits.reduce((sum, bits) => sum + 4 * ((1 << bits) + 1) + 4 * baseCount, 0);
    const expected = at + count * (8 + 32 + 4 + 1) + ((4 - (count % 4)) % 4) + tableBytes + header.videoBytes;
    if (size !== expected) return { refused: 'a truncated or damaged file' };
    const image = PdqMatchIndex.allocateImage(count, baseCount, chunkBits);
    const videos = Buffer.alloc(header.videoBytes);
    const body = [...parts(image), videos];
    for (const part of body) {
      const target = bytesOf(part);
      // Large arrays in pieces: a single read is limited to 2 GiB.
      for (let done = 0; done < target.length;) {
        const { bytesRead } = await handle.read(target, done, Math.min(1 << 30, target.length - done), at + done);
        if (bytesRead === 0) return { refused: 'a truncated file' };
        done += bytesRead;
      }
      at += target.length;
    }
    if (checksum(body) !== header.crc) return { refused: 'a damaged file (its checksum differs)' };
    return {
      snapshot: {
        identity: header.identity,
        checkpoint: header.checkpoint,
        maxEntryId: header.maxEntryId,
        image,
        videos: JSON.parse(videos.toString('utf8')) as SnapshotVideo[],
      },
    };
  } catch (error) {
    return { refused: `unreadable (${(error as Error).message})` };
  } finally {
    await handle.close();
  }
}
