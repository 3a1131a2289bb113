import type { HashListPage } from '@vigie/contract';
import type { ExchangeSource, RemoteItem } from '../exchanges.types.ts';
import { baseUrl, callRemote, credential, field, intSetting, parseJson } from '../source-http.ts';

// Another Vigie installation: its providers' hash list (GET /api/v1/hashes), read with an
// organisation's key (scope hashes:read) from its cursor. Withdrawn entries and access taken
// away come as tombstones. Feedback: POST /api/v1/matches/feedback (scope hashes:match).

function banksOf(settings: Record<string, unknown>): string[] | undefined {
  const banks = settings.banks;
  if (banks === undefined || banks === null) return undefined;
  if (!Array.isArray(banks)) return undefined;
  return banks.map(String);
}

function toItem(entry: HashListPage['entries'][number], url: string): RemoteItem {
  const remoteId = String(entry.entryId);
  if (entry.withdrawn || !entry.signals) return { remoteId, deleted: true };
  const c = entry.classification;
  const labels = c && 'labels' in c && c.labels ? c.labels : undefined;
  return {
    remoteId,
    deleted: false,
    signals: Object.entries(entry.signals).map(([type, value]) => ({ type, value })),
    labels: labels
      ? {
          ageBand: labels.ageBand ?? undefined,
          activity: labels.activity ?? undefined,
          origin: labels.origin ?? undefined,
          victimIdentified: labels.victimIdentified ?? undefined,
        }
      : {},
    categories: c && 'categories' in c && c.categories ? c.categories : {},
    ...(entry.uses ? { uses: entry.uses } : {}),
    provenance: { source: url, remoteBank: entry.bank, confirmed: entry.confirmed ?? false },
  };
}

export const vigieSource: ExchangeSource = {
  api: 'vigie',
  description: "Another Vigie installation's hash list for this organisation (cursor and tombstones).",
  settings: [
    field('url', 'string', "The other installation's base URL, e.g. https://hotline.example.test", { required: true }),
    field('banks', 'list_of_string', 'Only these of its banks (default: every bank granted)'),
    field('page_size', 'number', 'Entries per page (1-5000)', { default: 1000 }),
  ],
  credentials: [
    field('api_key', 'string', 'An API key of that installation (scopes hashes:read, hashes:match)', {
      required: true,
    }),
  ],
  snapshot: false,
  async fetchPage({ outbound, settings, credentials, checkpoint }) {
    const url = baseUrl(settings.url, 'url');
    const size = intSetting(settings.page_size, 'page_size', 1000, 1, 5000);
    const query = new URLSearchParams({ limit: String(size) });
    if (typeof checkpoint.cursor === 'string' && checkpoint.cursor) query.set('since', checkpoint.cursor);
    const answer = await callRemote(outbound, `${url}/api/v1/hashes?${query.toString()}`, {
      headers: { authorization: `Bearer ${credential(credentials, 'api_key')}` },
    });
    const page = parseJson<HashListPage>(answer, 'the hash list');
    const only = banksOf(settings);
    const entries = only ? page.entries.filter((e) => only.includes(e.bank)) : page.entries;
    return { items: entries.map((e) => toItem(e, url)), checkpoint: { cursor: page.cursor }, done: !page.more };
  },
  async sendFeedback({ outbound, settings, credentials }, item, verdict) {
    const url = baseUrl(settings.url, 'url');
    const answer = await callRemote(
      outbound,
      `${url}/api/v1/matches/feedback`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${credential(credentials, 'api_key')}`, 'content-type': 'application/json' },
        body: JSON.stringify({ entryId: Number(item.remoteId), verdict }),
      },
      [400, 404, 409],
    );
    if (answer.status >= 400)
      return { state: 'refused', detail: `HTTP ${answer.status}: ${answer.text.slice(0, 300)}` };
    return { state: 'sent', detail: `HTTP ${answer.status}` };
  },
};
