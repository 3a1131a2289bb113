import type { HelpLine, LocalText, Region } from './settings.queries.ts';

// Settings as text an administrator reads and edits, and back: a region a line ("BRU | Brussels",
// or per language "BRU | en: Brussels | fr: Bruxelles"), help lines as JSON (every field kept).

const languagePart = /^([a-z]{2,3}):\s*(.+)$/;

/** "Text", or "en: Text · fr: Texte" for text per language. */
export function formatLocal(value: LocalText | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([language, text]) => `${language}: ${text}`)
    .join(' · ');
}

export function formatRegions(regions: readonly Region[]): string {
  return regions
    .map((r) =>
      [
        r.code,
        ...(typeof r.name === 'string' ? [r.name] : Object.entries(r.name).map(([lang, text]) => `${lang}: ${text}`)),
      ].join(' | '),
    )
    .join('\n');
}

/** The regions of the text, or the number of the first line that is not "CODE | name". */
export function parseRegions(text: string): { regions: Region[] } | { badLine: number } {
  const regions: Region[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const [code = '', ...parts] = line.split('|').map((part) => part.trim());
    if (code === '' || parts.length === 0 || parts.some((p) => p === '')) return { badLine: index + 1 };
    const tagged = parts.map((p) => languagePart.exec(p));
    if (parts.length === 1 && tagged[0] === null) regions.push({ code, name: parts[0]! });
    else if (tagged.every((m) => m !== null))
      regions.push({ code, name: Object.fromEntries(tagged.map((m) => [m[1], m[2]])) });
    else return { badLine: index + 1 };
  }
  return { regions };
}

export function formatHelpLines(lines: readonly HelpLine[]): string {
  return JSON.stringify(lines, null, 2);
}

export function parseHelpLines(text: string): HelpLine[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as HelpLine[]) : null;
  } catch {
    return null;
  }
}

/** One help line in a sentence: its label, then its numbers and address. */
export function describeHelpLine(line: HelpLine): string {
  return [formatLocal(line.label), line.phone, line.sms, line.url === undefined ? undefined : formatLocal(line.url)]
    .filter((part) => part !== undefined && part !== '')
    .join(' — ');
}
