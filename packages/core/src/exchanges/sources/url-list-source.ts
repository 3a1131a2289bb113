import { createHash } from 'node:crypto';
import { importFormats, type ImportFormat } from '@vigie/contract';
import { parseBankFile } from '../../hashbank/index.ts';
import { ExchangeError } from '../exchanges.errors.ts';
import type { ExchangeSource, RemoteItem } from '../exchanges.types.ts';
import { baseUrl, callRemote, field, intSetting } from '../source-http.ts';

// A hash list published at an HTTPS address, in one of the formats the bank imports (csv, hma,
// ncmec, stopncii). The list is the whole truth each time (a snapshot): a pass reads it in pages
// of records, and a record a finished pass did not see was removed from the list. A page resumes
// by record number while the file is the same (its SHA-256 in the checkpoint); a changed file
// starts the pass again. One download per pull (kept for its pages).

function formatOf(value: unknown): ImportFormat {
  if (typeof value === 'string' && (importFormats as readonly string[]).includes(value)) return value as ImportFormat;
  throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `format must be one of ${importFormats.join(', ')}`);
}

export const urlListSource: ExchangeSource = {
  api: 'url_list',
  description: 'A hash list file at an HTTPS address (csv, hma, ncmec or stopncii format), read whole each pass.',
  settings: [
    field('url', 'string', 'The address of the list', { required: true }),
    field('format', 'enum', 'The file format', { required: true, choices: [...importFormats] }),
    field('page_size', 'number', 'Records committed per page (1-10000)', { default: 1000 }),
  ],
  credentials: [field('bearer_token', 'string', 'Sent as Authorization: Bearer, when the list needs one')],
  snapshot: true,
  async fetchPage({ outbound, settings, credentials, checkpoint, memo }) {
    const url = baseUrl(settings.url, 'url');
    const format = formatOf(settings.format);
    const size = intSetting(settings.page_size, 'page_size', 1000, 1, 10_000);
    let body = memo.get(url) as { text: string; digest: string } | undefined;
    if (!body) {
      const headers: Record<string, string> = credentials.bearer_token
        ? { authorization: `Bearer ${credentials.bearer_token}` }
        : {};
      const answer = await callRemote(outbound, url, { headers, accept: '*/*' });
      body = { text: answer.text, digest: createHash('sha256').update(answer.text).digest('hex') };
      memo.set(url, body);
    }
    const after = checkpoint.digest === body.digest && typeof checkpoint.line === 'number' ? checkpoint.line : 0;
    const items: RemoteItem[] = [];
    let last = after;
    let done = true;
    for (const record of parseBankFile(format, body.text)) {
      if (record.line <= after) continue;
      if (items.length >= size) {
        done = false;
        break;
      }
      last = record.line;
      if (!('signals' in record)) continue;
      const [first] = Object.entries(record.signals).filter(([k, v]) => k !== 'pdqQuality' && v !== undefined);
      if (!first) continue;
      const value = typeof first[1] === 'string' ? first[1] : JSON.stringify(first[1]);
      items.push({
        remoteId: `${first[0]}:${value}`.slice(0, 500),
        deleted: false,
        signals: Object.entries(record.signals)
          .filter(([k, v]) => k !== 'pdqQuality' && typeof v === 'string')
          .map(([type, v]) => ({ type, value: v as string })),
        labels: record.labels ?? {},
        ...(typeof record.provenance?.classification === 'string'
          ? { categories: { industry_a1b2: record.provenance.classification } }
          : {}),
        provenance: { source: url, format, line: record.line, ...record.provenance },
      });
    }
    return { items, checkpoint: done ? {} : { digest: body.digest, line: last }, done };
  },
};
