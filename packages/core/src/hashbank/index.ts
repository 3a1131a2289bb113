export { createHashbankJobHandlers } from './hashbank.jobs.ts';
export { registerHashbankRoutes } from './hashbank.routes.ts';
export { createHashbankService } from './hashbank.service.ts';
export type { HashbankService } from './hashbank.service.ts';
export type { HashbankTables } from './hashbank.tables.ts';
export { HashbankError } from './hashbank.errors.ts';
