import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Loopback servers shaped like the hash lists Vigie's exchanges pull: an HMA instance's curation
// API, NCMEC's hash-sharing API (v2, XML, paged by `next`), StopNCII's FetchHashes (JSON, paged by
// token) and a plain list file. Their paths, parameters, headers and answers follow how
// python-threatexchange's clients and HMA's Flask app call and answer; the data is the test's.

export type Recorded = { method: string; path: string; headers: IncomingMessage['headers']; body: string };

export type LoopbackServer<S> = {
  url: string;
  state: S;
  requests: Recorded[];
  /** Answer 500 to the next `count` requests whose path contains `pathPart`. */
  failNext(pathPart: string, count?: number): void;
  close(): Promise<void>;
};

type Handler<S> = (state: S, request: Recorded, url: URL, reply: ServerResponse) => void;

async function startServer<S>(state: S, handle: Handler<S>): Promise<LoopbackServer<S>> {
  const requests: Recorded[] = [];
  const failures: Array<{ part: string; left: number }> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded = {
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const failure = failures.find((f) => f.left > 0 && recorded.path.includes(f.part));
      if (failure) {
        failure.left -= 1;
        res.writeHead(500, { 'content-type': 'text/plain' }).end('fault injected by the test');
        return;
      }
      handle(state, recorded, url, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    failNext: (part, count = 1) => failures.push({ part, left: count }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

// --- HMA ---------------------------------------------------------------------------------------

export type HmaContent = {
  id: number;
  bank: string;
  signals: Record<string, string>;
  disable_until_ts?: number;
  note?: string;
};
export type HmaListState = { contents: HmaContent[]; updates: Array<{ id: number; disable_until_ts: number }> };

/** HMA's curation routes for bank content (GET and PUT /c/bank/NAME/content/ID, GET /c/banks). */
export function startHmaListServer(contents: HmaContent[] = []): Promise<LoopbackServer<HmaListState>> {
  return startServer<HmaListState>({ contents, updates: [] }, (state, request, url, res) => {
    if (url.pathname === '/c/banks' && request.method === 'GET') {
      const names = [...new Set(state.contents.map((c) => c.bank))];
      json(
        res,
        200,
        names.map((name) => ({ name, matching_enabled_ratio: 1.0 })),
      );
      return;
    }
    const m = /^\/c\/bank\/([^/]+)\/content\/(\d+)$/.exec(url.pathname);
    if (!m) return json(res, 404, { message: 'Not Found' });
    const bank = decodeURIComponent(m[1]!);
    if (!state.contents.some((c) => c.bank === bank)) return json(res, 404, { message: `bank '${bank}' not found` });
    const content = state.contents.find((c) => c.id === Number(m[2]));
    if (!content) return json(res, 404, { message: `content '${m[2]}' not found` });
    if (request.method === 'PUT') {
      const body = JSON.parse(request.body || '{}') as { disable_until_ts?: number };
      content.disable_until_ts = Number(body.disable_until_ts ?? 0);
      state.updates.push({ id: content.id, disable_until_ts: content.disable_until_ts });
      return json(res, 200, { message: 'Done' });
    }
    const withSignals = (url.searchParams.get('include_signals') ?? 'false').toLowerCase() === 'true';
    json(res, 200, {
      id: content.id,
      disable_until_ts: content.disable_until_ts ?? 0,
      original_media_uri: null,
      bank: { name: content.bank, matching_enabled_ratio: 1.0 },
      signals: withSignals ? content.signals : null,
      metadata: null,
      note: content.note ?? null,
    });
  });
}

// --- NCMEC -------------------------------------------------------------------------------------

export type NcmecEntry = {
  id: string;
  member: number;
  /** Unix seconds. */
  timestamp: number;
  kind: 'image' | 'video';
  deleted?: boolean;
  classification?: string;
  fingerprints?: Record<string, string>;
};
export type NcmecState = { entries: NcmecEntry[]; user: string; password: string; pageSize: number };

const ncmecTime = (s: number) => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function ncmecEntryXml(e: NcmecEntry): string {
  const tag = e.deleted ? `deleted${e.kind === 'image' ? 'Image' : 'Video'}` : e.kind;
  const head = `<member id="${e.member}">Member ${e.member}</member><timestamp>${ncmecTime(e.timestamp)}</timestamp><id>${escapeXml(e.id)}</id>`;
  if (e.deleted) return `<${tag}>${head}</${tag}>`;
  const prints = Object.entries(e.fingerprints ?? {})
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('');
  const classification = e.classification ? `<classification>${e.classification}</classification>` : '';
  return `<${tag}>${head}${classification}<fingerprints>${prints}</fingerprints></${tag}>`;
}

/** NCMEC's GET /v2/entries?from=&to= (basic authentication), paged with <paging><next>. */
export function startNcmecServer(state: Partial<NcmecState> = {}): Promise<LoopbackServer<NcmecState>> {
  const full: NcmecState = { entries: [], user: 'esp-user', password: 'esp-password', pageSize: 2, ...state };
  return startServer<NcmecState>(full, (s, request, url, res) => {
    const expected = `Basic ${Buffer.from(`${s.user}:${s.password}`).toString('base64')}`;
    if (request.headers.authorization !== expected) return res.writeHead(401).end();
    if (url.pathname !== '/v2/entries') return res.writeHead(404).end();
    const from = Date.parse(url.searchParams.get('from') ?? '') / 1000;
    const to = Date.parse(url.searchParams.get('to') ?? '') / 1000;
    const start = Number(url.searchParams.get('start') ?? 1);
    const inWindow = s.entries.filter((e) => e.timestamp >= from && e.timestamp < to);
    const page = inWindow.slice(start - 1, start - 1 + s.pageSize);
    const more = start - 1 + s.pageSize < inWindow.length;
    const section = (kind: 'image' | 'video') => {
      const list = page.filter((e) => e.kind === kind);
      if (list.length === 0) return `<${kind}s count="0"/>`;
      const max = Math.max(...list.map((e) => e.timestamp));
      return `<${kind}s count="${list.length}" maxTimestamp="${ncmecTime(max)}">${list.map(ncmecEntryXml).join('')}</${kind}s>`;
    };
    const next = more
      ? `<paging><next>${escapeXml(`/v2/entries?${new URLSearchParams({ from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '', start: String(start + s.pageSize), size: String(s.pageSize), max: String(inWindow.length) }).toString()}`)}</next></paging>`
      : '';
    res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">${section('image')}${section('video')}${next}</queryResult>`,
      );
  });
}

// --- StopNCII ----------------------------------------------------------------------------------

export type StopnciiRecord = {
  lastModtimestamp: number;
  signalType: 'ImagePDQ' | 'VideoMD5';
  hashValue: string;
  hashStatus: string;
};
export type StopnciiState = {
  records: StopnciiRecord[];
  fetchKey: string;
  feedbackKey: string;
  subscriptionKey: string;
  feedbacks: unknown[];
};

/** StopNCII's GET /v1/FetchHashes and POST /v1/SubmitFeedback, with their function and subscription keys. */
export function startStopnciiServer(state: Partial<StopnciiState> = {}): Promise<LoopbackServer<StopnciiState>> {
  const full: StopnciiState = {
    records: [],
    fetchKey: 'fetch-key',
    feedbackKey: 'feedback-key',
    subscriptionKey: 'subscription-key',
    feedbacks: [],
    ...state,
  };
  return startServer<StopnciiState>(full, (s, request, url, res) => {
    if (request.headers['ocp-apim-subscription-key'] !== s.subscriptionKey) return json(res, 401, { message: 'no' });
    if (url.pathname === '/v1/SubmitFeedback' && request.method === 'POST') {
      if (request.headers['x-functions-key'] !== s.feedbackKey) return json(res, 401, { message: 'no' });
      s.feedbacks.push(JSON.parse(request.body));
      return json(res, 200, {});
    }
    if (url.pathname !== '/v1/FetchHashes') return json(res, 404, { message: 'no' });
    if (request.headers['x-functions-key'] !== s.fetchKey) return json(res, 401, { message: 'no' });
    const start = Number(url.searchParams.get('startTimestamp') ?? 0);
    const size = Number(url.searchParams.get('pageSize') ?? 800);
    const offset = Number(Buffer.from(url.searchParams.get('nextPageToken') ?? '', 'base64url').toString() || 0);
    const matching = s.records
      .filter((r) => r.lastModtimestamp >= start)
      .sort((a, b) => a.lastModtimestamp - b.lastModtimestamp);
    const page = matching.slice(offset, offset + size);
    const more = offset + size < matching.length;
    const last = matching.length > 0 ? matching[matching.length - 1]!.lastModtimestamp + 1 : start;
    json(res, 200, {
      count: page.length,
      nextPageToken: more ? Buffer.from(String(offset + size)).toString('base64url') : null,
      nextSetTimestamp: last,
      hasMoreRecords: more,
      hashRecords: page.map((r) => ({ ...r, caseNumbers: {}, CSPFeedbacks: [] })),
    });
  });
}

// --- a list file -------------------------------------------------------------------------------

export type ListFileState = { body: string; contentType: string };

/** One file at /list (the test changes `state.body` between pulls). */
export function startListFileServer(body = '', contentType = 'text/csv'): Promise<LoopbackServer<ListFileState>> {
  return startServer<ListFileState>({ body, contentType }, (s, _request, url, res) => {
    if (url.pathname !== '/list') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': s.contentType }).end(s.body);
  });
}
