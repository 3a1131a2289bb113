export { createCaseworkService } from './casework.service.ts';
export type { CaseworkOptions, CaseworkService } from './casework.service.ts';
export { createCaseworkJobHandlers } from './casework.jobs.ts';
export { registerCaseworkRoutes } from './casework.routes.ts';
export { CaseworkError } from './casework.errors.ts';
export {
  hotlineName,
  loadReplyTemplates,
  parseReply,
  renderReply,
  replyNames,
  type ReplyTemplates,
} from './reply-templates.ts';
export type { CaseworkTables } from './casework.tables.ts';
export { appendOnlyCaseworkTables } from './casework.tables.ts';
export { queuedActionSinks } from './casework.types.ts';
export type { AddressFacts, CaseActionSinks, CaseActor } from './casework.types.ts';
