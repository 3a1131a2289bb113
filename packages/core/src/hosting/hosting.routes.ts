import Type from 'typebox';
import {
  HostingLookupQuery,
  HostingLookupView,
  ProviderBody,
  ProviderList,
  ProviderPatch,
  ProviderView,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { HostingService } from './hosting.service.ts';
import { toProviderView, toTargetView } from './hosting.views.ts';

// Analysts read the directory and look hosts up; supervisors (and administrators) change it.
const read = { staff: ['analyst', 'supervisor', 'verifier'] } as const;
const write = { staff: ['supervisor'] } as const;
const Ref = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export function registerHostingRoutes(app: HttpServer, hosting: HostingService): void {
  const tags = ['hosting'];
  app.get(
    '/api/v1/providers',
    { config: { access: read }, schema: { tags, response: { 200: ProviderList } } },
    async () => ({
      providers: (await hosting.directory.list()).map(toProviderView),
    }),
  );
  app.get(
    '/api/v1/providers/:id',
    { config: { access: read }, schema: { tags, params: Ref, response: { 200: ProviderView } } },
    async (request) => toProviderView(await hosting.directory.get(request.params.id)),
  );
  app.post(
    '/api/v1/providers',
    { config: { access: write }, schema: { tags, body: ProviderBody, response: { 201: ProviderView } } },
    async (request, reply) =>
      reply.code(201).send(toProviderView(await hosting.directory.add(request.body, actorOf(request)))),
  );
  app.patch(
    '/api/v1/providers/:id',
    { config: { access: write }, schema: { tags, params: Ref, body: ProviderPatch, response: { 200: ProviderView } } },
    async (request) =>
      toProviderView(await hosting.directory.update(request.params.id, request.body, actorOf(request))),
  );
  app.delete(
    '/api/v1/providers/:id',
    { config: { access: write }, schema: { tags, params: Ref, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await hosting.directory.remove(request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/hosting/lookup',
    {
      config: { access: read },
      schema: { tags, querystring: HostingLookupQuery, response: { 200: HostingLookupView } },
    },
    async (request) => ({
      targets: (await hosting.describeDetection({ url: request.query.url, pageUrl: request.query.pageUrl })).map(
        toTargetView,
      ),
    }),
  );
}
