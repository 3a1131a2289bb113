import type { Registry } from 'prom-client';
import { Health } from '@vigie/contract';
import Type from 'typebox';
import type { Db } from '../database.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { pingDatabase } from './system.repository.ts';

export function registerSystemRoutes(
  app: HttpServer,
  deps: { db: Db; metrics: Registry; version: string; roles: readonly string[] },
): void {
  app.get(
    '/health',
    { config: { access: { public: true } }, schema: { tags: ['system'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const answered = await Promise.race([
        pingDatabase(deps.db).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]);
      const body = {
        status: answered ? ('ok' as const) : ('unavailable' as const),
        version: deps.version,
        database: answered ? 'ok' : 'unavailable',
        roles: [...deps.roles],
      };
      return reply.status(answered ? 200 : 503).send(body);
    },
  );

  app.get(
    '/metrics',
    {
      config: { access: { apiKey: 'metrics:read', staff: ['administrator'] } },
      schema: {
        tags: ['system'],
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) },
      },
    },
    async (_request, reply) => {
      void reply.type(deps.metrics.contentType);
      return deps.metrics.metrics();
    },
  );

  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
