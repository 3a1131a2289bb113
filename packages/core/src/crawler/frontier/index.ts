export { createPostgresFrontier } from './frontier.repository.ts';
export { createMemoryFrontier } from './memory-frontier.ts';
export type {
  DiscoveredUrl,
  Frontier,
  FrontierStats,
  GetParams,
  KnownUrl,
  QueueBatch,
  QueueInfo,
  UrlInfo,
} from './frontier.port.ts';
