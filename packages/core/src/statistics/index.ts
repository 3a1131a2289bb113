export { createStatisticsService } from './statistics.service.ts';
export type { StatisticsService } from './statistics.service.ts';
export { createStatisticsJobHandlers } from './statistics.jobs.ts';
export { registerStatisticsRoutes } from './statistics.routes.ts';
export { StatisticsError } from './statistics.errors.ts';
export type { StatisticsTables } from './statistics.tables.ts';
export type { RollupResult } from './rollup.repository.ts';
