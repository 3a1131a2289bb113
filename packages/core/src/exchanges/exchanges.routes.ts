import {
  ExchangeApiList,
  ExchangeCreateBody,
  ExchangeDeleted,
  ExchangeFeedbackBody,
  ExchangeFeedbackResponse,
  ExchangeFetchResponse,
  ExchangeList,
  ExchangeNameParams,
  ExchangeStatus,
  ExchangeUpdateBody,
  ExchangeView,
  SigningKeyResponse,
} from '@vigie/contract';
import Type from 'typebox';
import { actorOf, apiKeyOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { ExchangesService } from './exchanges.service.ts';
import type { PartnerExports } from './partner-export.ts';

// Vigie's own exchange API: supervisors (and administrators) configure the pulls; a partner's
// key (hashes:read) downloads its signed export; the signing key is public.
const tags = ['exchanges'];
const manage = { staff: ['supervisor'] } as const;

export function registerExchangesRoutes(app: HttpServer, exchanges: ExchangesService, exports: PartnerExports): void {
  app.get(
    '/api/v1/exchanges/apis',
    { config: { access: manage }, schema: { tags, response: { 200: ExchangeApiList } } },
    async () => ({ apis: exchanges.apis() }),
  );
  app.get(
    '/api/v1/exchanges',
    { config: { access: manage }, schema: { tags, response: { 200: ExchangeList } } },
    async () => ({ exchanges: await exchanges.list() }),
  );
  app.post(
    '/api/v1/exchanges',
    { config: { access: manage }, schema: { tags, body: ExchangeCreateBody, response: { 201: ExchangeView } } },
    async (request, reply) => reply.status(201).send(await exchanges.create(request.body, actorOf(request))),
  );
  app.get(
    '/api/v1/exchanges/:name',
    { config: { access: manage }, schema: { tags, params: ExchangeNameParams, response: { 200: ExchangeView } } },
    async (request) => exchanges.get(request.params.name),
  );
  app.patch(
    '/api/v1/exchanges/:name',
    {
      config: { access: manage },
      schema: { tags, params: ExchangeNameParams, body: ExchangeUpdateBody, response: { 200: ExchangeView } },
    },
    async (request) => exchanges.update(request.params.name, request.body, actorOf(request)),
  );
  app.delete(
    '/api/v1/exchanges/:name',
    { config: { access: manage }, schema: { tags, params: ExchangeNameParams, response: { 200: ExchangeDeleted } } },
    async (request) => {
      await exchanges.remove(request.params.name, actorOf(request));
      return { deleted: true as const };
    },
  );
  app.get(
    '/api/v1/exchanges/:name/status',
    { config: { access: manage }, schema: { tags, params: ExchangeNameParams, response: { 200: ExchangeStatus } } },
    async (request) => exchanges.status(request.params.name),
  );
  app.post(
    '/api/v1/exchanges/:name/fetch',
    {
      config: { access: manage },
      schema: { tags, params: ExchangeNameParams, response: { 200: ExchangeFetchResponse } },
    },
    async (request) => exchanges.fetch(request.params.name, actorOf(request)),
  );
  app.post(
    '/api/v1/exchanges/:name/feedback',
    {
      config: { access: manage },
      schema: {
        tags,
        params: ExchangeNameParams,
        body: ExchangeFeedbackBody,
        response: { 202: ExchangeFeedbackResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await exchanges.feedback(request.params.name, request.body.entryId, request.body.verdict, actorOf(request)),
        ),
  );
  app.get(
    '/api/v1/exchanges/signing-key',
    { config: { access: { public: true } }, schema: { tags, response: { 200: SigningKeyResponse } } },
    async () => exports.signingKey(),
  );
  app.get(
    '/api/v1/exchanges/export',
    {
      config: { access: { apiKey: 'hashes:read' } },
      schema: {
        tags,
        produces: ['application/json'],
        response: { 200: Type.String({ description: 'The signed list; the signature is in Vigie-Signature' }) },
      },
    },
    async (request, reply) => {
      const signed = await exports.exportFor(apiKeyOf(request).organisationId, actorOf(request));
      return reply
        .header('vigie-signature', `ed25519=${signed.signature}`)
        .header('vigie-signing-key', signed.fingerprint)
        .header('content-disposition', 'attachment; filename="vigie-hash-list.json"')
        .type('application/json')
        .send(signed.bytes.toString('utf8'));
    },
  );
}
