// A figure's rows as CSV (RFC 4180: CRLF, quoted when needed), the columns in the rows' order.
// A cell starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function toCsv(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, columns?: readonly string[]): string {
  const names = columns ?? Object.keys(rows[0] ?? {});
  return [names, ...rows.map((r) => names.map((n) => r[n]))].map((line) => `${line.map(cell).join(',')}\r\n`).join('');
}
