export { createHashbankJobHandlers } from './hashbank.jobs.ts';
export { registerHashbankRoutes } from './hashbank.routes.ts';
export { createHashbankService } from './hashbank.service.ts';
export type { HashbankService } from './hashbank.service.ts';
export type { HashbankTables } from './hashbank.tables.ts';
export { HashbankError } from './hashbank.errors.ts';
export type { BankMatch, EntrySignals, MatchOutcome } from './hashbank.types.ts';
export type { ContentType } from './media-hashing.ts';
