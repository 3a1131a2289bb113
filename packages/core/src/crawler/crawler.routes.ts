import Type from 'typebox';
import {
  AddSeedBody,
  AddSeedResponse,
  CaptureList,
  CaptureView,
  CrawlStats,
  DetectionPage,
  DetectionQuery,
  QueueList,
  SeedList,
  VictimAlertList,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { CrawlerService } from './crawler.service.ts';
import { toCaptureView, toDetection, toQueueItem, toSeed, toVictimAlert } from './crawler.views.ts';

const read = { staff: ['analyst', 'supervisor', 'verifier'], apiKey: 'crawl:read' } as const;
const seed = { staff: ['analyst', 'supervisor'], apiKey: 'crawl:seed' } as const;
const Limit = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) });

export function registerCrawlerRoutes(app: HttpServer, crawler: CrawlerService): void {
  app.post(
    '/api/v1/crawl/seeds',
    { config: { access: seed }, schema: { tags: ['crawler'], body: AddSeedBody, response: { 201: AddSeedResponse } } },
    async (request, reply) => {
      const result = await crawler.addSeed(request.body, actorOf(request));
      return reply.code(201).send({ seed: toSeed(result.seed), created: result.created });
    },
  );
  app.get(
    '/api/v1/crawl/seeds',
    { config: { access: read }, schema: { tags: ['crawler'], querystring: Limit, response: { 200: SeedList } } },
    async (request) => ({ seeds: (await crawler.listSeeds(request.query.limit ?? 100)).map(toSeed) }),
  );
  app.get(
    '/api/v1/detections',
    {
      config: { access: read },
      schema: { tags: ['crawler'], querystring: DetectionQuery, response: { 200: DetectionPage } },
    },
    async (request) => {
      const limit = request.query.limit ?? 100;
      const rows = await crawler.listDetections({
        limit,
        ...(request.query.after ? { afterId: request.query.after } : {}),
      });
      return { detections: rows.map(toDetection), next: rows.length === limit ? String(rows.at(-1)!.id) : null };
    },
  );
  app.get(
    '/api/v1/classification-queue',
    { config: { access: read }, schema: { tags: ['crawler'], querystring: Limit, response: { 200: QueueList } } },
    async (request) => ({ items: (await crawler.listQueue(request.query.limit ?? 100)).map(toQueueItem) }),
  );
  app.get(
    '/api/v1/captures/:id',
    {
      config: { access: read },
      schema: {
        tags: ['crawler'],
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: CaptureView },
      },
    },
    async (request) => toCaptureView(await crawler.getCapture(request.params.id)),
  );
  app.get(
    '/api/v1/reported-urls/:id/captures',
    {
      config: { access: read },
      schema: {
        tags: ['crawler'],
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: CaptureList },
      },
    },
    async (request) => ({ captures: (await crawler.capturesOfUrl(request.params.id)).map(toCaptureView) }),
  );
  app.get(
    '/api/v1/victim-alerts',
    { config: { access: read }, schema: { tags: ['crawler'], querystring: Limit, response: { 200: VictimAlertList } } },
    async (request) => ({ alerts: (await crawler.listVictimAlerts(request.query.limit ?? 100)).map(toVictimAlert) }),
  );
  app.get(
    '/api/v1/crawl/stats',
    { config: { access: read }, schema: { tags: ['crawler'], response: { 200: CrawlStats } } },
    async () => crawler.totals(),
  );
}
