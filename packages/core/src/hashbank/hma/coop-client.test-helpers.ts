// A replica, for the replay test, of the calls ROOST's Coop makes to HMA (roostorg/coop,
// server/services/hmaService/index.ts, Apache-2.0), read from its code: the same URLs (its base
// URL joined with `${base}/c/...`, so the default `http://host:9876/` yields `//c/...`), methods,
// headers, bodies (JSON text, enabled_ratio as a string on create, FormData uploads) and the same
// reading of the answers (only `ok` and 404 are looked at; bodies parsed as JSON or discarded).
// Coop sends no credentials. Its own database and retries are left out: what reaches HMA is not.

type CoopResponse = { status: number; ok: boolean; body: unknown };
type Handle = 'as-json' | 'discard';

/** Coop's fetchHTTP (networkingService): undici's fetch; `as-json` parses a present body or throws. */
export async function fetchHTTP(query: {
  url: string;
  method: 'get' | 'post' | 'put' | 'delete';
  body?: string | FormData;
  headers?: Record<string, string>;
  handleResponseBody: Handle;
}): Promise<CoopResponse> {
  const response = await fetch(query.url, {
    method: query.method,
    ...(query.headers ? { headers: query.headers } : {}),
    ...(query.body !== undefined ? { body: query.body } : {}),
  });
  const text = await response.text();
  let body: unknown;
  if (query.handleResponseBody === 'as-json' && response.body !== null && text !== '') body = JSON.parse(text);
  return { status: response.status, ok: response.ok, body };
}

export function coopHmaName(orgId: string, name: string): string {
  const normalizedName = name
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return `COOP_${orgId.toUpperCase()}_${normalizedName}`;
}

export function coopClient(hmaServiceUrl: string) {
  const json = { 'Content-Type': 'application/json' };
  return {
    /** createBank without an exchange: POST /c/banks; throws when not ok. */
    async createBank(hmaName: string, enabledRatio: number) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/banks`,
        method: 'post',
        body: JSON.stringify({ name: hmaName, enabled_ratio: enabledRatio.toString() }),
        headers: json,
        handleResponseBody: 'as-json',
      });
      if (!response.ok) throw new Error(`Failed to create HMA bank: ${JSON.stringify(response)}`);
      return response;
    },

    /** createBank with an exchange: POST /c/exchanges (creates exchange and bank in HMA). */
    async createBankWithExchange(hmaName: string, apiName: string, apiJson: Record<string, unknown>) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchanges`,
        method: 'post',
        body: JSON.stringify({ bank: hmaName, api: apiName, api_json: apiJson }),
        headers: json,
        handleResponseBody: 'discard',
      });
      if (!response.ok) throw new Error(`Failed to create exchange in HMA: status=${response.status}`);
    },

    /** updateBank, ratio only: PUT /c/bank/<name> with a numeric enabled_ratio. */
    async updateRatio(hmaName: string, enabledRatio: number) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/bank/${hmaName}`,
        method: 'put',
        body: JSON.stringify({ enabled_ratio: enabledRatio }),
        headers: json,
        handleResponseBody: 'as-json',
      });
      if (!response.ok) throw new Error(`Failed to update HMA bank: ${JSON.stringify(response)}`);
      return response;
    },

    /** updateBank with a new name: create the new bank, then delete the old (errors only logged). */
    async renameBank(oldHmaName: string, newHmaName: string, enabledRatio: number) {
      await this.createBank(newHmaName, enabledRatio);
      await fetchHTTP({
        url: `${hmaServiceUrl}/c/bank/${oldHmaName}`,
        method: 'delete',
        handleResponseBody: 'discard',
      });
    },

    /** deleteBank: DELETE /c/bank/<name>; not ok is logged, not thrown (the status is returned here). */
    async deleteBank(hmaName: string) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/bank/${hmaName}`,
        method: 'delete',
        handleResponseBody: 'discard',
      });
      return response.status;
    },

    /** getBank / getBankById / listBanks: GET /c/bank/<name>; a 404 means the bank is gone. */
    async bankExists(hmaName: string, asListBanks = false) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/bank/${hmaName}`,
        method: 'get',
        ...(asListBanks ? { headers: json } : {}),
        handleResponseBody: asListBanks ? 'as-json' : 'discard',
      });
      return { exists: response.status !== 404, response };
    },

    /** hashContentFromUrl: GET /h/hash?url=... */
    async hashContentFromUrl(url: string) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/h/hash?url=${encodeURIComponent(url)}`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      if (!response.ok) throw new Error(`Failed to hash content from URL: ${response.status}`);
      return response.body as Record<string, string>;
    },

    /** addContentToBank: by URL (query string) or by file (FormData, field named by content type). */
    async addContentToBank(
      bankName: string,
      options: {
        file?: Blob;
        contentType?: 'photo' | 'video';
        url?: string;
        metadata?: { content_id?: string; content_uri?: string; json?: Record<string, unknown> };
      },
    ) {
      const { file, contentType, url, metadata } = options;
      let response;
      if (url) {
        const params = new URLSearchParams();
        params.append('url', url);
        if (metadata) {
          if (metadata.content_id) params.append('content_id', metadata.content_id);
          if (metadata.content_uri) params.append('content_uri', metadata.content_uri);
          if (metadata.json) params.append('metadata', JSON.stringify(metadata.json));
        }
        response = await fetchHTTP({
          url: `${hmaServiceUrl}/c/bank/${bankName}/content?${params.toString()}`,
          method: 'post',
          handleResponseBody: 'as-json',
        });
      } else {
        const formData = new FormData();
        formData.append(contentType as string, file as Blob);
        if (metadata) {
          if (metadata.content_id) formData.append('content_id', metadata.content_id);
          if (metadata.content_uri) formData.append('content_uri', metadata.content_uri);
          if (metadata.json) formData.append('metadata', JSON.stringify(metadata.json));
        }
        response = await fetchHTTP({
          url: `${hmaServiceUrl}/c/bank/${bankName}/content`,
          method: 'post',
          body: formData,
          handleResponseBody: 'as-json',
        });
      }
      if (!response.ok) throw new Error(`Failed to add content to bank: ${response.status}`);
      return response.body as { id: number; signals: Record<string, string> };
    },

    /** lookupContent: GET /m/lookup with url, content_type, signal_type, signal in that order. */
    async lookupContent(options: { url?: string; contentType?: string; signalType?: string; signal?: string }) {
      const params = new URLSearchParams();
      if (options.url) params.append('url', options.url);
      if (options.contentType) params.append('content_type', options.contentType);
      if (options.signalType) params.append('signal_type', options.signalType);
      if (options.signal) params.append('signal', options.signal);
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/m/lookup?${params.toString()}`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      if (!response.ok) throw new Error(`Failed to lookup content: ${response.status}`);
      return response.body as Record<string, Array<{ bank_content_id: number; distance: string }> | undefined>;
    },

    /** checkImageMatchWithDetails: which of the banks have at least one match. */
    async checkImageMatchWithDetails(hmaBankIds: string[], signalType: string, signal: string) {
      const matches = await this.lookupContent({ signal, signalType });
      const matchedBanks = hmaBankIds.filter((id) => (matches[id]?.length ?? 0) > 0);
      return { matched: matchedBanks.length > 0, matchedBanks };
    },
  };
}
