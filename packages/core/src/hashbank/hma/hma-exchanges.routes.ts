import type { FastifyRequest } from 'fastify';
import {
  HmaExchange,
  HmaExchangeApi,
  HmaExchangeApiSchema,
  HmaExchangeCreate,
  HmaExchangeCredentials,
  HmaExchangeFetchStatus,
  HmaExchangeUpdate,
  HmaMessage,
} from '@vigie/contract';
import type { Static } from 'typebox';
import Type from 'typebox';
import { actorOf } from '../../access/index.ts';
import type { Actor } from '../../audit/index.ts';
import { PlatformError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import type { Curator } from '../bank-store.ts';
import { curateAccess, curatorOf } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';

// HMA's exchange routes (OpenMediaMatch's curation blueprint), answered as HMA answers them, over
// the installation's hash exchanges (packages/core/src/exchanges, given as a port by the
// composition root). Without the port this is an HMA with no exchange API installed.
const tags = ['hma'];
const ApiParams = Type.Object({ api_name: Type.String({ maxLength: 200 }) });
const ExchangeParams = Type.Object({ exchange_name: Type.String({ maxLength: 200 }) });

type ExchangeDump = Record<string, unknown> & { name: string; api: string; enabled: boolean };
export type HmaExchangePort = {
  apis(): string[];
  known(api: string): boolean;
  apiConfig(
    api: string,
    credentials: Record<string, string> | null | undefined,
    actor: Actor,
  ): Promise<Static<typeof HmaExchangeApi>>;
  apiSchema(api: string): Record<string, unknown>;
  list(): Promise<string[]>;
  create(bank: string, api: string, apiJson: Record<string, unknown>, actor: Actor, curator: Curator): Promise<void>;
  get(name: string): Promise<ExchangeDump | undefined>;
  update(name: string, enabled: boolean | undefined, actor: Actor): Promise<ExchangeDump | undefined>;
  remove(name: string, actor: Actor): Promise<void>;
  status(name: string): Promise<Static<typeof HmaExchangeFetchStatus> | undefined>;
};

// An organisation's key sees and manages only the exchanges of the banks it curates (an exchange is
// its bank: the one it created here, granted to it); another's exchange is, to it, not there.
export async function registerHmaExchangeRoutes(
  scope: HttpServer,
  hashbank: HashbankService,
  port?: HmaExchangePort,
): Promise<void> {
  const access = curateAccess;
  const noExchange = (name: string) => new PlatformError('NOT_FOUND', `Exchange '${name}' not found`);
  const known = (api: string) => port?.known(api) ?? false;
  const curated = async (request: FastifyRequest) =>
    new Set((await hashbank.listCuratedBanks(curatorOf(request))).map((b) => b.name));
  const curates = async (request: FastifyRequest, name: string) => (await curated(request)).has(name);

  scope.get(
    '/c/exchanges/apis',
    { config: { access }, schema: { tags, response: { 200: Type.Array(Type.String()) } } },
    async () => port?.apis() ?? [],
  );
  scope.get(
    '/c/exchanges',
    { config: { access }, schema: { tags, response: { 200: Type.Array(Type.String()) } } },
    async (request) => {
      if (!port) return [];
      const mine = await curated(request);
      return (await port.list()).filter((name) => mine.has(name));
    },
  );

  scope.post(
    '/c/exchanges',
    {
      config: { access },
      schema: { tags, body: HmaExchangeCreate, response: { 201: HmaMessage } },
    },
    async (request, reply) => {
      const { bank, api, api_json: apiJson } = request.body;
      if (bank === undefined) throw new PlatformError('VALIDATION_FAILED', 'bank is required');
      if (!/^[A-Z0-9_]+$/.test(bank))
        throw new PlatformError('VALIDATION_FAILED', 'Field `bank` must match /^[A-Z0-9_]+$/');
      if (apiJson !== undefined && (apiJson === null || typeof apiJson !== 'object' || Array.isArray(apiJson)))
        throw new PlatformError('VALIDATION_FAILED', 'Field `api_json` must be object');
      if (api === undefined) throw new PlatformError('VALIDATION_FAILED', 'Field `api_type` is required');
      if (!port || !known(api)) throw new PlatformError('VALIDATION_FAILED', `No such exchange type '${api}'`);
      try {
        await port.create(bank, api, (apiJson ?? {}) as Record<string, unknown>, actorOf(request), curatorOf(request));
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'EXCHANGE_SETTINGS_INVALID')
          throw new PlatformError('VALIDATION_FAILED', `Failed to parse \`api_json\` - ${(error as Error).message}`);
        throw error;
      }
      return reply.status(201).send({ message: 'Created successfully' });
    },
  );

  for (const method of ['GET', 'POST'] as const)
    scope.route({
      method,
      url: '/c/exchanges/api/:api_name',
      config: { access },
      schema: {
        tags,
        params: ApiParams,
        ...(method === 'POST' ? { body: HmaExchangeCredentials } : {}),
        response: { 200: HmaExchangeApi },
      },
      handler: async (request) => {
        const api = request.params.api_name;
        if (!port || !known(api)) throw new PlatformError('VALIDATION_FAILED', `no such Exchange API '${api}'`);
        const body = request.body as Static<typeof HmaExchangeCredentials> | undefined;
        const given = method === 'POST' ? body?.credential_json : undefined;
        const credentials = given === undefined ? undefined : given && Object.keys(given).length > 0 ? given : null;
        return port.apiConfig(api, credentials, actorOf(request));
      },
    });
  scope.get(
    '/c/exchanges/api/:api_name/schema',
    { config: { access }, schema: { tags, params: ApiParams, response: { 200: HmaExchangeApiSchema } } },
    async (request) => {
      if (!port || !known(request.params.api_name))
        throw new PlatformError('NOT_FOUND', `Exchange API '${request.params.api_name}' not found`);
      return port.apiSchema(request.params.api_name);
    },
  );

  scope.get(
    '/c/exchange/:exchange_name',
    { config: { access }, schema: { tags, params: ExchangeParams, response: { 200: HmaExchange } } },
    async (request) => {
      const found = (await curates(request, request.params.exchange_name))
        ? await port?.get(request.params.exchange_name)
        : undefined;
      if (!found) throw noExchange(request.params.exchange_name);
      return found;
    },
  );
  scope.put(
    '/c/exchange/:exchange_name',
    {
      config: { access },
      schema: { tags, params: ExchangeParams, body: HmaExchangeUpdate, response: { 200: HmaExchange } },
    },
    async (request) => {
      const name = request.params.exchange_name;
      const found = (await curates(request, name))
        ? await port?.update(name, request.body.enabled, actorOf(request))
        : undefined;
      if (!found) throw noExchange(request.params.exchange_name);
      return found;
    },
  );
  // HMA deletes without looking first: a missing exchange is "deleted" too.
  scope.delete(
    '/c/exchange/:exchange_name',
    { config: { access }, schema: { tags, params: ExchangeParams, response: { 200: HmaMessage } } },
    async (request) => {
      if (!port) throw noExchange(request.params.exchange_name);
      if (await curates(request, request.params.exchange_name))
        await port.remove(request.params.exchange_name, actorOf(request));
      return { message: 'Exchange deleted' };
    },
  );
  scope.get(
    '/c/exchange/:exchange_name/status',
    { config: { access }, schema: { tags, params: ExchangeParams, response: { 200: HmaExchangeFetchStatus } } },
    async (request) => {
      const status = (await curates(request, request.params.exchange_name))
        ? await port?.status(request.params.exchange_name)
        : undefined;
      if (!status) throw noExchange(request.params.exchange_name);
      return status;
    },
  );
}
