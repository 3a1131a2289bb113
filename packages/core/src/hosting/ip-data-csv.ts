// Byte-level reading of ip-location-db's "-num" CSVs (start,end,value): the numbers are read
// from the bytes without decoding the file, text is decoded only where it is kept.

/** One line of the file: [start, end) byte offsets into buf (reused while iterating). */
export type Row = { buf: Buffer; start: number; end: number };

export function* rows(buf: Buffer): Generator<Row> {
  const row: Row = { buf, start: 0, end: 0 };
  let from = 0;
  while (from < buf.length) {
    let to = buf.indexOf(10, from);
    if (to === -1) to = buf.length;
    row.start = from;
    row.end = buf[to - 1] === 13 ? to - 1 : to;
    from = to + 1;
    if (row.end > row.start) yield row;
  }
}

/** Where the second and third fields start (numbers never hold commas); undefined if missing. */
export function fieldStarts(row: Row): [number, number] | undefined {
  const a = row.buf.indexOf(44, row.start);
  if (a === -1 || a >= row.end) return undefined;
  const b = row.buf.indexOf(44, a + 1);
  if (b === -1 || b >= row.end) return undefined;
  return [a + 1, b + 1];
}

/** A decimal number below 2^53 at `at`, up to a comma or the line's end; NaN if malformed. */
export function readInt(row: Row, at: number): number {
  let value = 0;
  let digits = 0;
  for (let i = at; i < row.end; i++) {
    const c = row.buf[i]!;
    if (c === 44) break;
    if (c < 48 || c > 57 || digits > 15) return Number.NaN;
    value = value * 10 + (c - 48);
    digits++;
  }
  return digits === 0 ? Number.NaN : value;
}

/**
 * A decimal number below 2^128 (an IPv6 address) into four 32-bit words, most significant
 * first, at out[offset..offset+3]: long multiplication by ten, no BigInt. False if malformed.
 */
export function readInt128(row: Row, at: number, out: Uint32Array, offset: number): boolean {
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let digits = 0;
  for (let i = at; i < row.end; i++) {
    const c = row.buf[i]!;
    if (c === 44) break;
    if (c < 48 || c > 57) return false;
    let carry = c - 48;
    let v = w3 * 10 + carry;
    w3 = v >>> 0;
    carry = Math.floor(v / 0x100000000);
    v = w2 * 10 + carry;
    w2 = v >>> 0;
    carry = Math.floor(v / 0x100000000);
    v = w1 * 10 + carry;
    w1 = v >>> 0;
    carry = Math.floor(v / 0x100000000);
    v = w0 * 10 + carry;
    w0 = v >>> 0;
    if (v >= 0x100000000) return false; // beyond 128 bits
    digits++;
  }
  if (digits === 0) return false;
  out[offset] = w0;
  out[offset + 1] = w1;
  out[offset + 2] = w2;
  out[offset + 3] = w3;
  return true;
}

/** Splits one CSV line (RFC 4180 quoting, "" inside quotes) into its fields. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** The text from `at` to the line's end, unquoted (a holder's name may hold commas and quotes). */
export function restOf(row: Row, at: number): string {
  const text = row.buf.toString('utf8', at, row.end);
  return text.startsWith('"') ? splitCsvLine(text).join(',') : text;
}

export const lineText = (row: Row) =>
  JSON.stringify(row.buf.toString('utf8', row.start, Math.min(row.end, row.start + 80)));
