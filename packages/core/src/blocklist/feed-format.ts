import type { BlocklistVersion, FeedItem } from './blocklist.types.ts';

// The feed's files, written from a version's items (pure: the same version gives the same bytes,
// so every process serves, and signs, identical files). Formats in docs/blocklist.md.

export type TextFormat = 'txt' | 'csv' | 'json';
export type Delta = Readonly<{
  from: number;
  to: BlocklistVersion;
  added: readonly FeedItem[];
  removed: readonly FeedItem[];
}>;

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const csvLine = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
const entryOf = (item: FeedItem) => ({ kind: item.kind, entry: item.value, sha256: item.sha256 });

export function renderFull(version: BlocklistVersion, items: readonly FeedItem[], format: TextFormat): string {
  const published = version.publishedAt.toISOString();
  if (format === 'json')
    return json({
      format: 'vigie-blocklist',
      version: version.version,
      publishedAt: published,
      entries: items.map(entryOf),
    });
  if (format === 'csv')
    return csvLine(['kind', 'entry', 'sha256']) + items.map((i) => csvLine([i.kind, i.value, i.sha256])).join('');
  return (
    `# Vigie blocklist version ${version.version}, published ${published}: ${items.length} entries\n` +
    `# a line with "/" is a URL (host/path?query, no scheme); without, a domain and every name under it\n` +
    items.map((i) => `${i.value}\n`).join('')
  );
}

export function renderDelta(delta: Delta, format: TextFormat): string {
  const published = delta.to.publishedAt.toISOString();
  if (format === 'json')
    return json({
      format: 'vigie-blocklist-delta',
      from: delta.from,
      to: delta.to.version,
      publishedAt: published,
      added: delta.added.map(entryOf),
      removed: delta.removed.map(entryOf),
    });
  if (format === 'csv')
    return (
      csvLine(['change', 'kind', 'entry', 'sha256']) +
      delta.added.map((i) => csvLine(['add', i.kind, i.value, i.sha256])).join('') +
      delta.removed.map((i) => csvLine(['remove', i.kind, i.value, i.sha256])).join('')
    );
  return (
    `# Vigie blocklist delta from version ${delta.from} to ${delta.to.version}, published ${published}: ` +
    `${delta.added.length} added, ${delta.removed.length} removed\n` +
    delta.added.map((i) => `+${i.value}\n`).join('') +
    delta.removed.map((i) => `-${i.value}\n`).join('')
  );
}

/**
 * A DNS response-policy zone (RPZ) of the version's domain entries: each name and every name
 * under it answers NXDOMAIN (CNAME .). The SOA serial is the version number, so it increases
 * with every version and a secondary's transfer or a provider's reload sees the change.
 */
export function renderRpz(version: BlocklistVersion, items: readonly FeedItem[], zone: string): string {
  const domains = items.filter((i) => i.kind === 'domain');
  const lines = [
    `; Vigie blocklist version ${version.version}, published ${version.publishedAt.toISOString()}: ${domains.length} domains`,
    `$ORIGIN ${zone}.`,
    '$TTL 300',
    `@ IN SOA localhost. hostmaster.localhost. ${version.version} 3600 600 604800 300`,
    '@ IN NS localhost.',
    ...domains.flatMap((d) => [`${d.value} CNAME .`, `*.${d.value} CNAME .`]),
  ];
  return `${lines.join('\n')}\n`;
}

export type Timestamp = Readonly<{ version: number; publishedAt: Date | null; issuedAt: Date; expiresAt: Date }>;

/** Which version is current, and until when this statement holds: a mirror serving it later is frozen. */
export function renderTimestamp(stamp: Timestamp): string {
  return [
    'vigie-blocklist-timestamp 1',
    `version: ${stamp.version}`,
    `published: ${stamp.publishedAt?.toISOString() ?? '-'}`,
    `issued: ${stamp.issuedAt.toISOString()}`,
    `expires: ${stamp.expiresAt.toISOString()}`,
    '',
  ].join('\n');
}

export const contentTypes: Readonly<Record<string, string>> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  rpz: 'text/dns; charset=utf-8',
  minisig: 'text/plain; charset=utf-8',
  pub: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
