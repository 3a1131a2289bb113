// Reads the entries of a (decompressed) tar archive, as npm publishes packages: ustar headers,
// with pax extended headers for long names. Only regular files are returned.

export type TarEntry = Readonly<{ path: string; data: Buffer }>;

function text(block: Buffer, from: number, length: number): string {
  const field = block.subarray(from, from + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function paxPath(data: Buffer): string | undefined {
  // Records are "LEN key=value\n".
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString());
    if (space === -1 || !Number.isInteger(length) || length <= 0) return undefined;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice(5);
    at += length;
  }
  return undefined;
}

export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let at = 0;
  let nextPath: string | undefined;
  while (at + 512 <= archive.length) {
    const header = archive.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    if (!Number.isInteger(size) || size < 0) throw new Error(`tar: bad size at offset ${at}`);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    const data = archive.subarray(at + 512, at + 512 + size);
    if (data.length !== size) throw new Error('tar: archive is truncated');
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      nextPath = paxPath(data);
      continue;
    }
    if (type === 'g') continue;
    const path = nextPath ?? (prefix ? `${prefix}/${name}` : name);
    nextPath = undefined;
    if (type === '0' || type === '\0') entries.push({ path, data: Buffer.from(data) });
  }
  return entries;
}
