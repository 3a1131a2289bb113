import multipart from '@fastify/multipart';
import {
  FeedbackBody,
  FeedbackResponse,
  HashListPage,
  HashListQuery,
  MatchHashesBody,
  MatchResponse,
  SubmissionResponse,
  SubmitHashesBody,
  UploadCheckResponse,
} from '@vigie/contract';
import type { FastifyRequest } from 'fastify';
import { actorOf, apiKeyOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { MAX_UPLOAD_BYTES, readUpload, requesterOf, type HashbankRouteOptions } from './hashbank.http.ts';
import type { HashbankService } from './hashbank.service.ts';
import type { ProviderCaller } from './provider.service.ts';
import { collectSignals } from './signals.ts';

// The providers' API: an organisation's key, scoped per use (hashes:match, hashes:read,
// hashes:submit). Answers carry fingerprints, distances and the grant's classification tier;
// never media. Media sent to be matched or checked is hashed in memory and not kept.
const tags = ['hash bank'];
const match = { apiKey: 'hashes:match' } as const;
const read = { apiKey: 'hashes:read' } as const;
const submit = { apiKey: 'hashes:submit' } as const;

function caller(request: FastifyRequest): ProviderCaller {
  return { organisationId: apiKeyOf(request).organisationId, actor: actorOf(request) };
}

async function hashedUpload(request: FastifyRequest, hashbank: HashbankService) {
  const upload = await readUpload(request);
  return hashbank.hashMedia(upload.bytes, upload.contentType, requesterOf(request));
}

export async function registerProviderRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  options: HashbankRouteOptions = {},
): Promise<void> {
  await app.register(async (scope: HttpServer) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: options.maxUploadBytes ?? MAX_UPLOAD_BYTES, fields: 4, parts: 5 },
    });
    const p = hashbank.provider;

    scope.post(
      '/api/v1/hashes/match',
      { config: { access: match }, schema: { tags, body: MatchHashesBody, response: { 200: MatchResponse } } },
      async (request) => p.matchHashes(caller(request), request.body.signals, request.body.use),
    );

    scope.post(
      '/api/v1/media/match',
      {
        config: { access: match },
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: MatchResponse } },
      },
      async (request) => p.matchMediaSignals(caller(request), await hashedUpload(request, hashbank)),
    );

    scope.post(
      '/api/v1/uploads/check',
      {
        config: { access: match },
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: UploadCheckResponse } },
      },
      async (request) => p.checkUpload(caller(request), await hashedUpload(request, hashbank)),
    );

    scope.get(
      '/api/v1/hashes',
      { config: { access: read }, schema: { tags, querystring: HashListQuery, response: { 200: HashListPage } } },
      async (request) => p.hashList(caller(request), request.query.since, request.query.limit),
    );

    scope.post(
      '/api/v1/submissions',
      { config: { access: submit }, schema: { tags, body: SubmitHashesBody, response: { 201: SubmissionResponse } } },
      async (request, reply) => {
        const signals = collectSignals(request.body.signals.map((s) => ({ type: s.signalType, value: s.signal })));
        return reply.status(201).send(await p.submit(caller(request), signals, request.body));
      },
    );

    scope.post(
      '/api/v1/submissions/media',
      {
        config: { access: submit },
        schema: { tags, consumes: ['multipart/form-data'], response: { 201: SubmissionResponse } },
      },
      async (request, reply) =>
        reply.status(201).send(await p.submit(caller(request), await hashedUpload(request, hashbank), {})),
    );

    scope.post(
      '/api/v1/matches/feedback',
      { config: { access: match }, schema: { tags, body: FeedbackBody, response: { 201: FeedbackResponse } } },
      async (request, reply) => reply.status(201).send(await p.feedback(caller(request), request.body)),
    );
  });
}
