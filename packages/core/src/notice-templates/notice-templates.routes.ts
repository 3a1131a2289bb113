import Type from 'typebox';
import { NoticeTemplateChange, NoticeTemplateList, NoticeTemplatePreview, NoticeTemplateView } from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { NoticeTemplatesService } from './notice-templates.service.ts';

// The notice, follow-up and reply templates: administrators change them; supervisors read and preview
// them (as they read the installation's settings).
const tags = ['notices'];
const read = { staff: ['supervisor', 'administrator'] } as const;
const change = { staff: ['administrator'] } as const;
const Params = Type.Object({ name: Type.String({ maxLength: 40 }), language: Type.String({ maxLength: 8 }) });

export function registerNoticeTemplatesRoutes(app: HttpServer, templates: NoticeTemplatesService): void {
  app.get(
    '/api/v1/notice-templates',
    { config: { access: read }, schema: { tags, response: { 200: NoticeTemplateList } } },
    async () => ({ templates: await templates.list() }),
  );
  app.get(
    '/api/v1/notice-templates/:name/:language',
    { config: { access: read }, schema: { tags, params: Params, response: { 200: NoticeTemplateView } } },
    async (request) => templates.get(request.params.name, request.params.language),
  );
  app.put(
    '/api/v1/notice-templates/:name/:language',
    {
      config: { access: change },
      schema: { tags, params: Params, body: NoticeTemplateChange, response: { 200: NoticeTemplateView } },
    },
    async (request) =>
      templates.save(request.params.name, request.params.language, request.body.source, actorOf(request)),
  );
  app.delete(
    '/api/v1/notice-templates/:name/:language',
    { config: { access: change }, schema: { tags, params: Params, response: { 200: NoticeTemplateView } } },
    async (request) => templates.reset(request.params.name, request.params.language, actorOf(request)),
  );
  app.post(
    '/api/v1/notice-templates/:name/:language/preview',
    {
      config: { access: read },
      schema: { tags, params: Params, body: NoticeTemplateChange, response: { 200: NoticeTemplatePreview } },
    },
    async (request) => templates.preview(request.params.name, request.params.language, request.body.source),
  );
}
