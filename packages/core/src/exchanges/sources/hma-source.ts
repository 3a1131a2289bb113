import type { ExchangeSource, RemoteItem } from '../exchanges.types.ts';
import { ExchangeError } from '../exchanges.errors.ts';
import { baseUrl, callRemote, field, intSetting, parseJson } from '../source-http.ts';

// An HMA instance through its own API. HMA lists no bank's content and sends no changes, so the
// pull walks content ids upwards (GET /c/bank/NAME/content/ID?include_signals=true, HMA's
// BankContentResponse) from its checkpoint and stops after `gap_limit` ids in a row that are
// not there; the next pull starts after the last id found. Content HMA has disabled
// (disable_until_ts in the future) comes as a tombstone, and again when it is enabled.
// Feedback: HMA takes none as such; a dispute disables the content there for five years (as
// HMA's own UI does), a confirmation enables it (PUT /c/bank/NAME/content/ID).

type HmaContent = {
  id: number;
  disable_until_ts: number;
  bank?: { name?: string };
  signals?: Record<string, string> | null;
  metadata?: Record<string, unknown> | null;
  note?: string | null;
};

const bankOf = (settings: Record<string, unknown>) => {
  const bank = settings.bank;
  if (typeof bank !== 'string' || !/^[A-Za-z0-9_]+$/.test(bank))
    throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', 'bank is required (letters, digits, _)');
  return bank;
};

function headersOf(credentials: Record<string, string>): Record<string, string> {
  return credentials.api_key ? { authorization: `Bearer ${credentials.api_key}` } : {};
}

export const hmaSource: ExchangeSource = {
  api: 'hma',
  description: "One bank of an HMA instance (hasher-matcher-actioner), read through HMA's curation API.",
  settings: [
    field('url', 'string', "HMA's base URL (the one its clients are given)", { required: true }),
    field('bank', 'string', 'The bank to pull, as HMA names it', { required: true }),
    field('gap_limit', 'number', 'Missing content ids in a row that end a pull (1-10000)', { default: 50 }),
    field('page_size', 'number', 'Content ids read per page (1-1000)', { default: 100 }),
  ],
  credentials: [field('api_key', 'string', 'A bearer token, when the HMA sits behind an authenticating proxy')],
  snapshot: false,
  async fetchPage({ outbound, settings, credentials, checkpoint, now }) {
    const url = baseUrl(settings.url, 'url');
    const bank = bankOf(settings);
    const gapLimit = intSetting(settings.gap_limit, 'gap_limit', 50, 1, 10_000);
    const size = intSetting(settings.page_size, 'page_size', 100, 1, 1000);
    const start = typeof checkpoint.next_id === 'number' ? checkpoint.next_id : 1;
    let lastHit = typeof checkpoint.last_hit === 'number' ? checkpoint.last_hit : start - 1;
    const items: RemoteItem[] = [];
    const nowSeconds = Math.floor(now().getTime() / 1000);
    let id = start;
    for (; id < start + size && id - lastHit <= gapLimit; id++) {
      const answer = await callRemote(
        outbound,
        `${url}/c/bank/${encodeURIComponent(bank)}/content/${id}?include_signals=true`,
        { headers: headersOf(credentials) },
        [404],
      );
      if (answer.status === 404) continue;
      const content = parseJson<HmaContent>(answer, `content ${id}`);
      lastHit = id;
      if (content.bank?.name !== undefined && content.bank.name !== bank) continue;
      const remoteId = String(content.id ?? id);
      if (content.disable_until_ts > nowSeconds || !content.signals) {
        items.push({ remoteId, deleted: true });
        continue;
      }
      items.push({
        remoteId,
        deleted: false,
        signals: Object.entries(content.signals).map(([type, value]) => ({ type, value })),
        provenance: { source: url, remoteBank: bank, ...(content.note ? { note: content.note } : {}) },
      });
    }
    const done = id - lastHit > gapLimit;
    return {
      items,
      checkpoint: done ? { next_id: lastHit + 1, last_hit: lastHit } : { next_id: id, last_hit: lastHit },
      done,
    };
  },
  async sendFeedback({ outbound, settings, credentials, now }, item, verdict) {
    const url = baseUrl(settings.url, 'url');
    const fiveYears = Math.floor(now().getTime() / 1000) + 5 * 365 * 24 * 3600;
    const answer = await callRemote(
      outbound,
      `${url}/c/bank/${encodeURIComponent(bankOf(settings))}/content/${encodeURIComponent(item.remoteId)}`,
      {
        method: 'PUT',
        headers: { ...headersOf(credentials), 'content-type': 'application/json' },
        body: JSON.stringify({ disable_until_ts: verdict === 'false_positive' ? fiveYears : 0 }),
      },
      [400, 404],
    );
    if (answer.status >= 400)
      return { state: 'refused', detail: `HTTP ${answer.status}: ${answer.text.slice(0, 300)}` };
    return { state: 'sent', detail: verdict === 'false_positive' ? 'disabled at the HMA' : 'enabled at the HMA' };
  },
};
