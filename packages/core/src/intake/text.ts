// What a reporter types is kept, minus what PostgreSQL cannot store: text columns refuse NUL and
// jsonb refuses \u0000 and unpaired surrogates, so one stray byte used to fail the whole insert
// (a 500, the report lost). C0 controls other than tab and newline, and DEL, are removed; CR LF
// and lone CR become LF; an unpaired surrogate becomes U+FFFD.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controls, '').toWellFormed();
}

/** Every string in a JSON-like value (objects, arrays) cleaned; keys too. Other values as they are. */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  const prototype = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null)
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [cleanText(k), cleanStrings(v)]));
  return value;
}
