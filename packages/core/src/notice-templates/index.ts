export { createNoticeTemplatesService } from './notice-templates.service.ts';
export type { NoticeTemplatesService } from './notice-templates.service.ts';
export { loadTemplateSources } from './notice-templates.catalogue.ts';
export { registerNoticeTemplatesRoutes } from './notice-templates.routes.ts';
export { NoticeTemplateError } from './notice-templates.errors.ts';
export type { NoticeTemplatesTables } from './notice-templates.tables.ts';
