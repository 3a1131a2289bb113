import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  BlocklistAppealDecisionBody,
  BlocklistAppealList,
  BlocklistAppealQuery,
  BlocklistAppealView,
  BlocklistApproveBody,
  BlocklistDeltaQuery,
  BlocklistEntryList,
  BlocklistEntryQuery,
  BlocklistEntryView,
  BlocklistFetchList,
  BlocklistNominateBody,
  BlocklistNominateResponse,
  BlocklistRejectBody,
  BlocklistVersionList,
} from '@vigie/contract';
import { staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { AppealsService } from './appeals.service.ts';
import type { BlocklistService } from './blocklist.service.ts';
import { toAppealView, toEntrySummary, toEntryView, toVersionView } from './blocklist.views.ts';
import type { FeedCaller, FeedFile, FeedService } from './feed.service.ts';

const tags = ['blocklist'];
const read = { staff: ['analyst', 'supervisor', 'verifier'] } as const;
const work = { staff: ['analyst', 'supervisor'] } as const;
const supervise = { staff: ['supervisor'] } as const;
// Providers' keys read the feed; supervisors and verifiers may look at what providers get.
const feed = { apiKey: 'blocklist:read', staff: ['supervisor', 'verifier'] } as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const FileParams = Type.Object({ file: Type.String({ maxLength: 64 }) });
const FeedBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The feed file' });
const produces = ['text/plain', 'text/csv', 'application/json', 'text/dns', 'text/html'];

/** The provider behind a request (for the fetch log); staff fetches are not logged. */
function callerOf(request: FastifyRequest): FeedCaller {
  const p = request.principal;
  return p?.kind === 'api_key' ? { organisationId: p.organisationId, apiKeyId: p.keyId } : null;
}

function sendFile(reply: FastifyReply, file: FeedFile) {
  reply.type(file.contentType).header('cache-control', 'private, no-cache');
  if (file.version !== null) reply.header('vigie-blocklist-version', String(file.version));
  if (file.name.endsWith('.rpz')) reply.header('content-disposition', `attachment; filename="blocklist-${file.name}"`);
  return reply.send(file.body);
}

export function registerBlocklistRoutes(
  app: HttpServer,
  services: { entries: BlocklistService; appeals: AppealsService; feed: FeedService },
): void {
  const { entries, appeals } = services;
  app.post(
    '/api/v1/blocklist/entries',
    {
      config: { access: work },
      schema: { tags, body: BlocklistNominateBody, response: { 201: BlocklistNominateResponse } },
    },
    async (request, reply) => {
      const { body } = request;
      const result = await entries.nominateNow({
        decisionId: null,
        reportId: body.reportId ?? null,
        urls: body.urls ?? [],
        domains: body.domains ?? [],
        staffId: staffOf(request).userId,
        note: body.note ?? null,
      });
      return reply.code(201).send({ entries: result.entries.map(toEntrySummary), invalid: result.invalid });
    },
  );
  app.get(
    '/api/v1/blocklist/entries',
    {
      config: { access: read },
      schema: { tags, querystring: BlocklistEntryQuery, response: { 200: BlocklistEntryList } },
    },
    async (request) => ({
      entries: (
        await entries.list({
          limit: request.query.limit ?? 200,
          ...(request.query.state ? { state: request.query.state } : {}),
        })
      ).map(toEntrySummary),
    }),
  );
  app.get(
    '/api/v1/blocklist/entries/:id',
    { config: { access: read }, schema: { tags, params: Id, response: { 200: BlocklistEntryView } } },
    async (request) => toEntryView(await entries.get(request.params.id)),
  );
  app.post(
    '/api/v1/blocklist/entries/:id/approve',
    {
      config: { access: work },
      schema: { tags, params: Id, body: BlocklistApproveBody, response: { 200: BlocklistEntryView } },
    },
    async (request) => {
      await entries.approve(request.params.id, staffOf(request).userId, request.ip);
      return toEntryView(await entries.get(request.params.id));
    },
  );
  app.post(
    '/api/v1/blocklist/entries/:id/reject',
    {
      config: { access: work },
      schema: { tags, params: Id, body: BlocklistRejectBody, response: { 200: BlocklistEntryView } },
    },
    async (request) => {
      await entries.reject(request.params.id, staffOf(request).userId, request.body.reason, request.ip);
      return toEntryView(await entries.get(request.params.id));
    },
  );
  app.post(
    '/api/v1/blocklist/entries/:id/withdraw',
    {
      config: { access: supervise },
      schema: { tags, params: Id, body: BlocklistRejectBody, response: { 200: BlocklistEntryView } },
    },
    async (request) => {
      await entries.withdraw(request.params.id, staffOf(request).userId, request.body.reason, request.ip);
      return toEntryView(await entries.get(request.params.id));
    },
  );
  app.get(
    '/api/v1/blocklist/appeals',
    {
      config: { access: read },
      schema: { tags, querystring: BlocklistAppealQuery, response: { 200: BlocklistAppealList } },
    },
    async (request) => ({ appeals: (await appeals.list(request.query.state)).map(toAppealView) }),
  );
  app.post(
    '/api/v1/blocklist/appeals/:id/decision',
    {
      config: { access: work },
      schema: { tags, params: Id, body: BlocklistAppealDecisionBody, response: { 200: BlocklistAppealView } },
    },
    async (request) =>
      toAppealView(await appeals.decide(request.params.id, staffOf(request).userId, request.body, request.ip)),
  );
  app.get(
    '/api/v1/blocklist/fetches',
    { config: { access: supervise }, schema: { tags, response: { 200: BlocklistFetchList } } },
    async () => ({
      fetches: (await services.feed.fetches()).map((f) => ({ ...f, at: f.at.toISOString() })),
    }),
  );
  registerFeedRoutes(app, services.feed);
}

function registerFeedRoutes(app: HttpServer, feedService: FeedService): void {
  app.get(
    '/api/v1/blocklist/versions',
    { config: { access: feed }, schema: { tags, response: { 200: BlocklistVersionList } } },
    async () => {
      const { current, versions } = await feedService.versions();
      return { current, versions: versions.map(toVersionView) };
    },
  );
  app.get(
    '/api/v1/blocklist/feed/:file',
    { config: { access: feed }, schema: { tags, params: FileParams, produces, response: { 200: FeedBody } } },
    async (request, reply) => sendFile(reply, await feedService.file(request.params.file, callerOf(request))),
  );
  app.get(
    '/api/v1/blocklist/delta',
    {
      config: { access: feed },
      schema: { tags, querystring: BlocklistDeltaQuery, produces, response: { 200: FeedBody } },
    },
    async (request, reply) => {
      const name = await feedService.currentDeltaName(request.query.since, request.query.format ?? 'txt');
      return sendFile(reply, await feedService.file(name, callerOf(request)));
    },
  );
  app.get(
    '/api/v1/blocklist/rpz',
    { config: { access: feed }, schema: { tags, produces: ['text/dns'], response: { 200: FeedBody } } },
    async (_request, reply) =>
      sendFile(reply, await feedService.file(await feedService.currentName('rpz'), callerOf(_request))),
  );
}
