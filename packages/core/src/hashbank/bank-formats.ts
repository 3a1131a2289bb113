import {
  activities,
  ageBands,
  contentOrigins,
  type Activity,
  type AgeBand,
  type ContentOrigin,
  type ImportFormat,
  type SignalType,
} from '@vigie/contract';
import { isAppError } from '../platform/errors.ts';
import type { EntryLabels, EntrySignals } from './hashbank.types.ts';
import { singleValueSignalTypes, signalTypeSpecs } from './signal-types.ts';
import { collectSignals, formatSignal, signalsOf } from './signals.ts';

// Bank files in and out. Every parser yields numbered records (a CSV line, the n-th NCMEC entry,
// the n-th StopNCII hash record) so an import can resume after its last committed record and
// report a bad one by number; a bad record never stops the others.

export type ImportRecord =
  | { line: number; signals: EntrySignals; labels?: EntryLabels; provenance?: Record<string, unknown> }
  | { line: number; error: string };

/** One live entry as an export needs it. */
export type ExportEntry = {
  id: number;
  signals: EntrySignals;
  labels: EntryLabels;
  provenance: Record<string, unknown>;
  updatedAt: Date;
};

const LABEL_KEYS: Record<string, keyof EntryLabels> = {
  age_band: 'ageBand',
  activity: 'activity',
  origin: 'origin',
  victim_identified: 'victimIdentified',
};

/** One CSV line into fields (RFC 4180 quoting; a record never spans lines in these files). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}\n`;
}

const labelValues: Record<keyof EntryLabels, readonly string[]> = {
  ageBand: ageBands,
  activity: activities,
  origin: contentOrigins,
  victimIdentified: ['true', 'false'],
};

/** `age_band=prepubescent;activity=sexual_posing` (Vigie's CSV labels column); values checked against the closed sets. */
function parseLabels(text: string): EntryLabels {
  const labels: EntryLabels = {};
  for (const pair of text.split(/[;\s]+/).filter(Boolean)) {
    const [key = '', value = ''] = pair.split(/[=:]/);
    const name = LABEL_KEYS[key];
    if (!name) continue;
    const allowed: readonly string[] = labelValues[name];
    if (!allowed.includes(value)) throw new Error(`label ${key}=${value} is not one of ${allowed.join(', ')}`);
    if (name === 'victimIdentified') labels.victimIdentified = value === 'true';
    else if (name === 'ageBand') labels.ageBand = value as AgeBand;
    else if (name === 'activity') labels.activity = value as Activity;
    else labels.origin = value as ContentOrigin;
  }
  return labels;
}

function formatLabels(labels: EntryLabels): string {
  return Object.entries(LABEL_KEYS)
    .filter(([, name]) => labels[name] !== undefined && labels[name] !== null)
    .map(([key, name]) => `${key}=${String(labels[name])}`)
    .join(';');
}

function record(
  line: number,
  build: () => Omit<Extract<ImportRecord, { signals: EntrySignals }>, 'line'>,
): ImportRecord {
  try {
    return { line, ...build() };
  } catch (error) {
    return { line, error: isAppError(error) ? error.message : (error as Error).message };
  }
}

function* csvRecords(text: string, hma: boolean): Generator<ImportRecord> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || (i === 0 && /^\s*(signal_type|collab)\s*,/i.test(line))) continue;
    const fields = csvFields(line);
    yield record(i + 1, () => {
      if (hma) {
        // threatexchange `dataset -P --csv`: collab,signal_type,signal_str,category,tags
        const [collab = '', type = '', value = '', category = '', tags = ''] = fields;
        if (fields.length < 3) throw new Error('expected collab,signal_type,signal_str[,category,tags]');
        const labels = parseLabels(tags);
        return {
          signals: collectSignals([{ type, value }]),
          labels,
          provenance: { format: 'hma', collab, category, tags },
        };
      }
      const [type = '', value = '', labels = ''] = fields;
      if (fields.length < 2) throw new Error('expected signal_type,signal[,labels]');
      return { signals: collectSignals([{ type, value }]), labels: parseLabels(labels) };
    });
  }
}

// NCMEC's industry classification (A/B: prepubescent/pubescent, 1/2: sex act/lascivious
// exhibition). The age band maps one to one; "1" does not say which act, so the activity stays
// unknown and the code is kept in provenance (and given back on export).
function ncmecLabels(code: string | undefined): EntryLabels {
  if (code?.startsWith('A')) return { ageBand: 'prepubescent' };
  if (code?.startsWith('B')) return { ageBand: 'pubescent' };
  return {};
}

const xmlText = (xml: string, tag: string) =>
  new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1]?.trim();
const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function* ncmecRecords(text: string): Generator<ImportRecord> {
  // Entries of a hash-sharing `queryResult` (v2): <image>, <video>, <deletedImage>, <deletedVideo>.
  const entry = /<(image|video|deletedImage|deletedVideo)>([\s\S]*?)<\/\1>/g;
  let n = 0;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    n += 1;
    const [, kind = '', body = ''] = m;
    yield record(n, () => {
      const id = xmlText(body, 'id');
      if (kind.startsWith('deleted')) throw new Error(`deleted entry ${id ?? ''} (nothing to import)`);
      const fingerprints = /<fingerprints>([\s\S]*?)<\/fingerprints>/.exec(body)?.[1] ?? '';
      const signals = singleValueSignalTypes.flatMap((type) => {
        const value = xmlText(fingerprints, type);
        return value ? [{ type, value }] : [];
      });
      if (signals.length === 0)
        throw new Error(`entry ${id ?? ''} has no fingerprint Vigie uses (${singleValueSignalTypes.join(', ')})`);
      const classification = xmlText(body, 'classification');
      return {
        signals: collectSignals(signals),
        labels: ncmecLabels(classification),
        provenance: { format: 'ncmec', ncmecId: id, member: xmlText(body, 'member'), classification, mediaKind: kind },
      };
    });
  }
}

const stopnciiTypes: Record<string, 'pdq' | 'md5'> = { ImagePDQ: 'pdq', VideoMD5: 'md5' };

function* stopnciiRecords(text: string): Generator<ImportRecord> {
  let parsed: { hashRecords?: unknown };
  try {
    parsed = JSON.parse(text) as { hashRecords?: unknown };
  } catch (error) {
    yield { line: 1, error: `not JSON: ${(error as Error).message}` };
    return;
  }
  const records = Array.isArray(parsed.hashRecords) ? (parsed.hashRecords as Array<Record<string, unknown>>) : [];
  for (const [i, r] of records.entries()) {
    yield record(i + 1, () => {
      const type = stopnciiTypes[String(r.signalType)];
      if (!type) throw new Error(`signal type ${String(r.signalType)} is not used by Vigie (ImagePDQ, VideoMD5)`);
      if (r.hashStatus === 'Withdrawn' || r.hashStatus === 'Deleted')
        throw new Error(`hash ${String(r.hashStatus).toLowerCase()} at StopNCII (nothing to import)`);
      return {
        signals: collectSignals([{ type, value: String(r.hashValue ?? '') }]),
        labels: {},
        provenance: { format: 'stopncii', lastModtimestamp: r.lastModtimestamp },
      };
    });
  }
}

export function parseBankFile(format: ImportFormat, text: string): Iterable<ImportRecord> {
  if (format === 'csv') return csvRecords(text, false);
  if (format === 'hma') return csvRecords(text, true);
  if (format === 'ncmec') return ncmecRecords(text);
  return stopnciiRecords(text);
}

/** Each signal of an entry as (type, value) text, in the table's order. */
function signalPairs(s: EntrySignals): Array<[SignalType, string]> {
  return signalsOf(s).map((signal) => [signal.type, formatSignal(signal)]);
}

export const exportContentTypes: Record<ImportFormat, string> = {
  csv: 'text/csv',
  hma: 'text/csv',
  ncmec: 'application/xml',
  stopncii: 'application/json',
};

/** Streams a bank in one format: head, one chunk per entry, tail. */
export function createExporter(format: ImportFormat, bankName: string, bankKind: string) {
  let written = 0;
  if (format === 'csv' || format === 'hma') {
    return {
      head: () => (format === 'csv' ? 'signal_type,signal,labels\n' : 'collab,signal_type,signal_str,category,tags\n'),
      entry: (e: ExportEntry) =>
        signalPairs(e.signals)
          .map(([type, value]) => {
            if (format === 'csv') return csvLine([type, value, formatLabels(e.labels)]);
            const hmaType = (e.provenance.mediaKind === 'video' ? signalTypeSpecs[type].hma.video : undefined) ?? type;
            return csvLine([
              bankName,
              hmaType,
              value,
              bankKind === 'negative' ? 'NEGATIVE_CLASS' : 'POSITIVE_CLASS',
              formatLabels(e.labels).replace(/;/g, ' '),
            ]);
          })
          .join(''),
      tail: () => '',
    };
  }
  if (format === 'ncmec') {
    return {
      head: () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">\n<images>\n',
      entry: (e: ExportEntry) => {
        const prints = signalPairs(e.signals)
          .filter(([t]) => (singleValueSignalTypes as readonly string[]).includes(t))
          .map(([t, v]) => `<${t}>${v}</${t}>`)
          .join('');
        const code = typeof e.provenance.classification === 'string' ? e.provenance.classification : undefined;
        const classification = code ? `<classification>${xmlEscape(code)}</classification>` : '';
        return prints
          ? `  <image><member id="0">${xmlEscape(bankName)}</member><timestamp>${e.updatedAt.toISOString()}</timestamp><id>${e.id}</id>${classification}<fingerprints>${prints}</fingerprints></image>\n`
          : '';
      },
      tail: () => '</images>\n</queryResult>\n',
    };
  }
  return {
    // StopNCII's FetchHashes page, as one page holding every record (count comes last: streamed).
    head: () => '{"nextPageToken":"","hasMoreRecords":false,"hashRecords":[\n',
    entry: (e: ExportEntry) =>
      signalPairs(e.signals)
        .filter(([t]) => t === 'pdq' || t === 'md5')
        .map(([t, v]) => {
          const text = `${written === 0 ? '' : ',\n'}${JSON.stringify({ lastModtimestamp: Math.floor(e.updatedAt.getTime() / 1000), signalType: t === 'pdq' ? 'ImagePDQ' : 'VideoMD5', hashValue: v, hashStatus: 'Active', caseNumbers: {}, CSPFeedbacks: [] })}`;
          written += 1;
          return text;
        })
        .join(''),
    tail: () => `\n],"count":${written}}\n`,
  };
}
