import { exchangeApis } from '@vigie/contract';
import type { Actor } from '../audit/index.ts';
import type { Curator, HmaExchangePort } from '../hashbank/index.ts';
import { ExchangeError } from './exchanges.errors.ts';
import type { ExchangesService } from './exchanges.service.ts';
import type { FieldDescriptor } from './exchanges.types.ts';

// HMA's /c/exchanges surface over the same exchanges: HMA's names and shapes (an exchange is its
// bank; api_json is the API's settings; credentials are per API type, and an exchange's own, set
// through Vigie's API, win).

const seconds = (iso: string | null) => (iso ? Math.floor(Date.parse(iso) / 1000) : null);
const descriptors = (fields: readonly FieldDescriptor[]) => ({ fields: fields.map((f) => ({ ...f })) });

export function createHmaExchangePort(exchanges: ExchangesService): HmaExchangePort {
  const known = (api: string) => (exchangeApis as readonly string[]).includes(api);
  const find = async (name: string) => {
    try {
      return await exchanges.get(name);
    } catch (error) {
      if (error instanceof ExchangeError && error.code === 'EXCHANGE_NOT_FOUND') return undefined;
      throw error;
    }
  };
  const dump = (v: Awaited<ReturnType<ExchangesService['get']>>) => ({
    ...v.settings,
    name: v.name,
    api: v.api,
    enabled: v.enabled,
  });
  return {
    apis: () => [...exchangeApis],
    known,
    async apiConfig(api: string, credentials: Record<string, string> | null | undefined, actor: Actor) {
      const description = exchanges.apis().find((a) => a.api === api)!;
      if (credentials !== undefined) await exchanges.setApiCredentials(api, credentials, actor);
      return {
        supports_authentification: description.credentials !== null,
        has_set_authentification: await exchanges.hasApiCredentials(api),
      };
    },
    apiSchema(api: string) {
      const description = exchanges.apis().find((a) => a.api === api)!;
      return {
        config_schema: descriptors(description.settings),
        credentials_schema: description.credentials ? descriptors(description.credentials) : null,
      };
    },
    list: () => exchanges.names(),
    async create(bank: string, api: string, apiJson: Record<string, unknown>, actor: Actor, curator: Curator) {
      const { name: _n, api: _a, enabled, ...settings } = apiJson;
      await exchanges.create(
        {
          name: bank,
          api: api as (typeof exchangeApis)[number],
          settings,
          enabled: enabled === undefined ? true : Boolean(enabled),
        },
        actor,
        curator,
      );
    },
    async get(name: string) {
      const found = await find(name);
      return found && dump(found);
    },
    async update(name: string, enabled: boolean | undefined, actor: Actor) {
      if (!(await find(name))) return undefined;
      return dump(await exchanges.update(name, enabled === undefined ? {} : { enabled }, actor));
    },
    async remove(name: string, actor: Actor) {
      if (await find(name)) await exchanges.remove(name, actor);
    },
    async status(name: string) {
      const found = await find(name);
      if (!found) return undefined;
      const s = found.status;
      return {
        checkpoint_ts: seconds(s.checkpointAt),
        running_fetch_start_ts: s.running ? seconds(s.lastFetchStartedAt) : null,
        last_fetch_complete_ts: seconds(s.lastFetchCompletedAt),
        last_fetch_succeeded: s.lastFetchSucceeded,
        up_to_date: s.upToDate,
        fetched_items: s.counts.live,
      };
    },
  };
}
