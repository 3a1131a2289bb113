export { createExchangesService } from './exchanges.service.ts';
export type { ExchangesService } from './exchanges.service.ts';
export { createExchangesJobHandlers } from './exchanges.jobs.ts';
export { registerExchangesRoutes } from './exchanges.routes.ts';
export { createPartnerExports } from './partner-export.ts';
export type { PartnerExports } from './partner-export.ts';
export { createHmaExchangePort } from './hma-exchange-port.ts';
export { ExchangeError } from './exchanges.errors.ts';
export type { ExchangesTables } from './exchanges.tables.ts';
