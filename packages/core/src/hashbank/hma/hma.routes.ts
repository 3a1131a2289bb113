import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { actorOf, apiKeyOf } from '../../access/index.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { HashbankError } from '../hashbank.errors.ts';
import { matchAccess, MAX_UPLOAD_BYTES, readUpload, requesterOf, type HashbankRouteOptions } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';
import { createHmaService, type HmaCaller } from './hma.service.ts';
import { hmaMatches, hmaMatchesByType, hmaSignals } from './hma-format.ts';
import { registerHmaCurationRoutes } from './hma-curation.routes.ts';

// Hasher-Matcher-Actioner's API (facebook/ThreatExchange, OpenMediaMatch blueprints), so clients
// written for it (ROOST's Coop among them) work unchanged, behind an organisation's API key.
const tags = ['hma'];
const AnyObject = Type.Record(Type.String(), Type.Any());
const Matches = Type.Record(
  Type.String(),
  Type.Array(Type.Object({ bank_content_id: Type.Number(), distance: Type.String() })),
);
export const hmaPaths = [
  '/status',
  '/site-map',
  '/h/hash',
  '/m/lookup',
  '/m/compare',
  '/m/index/status',
  '/c/banks',
  '/c/bank/<bank_name>',
  '/c/bank/<bank_name>/content',
  '/c/bank/<bank_name>/content/<int:content_id>',
  '/c/bank/<bank_name>/signal',
  '/c/signal_type',
  '/c/signal_type/index',
];

export async function registerHmaRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  options: HashbankRouteOptions = {},
): Promise<void> {
  const hma = createHmaService(hashbank);
  await app.register(async (scope: HttpServer) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: options.maxUploadBytes ?? MAX_UPLOAD_BYTES, fields: 4, parts: 5 },
    });

    scope.get('/status', { config: { access: { public: true } }, schema: { tags } }, async (_request, reply) => {
      await hashbank.ready();
      return reply.type('text/plain').send('I-AM-ALIVE');
    });

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
          }),
          response: { 200: AnyObject },
        },
      },
      async (request) => {
        const hashed = await hashbank.hashUrl(request.query.url, request.query.content_type, requesterOf(request));
        return hmaSignals(hashed.signals, hashed.contentType);
      },
    );

    scope.post(
      '/h/hash',
      { config: { access: matchAccess }, schema: { tags, response: { 200: AnyObject } } },
      async (request) => {
        const upload = await readUpload(request);
        const signals = await hashbank.hashMedia(upload.bytes, upload.contentType, requesterOf(request));
        return hmaSignals(signals, upload.contentType);
      },
    );

    const LookupQuery = Type.Object({
      signal_type: Type.String({ maxLength: 32 }),
      signal: Type.String({ maxLength: 100_000 }),
      banks: Type.Optional(Type.String()),
    });
    scope.get(
      '/m/lookup',
      { config: { access: matchAccess }, schema: { tags, querystring: LookupQuery, response: { 200: Matches } } },
      async (request) => {
        const found = await hma.lookup(callerOf(request), request.query.signal_type, request.query.signal);
        return filterBanks(hmaMatches(found), request.query.banks);
      },
    );

    scope.post(
      '/m/lookup',
      {
        config: { access: matchAccess },
        schema: {
          tags,
          querystring: Type.Object({ banks: Type.Optional(Type.String()) }, { additionalProperties: true }),
          response: { 200: Type.Record(Type.String(), Matches) },
        },
      },
      async (request) => {
        const upload = await readUpload(request);
        const found = await hma.lookupMedia(callerOf(request), upload, requesterOf(request));
        const byType = hmaMatchesByType(found, upload.contentType);
        return Object.fromEntries(
          Object.entries(byType).map(([type, m]) => [type, filterBanks(m, request.query.banks)]),
        );
      },
    );

    // HMA takes {"pdq": [left, right]} as a JSON body (POST); GET takes signal_type, left, right.
    scope.post(
      '/m/compare',
      {
        config: { access: matchAccess },
        schema: {
          tags,
          body: Type.Record(Type.String(), Type.Array(Type.String(), { minItems: 2, maxItems: 2 })),
          response: { 200: AnyObject },
        },
      },
      async (request) => {
        const out: Record<string, unknown> = {};
        for (const [type, [left, right]] of Object.entries(request.body)) {
          const result = await hashbank.compare(type, left as string, right as string, requesterOf(request));
          out[type] = [result.isMatch, { distance: result.distance, threshold: result.threshold }];
        }
        return out;
      },
    );
    scope.get(
      '/m/compare',
      {
        config: { access: matchAccess },
        schema: {
          tags,
          querystring: Type.Object({ signal_type: Type.String(), left: Type.String(), right: Type.String() }),
          response: { 200: AnyObject },
        },
      },
      async (request) => {
        const { signal_type: type, left, right } = request.query;
        const result = await hashbank.compare(type, left, right, requesterOf(request));
        return {
          [request.query.signal_type]: [result.isMatch, { distance: result.distance, threshold: result.threshold }],
        };
      },
    );

    scope.get(
      '/m/index/status',
      {
        config: { access: matchAccess },
        schema: {
          tags,
          querystring: Type.Object({ signal_type: Type.Optional(Type.String()) }),
          response: { 200: AnyObject },
        },
      },
      async (request) => {
        const status = await hma.indexStatus();
        const only = request.query.signal_type;
        if (only !== undefined && !(only in status)) throw new HashbankError('HASHBANK_SIGNAL_TYPE_UNKNOWN');
        return only ? { [only]: status[only] } : status;
      },
    );

    await registerHmaCurationRoutes(scope, hashbank, hma);
  });
}

function callerOf(request: FastifyRequest): HmaCaller {
  // Fail closed: anything but a staff session is an organisation's key (apiKeyOf refuses the rest).
  if (request.principal?.kind === 'staff') return { kind: 'staff' };
  return { kind: 'organisation', organisationId: apiKeyOf(request).organisationId, actor: actorOf(request) };
}

function filterBanks(
  matches: Record<string, Array<{ bank_content_id: number; distance: string }>>,
  banks: string | undefined,
) {
  if (!banks) return matches;
  const wanted = new Set(banks.split(','));
  return Object.fromEntries(Object.entries(matches).filter(([name]) => wanted.has(name)));
}
