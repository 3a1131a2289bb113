import {
  HmaExchange,
  HmaExchangeApi,
  HmaExchangeApiSchema,
  HmaExchangeCreate,
  HmaExchangeFetchStatus,
  HmaMessage,
} from '@vigie/contract';
import Type from 'typebox';
import { PlatformError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { curateAccess } from '../hashbank.http.ts';

// HMA's exchanges fetch other programmes' hash lists (ThreatExchange, NCMEC, StopNCII) into banks.
// Vigie's banks are the hotline's own and come in through its import and analysts, so its HMA
// surface is an HMA with no exchange API installed: it lists none, and refuses to create one with
// HMA's own answer. Clients that ask (ROOST's Coop shows a bank's exchange) carry on without.
// The success answers declared below are HMA's (for the document: a generated client reads an
// HMA with exchanges too); Vigie never sends them.
const tags = ['hma'];
const ApiParams = Type.Object({ api_name: Type.String({ maxLength: 200 }) });
const ExchangeParams = Type.Object({ exchange_name: Type.String({ maxLength: 200 }) });

export async function registerHmaExchangeRoutes(scope: HttpServer): Promise<void> {
  const access = curateAccess;
  const noExchange = (name: string) => new PlatformError('NOT_FOUND', `Exchange '${name}' not found`);

  scope.get(
    '/c/exchanges/apis',
    { config: { access }, schema: { tags, response: { 200: Type.Array(Type.String()) } } },
    async () => [],
  );
  scope.get(
    '/c/exchanges',
    { config: { access }, schema: { tags, response: { 200: Type.Array(Type.String()) } } },
    async () => [],
  );

  scope.post(
    '/c/exchanges',
    {
      config: { access },
      schema: { tags, body: HmaExchangeCreate, response: { 201: HmaMessage } },
    },
    async (request) => {
      const { bank, api, api_json: apiJson } = request.body;
      if (bank === undefined) throw new PlatformError('VALIDATION_FAILED', 'bank is required');
      if (!/^[A-Z0-9_]+$/.test(bank))
        throw new PlatformError('VALIDATION_FAILED', 'Field `bank` must match /^[A-Z0-9_]+$/');
      if (apiJson !== undefined && (apiJson === null || typeof apiJson !== 'object' || Array.isArray(apiJson)))
        throw new PlatformError('VALIDATION_FAILED', 'Field `api_json` must be object');
      if (api === undefined) throw new PlatformError('VALIDATION_FAILED', 'Field `api_type` is required');
      throw new PlatformError('VALIDATION_FAILED', `No such exchange type '${api}'`);
    },
  );

  for (const method of ['GET', 'POST'] as const)
    scope.route({
      method,
      url: '/c/exchanges/api/:api_name',
      config: { access },
      schema: { tags, params: ApiParams, response: { 200: HmaExchangeApi } },
      handler: async (request) => {
        throw new PlatformError('VALIDATION_FAILED', `no such Exchange API '${request.params.api_name}'`);
      },
    });
  scope.get(
    '/c/exchanges/api/:api_name/schema',
    { config: { access }, schema: { tags, params: ApiParams, response: { 200: HmaExchangeApiSchema } } },
    async (request) => {
      throw new PlatformError('NOT_FOUND', `Exchange API '${request.params.api_name}' not found`);
    },
  );

  for (const method of ['GET', 'PUT', 'DELETE'] as const)
    scope.route({
      method,
      url: '/c/exchange/:exchange_name',
      config: { access },
      schema: { tags, params: ExchangeParams, response: { 200: method === 'DELETE' ? HmaMessage : HmaExchange } },
      handler: async (request) => {
        throw noExchange(request.params.exchange_name);
      },
    });
  scope.get(
    '/c/exchange/:exchange_name/status',
    { config: { access }, schema: { tags, params: ExchangeParams, response: { 200: HmaExchangeFetchStatus } } },
    async (request) => {
      throw noExchange(request.params.exchange_name);
    },
  );
}
