import type { ExchangeSource, RemoteItem } from '../exchanges.types.ts';
import { baseUrl, callRemote, credential, field, parseJson } from '../source-http.ts';

// StopNCII's hash API as python-threatexchange's client calls it: GET BASE/FetchHashes
// ?startTimestamp=&pageSize=[&nextPageToken=] with `x-functions-key` and
// `Ocp-Apim-Subscription-Key`; a page is {count, nextPageToken, nextSetTimestamp,
// hasMoreRecords, hashRecords}. A record replaces what was known of its (signalType, hash);
// Withdrawn and Deleted are tombstones. When the token is played out, the next pull starts at
// nextSetTimestamp. Feedback: POST BASE/SubmitFeedback {count, hashFeedbacks: [{hashValue,
// feedbackValue: Blocked | NotBlocked, tags}]}.

type HashRecord = { signalType?: string; hashValue?: string; hashStatus?: string; lastModtimestamp?: number };
type FetchHashesPage = {
  count?: number;
  nextPageToken?: string | null;
  nextSetTimestamp?: number;
  hasMoreRecords?: boolean;
  hashRecords?: HashRecord[];
};
const TYPES: Record<string, string> = { ImagePDQ: 'pdq', VideoMD5: 'video_md5' };

function headers(credentials: Record<string, string>, key = 'fetch_function_key'): Record<string, string> {
  return {
    'x-functions-key': credential(credentials, key),
    'Ocp-Apim-Subscription-Key': credential(credentials, 'subscription_key'),
  };
}

function baseOf(settings: Record<string, unknown>, credentials: Record<string, string>): string {
  return baseUrl(credentials.base_url_override || settings.base_url, 'base_url');
}

export const stopnciiSource: ExchangeSource = {
  api: 'stop_ncii',
  description: "StopNCII's hash API: records since a timestamp, paged by token, with withdrawals.",
  settings: [
    field('base_url', 'string', "The API's base URL (StopNCII's v1 root)", { required: true }),
    field('page_size', 'number', 'Records per page (1-800)', { default: 800 }),
  ],
  credentials: [
    field('fetch_function_key', 'string', 'The function key of the FetchHashes endpoint', { required: true }),
    field('subscription_key', 'string', 'The Ocp-Apim-Subscription-Key', { required: true }),
    field('feedback_function_key', 'string', 'The function key of the SubmitFeedback endpoint (for feedback)'),
    field('base_url_override', 'string', 'A base URL replacing the setting'),
  ],
  snapshot: false,
  async fetchPage({ outbound, settings, credentials, checkpoint }) {
    const base = baseOf(settings, credentials);
    const start = typeof checkpoint.start_timestamp === 'number' ? checkpoint.start_timestamp : 0;
    const token = typeof checkpoint.next_page_token === 'string' ? checkpoint.next_page_token : '';
    const size = Math.min(800, Math.max(1, Number(settings.page_size ?? 800) || 800));
    const query = new URLSearchParams({ startTimestamp: String(start), pageSize: String(size) });
    if (token) query.set('nextPageToken', token);
    const page = parseJson<FetchHashesPage>(
      await callRemote(outbound, `${base}/FetchHashes?${query.toString()}`, { headers: headers(credentials) }),
      'FetchHashes',
    );
    const items: RemoteItem[] = (page.hashRecords ?? []).flatMap((r): RemoteItem[] => {
      const type = TYPES[String(r.signalType)];
      if (!type || !r.hashValue) return [];
      const remoteId = `${r.signalType}:${r.hashValue}`;
      if (r.hashStatus === 'Withdrawn' || r.hashStatus === 'Deleted') return [{ remoteId, deleted: true }];
      return [
        {
          remoteId,
          deleted: false,
          signals: [{ type, value: r.hashValue.toLowerCase() }],
          provenance: {
            source: base,
            signalType: r.signalType,
            hashValue: r.hashValue,
            lastModtimestamp: r.lastModtimestamp,
          },
        },
      ];
    });
    const more = page.hasMoreRecords === true && !!page.nextPageToken;
    const setTimestamp = typeof page.nextSetTimestamp === 'number' ? page.nextSetTimestamp : start;
    return {
      items,
      checkpoint: more
        ? { start_timestamp: start, next_page_token: page.nextPageToken }
        : { start_timestamp: setTimestamp },
      done: !more,
      progressAt: new Date((more ? start : setTimestamp) * 1000),
    };
  },
  async sendFeedback({ outbound, settings, credentials }, item, verdict) {
    const base = baseOf(settings, credentials);
    const hashValue = String(item.provenance.hashValue ?? item.remoteId.split(':').slice(1).join(':'));
    const body = {
      count: 1,
      hashFeedbacks: [{ tags: [], feedbackValue: verdict === 'confirmed' ? 'Blocked' : 'NotBlocked', hashValue }],
    };
    const answer = await callRemote(
      outbound,
      `${base}/SubmitFeedback`,
      {
        method: 'POST',
        headers: { ...headers(credentials, 'feedback_function_key'), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      [400, 404],
    );
    if (answer.status >= 400) return { state: 'refused', detail: `HTTP ${answer.status}` };
    return { state: 'sent', detail: `HTTP ${answer.status}` };
  },
};
