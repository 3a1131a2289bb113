import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HmaSignals } from '@vigie/contract';
import Type from 'typebox';
import type { HttpServer } from '../../platform/http/server.ts';
import { matchAccess, MAX_UPLOAD_BYTES, requesterOf, type HashbankRouteOptions } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';
import { registerHmaCurationRoutes } from './hma-curation.routes.ts';
import { registerHmaExchangeRoutes, type HmaExchangePort } from './hma-exchanges.routes.ts';
import { hmaSignals, onlyTypes, withHmaMessage } from './hma-format.ts';
import { registerHmaMatchingRoutes } from './hma-matching.routes.ts';
import { createHmaService } from './hma.service.ts';
import { readHmaUpload } from './hma-upload.ts';

// Hasher-Matcher-Actioner's API (facebook/ThreatExchange, OpenMediaMatch blueprints), answered as
// HMA's Flask app answers, so clients written for it (ROOST's Coop among them) work unchanged.
// docs/hashbank.md lists where Vigie differs (authentication, audit, bank names, exchanges).
const tags = ['hma'];
export const hmaPaths = [
  '/status',
  '/site-map',
  '/h/hash',
  '/m/lookup',
  '/m/raw_lookup',
  '/m/compare',
  '/m/index/status',
  '/c/banks',
  '/c/bank/<bank_name>',
  '/c/bank/<bank_name>/content',
  '/c/bank/<bank_name>/content/<int:content_id>',
  '/c/bank/<bank_name>/signal',
  '/c/signal_type',
  '/c/signal_type/index',
  '/c/exchanges',
  '/c/exchanges/apis',
  '/c/exchanges/api/<string:api_name>',
  '/c/exchanges/api/<string:api_name>/schema',
  '/c/exchange/<string:exchange_name>',
  '/c/exchange/<string:exchange_name>/status',
];

// Where HMA's status differs from Vigie's for the same refusal (HMA: an existing bank is a 403).
const hmaStatus: Record<string, number> = { HASHBANK_BANK_EXISTS: 403 };

/** HMA's error body (`message`) beside Vigie's, and HMA's status where it differs. */
async function hmaErrors(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
  const body = withHmaMessage(payload);
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  const status = code ? hmaStatus[code] : undefined;
  if (status) void reply.code(status);
  return body;
}

export async function registerHmaRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  options: HashbankRouteOptions & { exchanges?: HmaExchangePort } = {},
): Promise<void> {
  const hma = createHmaService(hashbank);
  await app.register(async (scope: HttpServer) => {
    // Every HMA route may be called by the installation's keyless clients (off unless configured).
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, keyless: true };
    });
    scope.addHook('onSend', hmaErrors);
    await scope.register(multipart, {
      limits: { files: 1, fileSize: options.maxUploadBytes ?? MAX_UPLOAD_BYTES, fields: 8, parts: 9 },
    });

    scope.get(
      '/status',
      {
        config: { access: { public: true } },
        schema: { tags, produces: ['text/plain'], response: { 200: Type.String({ description: 'I-AM-ALIVE' }) } },
      },
      async (_request, reply) => {
        await hashbank.ready();
        return reply.type('text/plain').send('I-AM-ALIVE');
      },
    );

    scope.get(
      '/site-map',
      { config: { access: { public: true } }, schema: { tags, response: { 200: Type.Array(Type.String()) } } },
      async () => hmaPaths,
    );

    scope.get(
      '/h/hash',
      {
        config: { access: matchAccess },
        schema: {
          tags,
          querystring: Type.Object({
            url: Type.String({ maxLength: 4096 }),
            content_type: Type.Optional(Type.Enum(['photo', 'video'])),
            types: Type.Optional(Type.String({ maxLength: 200 })),
          }),
          response: { 200: HmaSignals },
        },
      },
      async (request) => {
        const hashed = await hashbank.hashUrl(request.query.url, request.query.content_type, requesterOf(request));
        return onlyTypes(hmaSignals(hashed.signals, hashed.contentType), request.query.types);
      },
    );

    scope.post(
      '/h/hash',
      { config: { access: matchAccess }, schema: { tags, response: { 200: HmaSignals } } },
      async (request) => {
        const upload = await readHmaUpload(request);
        const signals = await hashbank.hashMedia(upload.bytes, upload.contentType, requesterOf(request));
        return hmaSignals(signals, upload.contentType);
      },
    );

    await registerHmaMatchingRoutes(scope, hashbank, hma);
    await registerHmaCurationRoutes(scope, hashbank, hma);
    await registerHmaExchangeRoutes(scope, hashbank, options.exchanges);
  });
}
