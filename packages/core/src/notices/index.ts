export { createNoticesService } from './notices.service.ts';
export type { NoticesService, NoticesOptions } from './notices.service.ts';
export { createNoticesJobHandlers } from './notices.jobs.ts';
export { registerNoticesRoutes } from './notices.routes.ts';
export { loadNoticeTemplates } from './notice-render.ts';
export { NoticeError } from './notices.errors.ts';
export type { NoticesTables } from './notices.tables.ts';
export { appendOnlyNoticeTables } from './notices.tables.ts';
export { noRecipients } from './notices.types.ts';
export type { Recipient, RecipientResolver, RecipientTarget, NoticeItem } from './notices.types.ts';
export { hostingRecipients } from './hosting-recipients.ts';
// For the re-checks: the notice's history and state, and the template language.
export { appendNoticeEvent, selectNotice } from './notices.repository.ts';
export { responsePath, textIn } from './notice-render.ts';
export { compileTemplate } from './template.ts';
export type { Template } from './template.ts';
export type { Notice } from './notices.types.ts';
