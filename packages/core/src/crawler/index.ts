export { createCrawlerService } from './crawler.service.ts';
export type { CrawlerService } from './crawler.service.ts';
export type { CrawlerTables } from './crawler.tables.ts';
export { appendOnlyCrawlerTables } from './crawler.tables.ts';
export { CrawlerError } from './crawler.errors.ts';
export { sumCrawlerCounters, topHostErrors } from './crawler-views.repository.ts';
export { crawlerMetrics } from './crawler.metrics.ts';
export { registerCrawlerRoutes } from './crawler.routes.ts';
