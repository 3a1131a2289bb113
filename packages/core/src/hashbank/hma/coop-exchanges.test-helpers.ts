import { fetchHTTP } from './coop-client.test-helpers.ts';

// A replica of the exchange calls ROOST's Coop makes to HMA (roostorg/coop,
// server/services/hmaService/index.ts, Apache-2.0: getExchangeApis, getExchangeApiSchema,
// createExchange, setExchangeCredentials, getExchangeForBank), read from its code: the same URLs,
// methods, bodies, and the same reading of the answers (a failed config or status call is not an
// error to Coop: it falls back, so the replay reports what Coop would then show).

export type CoopExchangeInfo = {
  api: string;
  enabled: boolean;
  has_auth: boolean;
  error?: string | null;
  last_fetch_succeeded?: boolean | null;
  last_fetch_time?: string | null;
  up_to_date?: boolean | null;
  fetched_items?: number | null;
  is_fetching?: boolean | null;
};

export function coopExchangeClient(hmaServiceUrl: string) {
  const json = { 'Content-Type': 'application/json' };
  const apiConfig = (name: string) =>
    fetchHTTP({
      url: `${hmaServiceUrl}/c/exchanges/api/${encodeURIComponent(name)}`,
      method: 'get',
      handleResponseBody: 'as-json',
    });
  return {
    /** The list, then each API's config; a failed config call reads as "no authentication". */
    async getExchangeApis() {
      const list = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchanges/apis`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      if (!list.ok) throw new Error(`Failed to fetch exchange APIs: ${list.status}`);
      return Promise.all(
        (list.body as string[]).map(async (name) => {
          const config = await apiConfig(name);
          if (!config.ok) return { name, supports_auth: false, has_auth: false, fellBack: true };
          const body = config.body as { supports_authentification: boolean; has_set_authentification: boolean };
          return { name, supports_auth: body.supports_authentification, has_auth: body.has_set_authentification };
        }),
      );
    },

    /** The API's schema; `fellBack` says Coop would use its built-in schema instead. */
    async getExchangeApiSchema(apiName: string) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchanges/api/${encodeURIComponent(apiName)}/schema`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      return response.ok ? { schema: response.body, fellBack: false } : { schema: undefined, fellBack: true };
    },

    async createExchange(bankName: string, apiType: string, apiJson: Record<string, unknown>) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchanges`,
        method: 'post',
        body: JSON.stringify({ bank: bankName, api: apiType, api_json: apiJson }),
        headers: json,
        handleResponseBody: 'as-json',
      });
      if (!response.ok)
        throw new Error(
          `Failed to create exchange: ${JSON.stringify({ status: response.status, responseBody: response.body })}`,
        );
    },

    async setExchangeCredentials(apiName: string, credentialJson: Record<string, unknown>) {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchanges/api/${encodeURIComponent(apiName)}`,
        method: 'post',
        body: JSON.stringify({ credential_json: credentialJson }),
        headers: json,
        handleResponseBody: 'discard',
      });
      if (!response.ok)
        throw new Error(`Failed to set exchange credentials for '${apiName}': status=${response.status}`);
    },

    /** 404 is "no exchange" (null); the API's config and the status fill in what they can. */
    async getExchangeForBank(hmaName: string): Promise<CoopExchangeInfo | null> {
      const response = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchange/${encodeURIComponent(hmaName)}`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      if (response.status === 404) return null;
      if (!response.ok)
        return {
          api: '',
          enabled: false,
          has_auth: false,
          error: `Failed to fetch exchange info from HMA (status ${response.status})`,
        };
      const body = response.body as Record<string, unknown>;
      const apiName = String(body.api ?? '');
      const config = await apiConfig(apiName);
      const hasAuth = config.ok
        ? (config.body as { has_set_authentification: boolean }).has_set_authentification
        : false;
      const info: CoopExchangeInfo = { api: apiName, enabled: Boolean(body.enabled), has_auth: hasAuth };
      const status = await fetchHTTP({
        url: `${hmaServiceUrl}/c/exchange/${encodeURIComponent(hmaName)}/status`,
        method: 'get',
        handleResponseBody: 'as-json',
      });
      if (status.ok) {
        const s = status.body as {
          last_fetch_succeeded: boolean;
          last_fetch_complete_ts: number | null;
          up_to_date: boolean;
          fetched_items: number;
          running_fetch_start_ts: number | null;
        };
        info.last_fetch_succeeded = s.last_fetch_succeeded;
        info.up_to_date = s.up_to_date;
        info.fetched_items = s.fetched_items;
        info.is_fetching = s.running_fetch_start_ts != null;
        if (s.last_fetch_complete_ts != null)
          info.last_fetch_time = new Date(s.last_fetch_complete_ts * 1000).toISOString();
      }
      return info;
    },
  };
}
