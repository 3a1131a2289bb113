import type { ExchangeSource, RemoteItem } from '../exchanges.types.ts';
import { baseUrl, callRemote, credential, field } from '../source-http.ts';

// NCMEC's hash-sharing API (v2) as python-threatexchange's NCMEC client calls it: GET
// ENV/v2/entries?from=&to= with HTTP basic authentication, XML answers (`queryResult` with
// <images>/<videos> of <image>, <video>, <deletedImage>, <deletedVideo>), paged by
// <paging><next>, a path to GET as it is. A paging link is only valid with the window it came
// from, so the checkpoint keeps the window (from, to) with the link; a finished window moves
// `from` to its end. Deleted entries are tombstones.

const ENTRY = /<(image|video|deletedImage|deletedVideo)>([\s\S]*?)<\/\1>/g;
const text = (xml: string, tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1]?.trim();
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
// NCMEC's fingerprint names that Vigie matches on; PhotoDNA (pdna) and others are left out.
const FINGERPRINTS = ['md5', 'sha1', 'sha256', 'pdq'] as const;

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parseEntries(xml: string, source: string): RemoteItem[] {
  const items: RemoteItem[] = [];
  for (let m = ENTRY.exec(xml); m; m = ENTRY.exec(xml)) {
    const [, kind = '', body = ''] = m;
    const member = /<member\s+id="([^"]*)"/.exec(body)?.[1] ?? '';
    const id = text(body, 'id') ?? '';
    const remoteId = `${member}:${id}`;
    if (kind.startsWith('deleted')) {
      items.push({ remoteId, deleted: true });
      continue;
    }
    const prints = /<fingerprints>([\s\S]*?)<\/fingerprints>/.exec(body)?.[1] ?? '';
    const signals = FINGERPRINTS.flatMap((type) => {
      const value = text(prints, type);
      return value
        ? [{ type: kind === 'video' && type === 'md5' ? 'video_md5' : type, value: value.toLowerCase() }]
        : [];
    });
    const classification = text(body, 'classification');
    items.push({
      remoteId,
      deleted: false,
      signals,
      categories: classification ? { industry_a1b2: classification } : {},
      provenance: { source, ncmecId: id, member, mediaKind: kind, ...(classification ? { classification } : {}) },
    });
  }
  ENTRY.lastIndex = 0;
  return items;
}

export const ncmecSource: ExchangeSource = {
  api: 'ncmec',
  description: "NCMEC's hash-sharing API (v2): entries by time window, paged, with deletions.",
  settings: [
    field('environment', 'string', "The API's base URL (NCMEC gives one per environment)", { required: true }),
    field('only_esp_ids', 'list_of_string', "Only entries of these members (ESP ids); default every member's"),
    field('start_timestamp', 'number', 'Unix time the first pull starts from', { default: 0 }),
  ],
  credentials: [
    field('user', 'string', 'NCMEC hash sharing API username.', { required: true }),
    field('password', 'string', 'NCMEC hash sharing API password.', { required: true }),
  ],
  snapshot: false,
  async fetchPage({ outbound, settings, credentials, checkpoint, now }) {
    const env = baseUrl(settings.environment, 'environment');
    const authorization = `Basic ${Buffer.from(`${credential(credentials, 'user')}:${credential(credentials, 'password')}`).toString('base64')}`;
    const from = typeof checkpoint.from === 'number' ? checkpoint.from : Number(settings.start_timestamp ?? 0) || 0;
    const to = typeof checkpoint.to === 'number' ? checkpoint.to : Math.floor(now().getTime() / 1000);
    const next = typeof checkpoint.next === 'string' ? checkpoint.next : '';
    const url = next
      ? `${env}${next.startsWith('/') ? '' : '/'}${next}`
      : `${env}/v2/entries?${new URLSearchParams({ from: isoSeconds(from), to: isoSeconds(to) }).toString()}`;
    const answer = await callRemote(outbound, url, { headers: { authorization }, accept: 'application/xml' });
    const only = Array.isArray(settings.only_esp_ids) ? settings.only_esp_ids.map(String) : undefined;
    const items = parseEntries(answer.text, env).filter((i) => !only || only.includes(i.remoteId.split(':')[0]!));
    const following = unescape(/<paging>[\s\S]*?<next>([^<]*)<\/next>/.exec(answer.text)?.[1]?.trim() ?? '');
    const done = following === '';
    return {
      items,
      checkpoint: done ? { from: to } : { from, to, next: following },
      done,
      progressAt: new Date((done ? to : from) * 1000),
    };
  },
};
