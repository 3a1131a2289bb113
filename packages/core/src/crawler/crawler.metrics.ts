import type { MetricSource } from '../platform/http/metrics.ts';
import type { CrawlerService } from './crawler.service.ts';
import { sumCrawlerCounters, topHostErrors } from './crawler-views.repository.ts';
import type { Db } from '../database.ts';

// The crawl on /metrics, summed over every crawler process (they write their totals to the
// database every few seconds): pages, media, bytes, detections... as totals for rate(), the
// frontier's size, and the hosts that fail most (at most 20, so that labels stay bounded).

export function crawlerMetrics(db: Db, crawler: Pick<CrawlerService, 'frontier'>, now: () => Date): MetricSource[] {
  return [
    {
      name: 'vigie_crawler_total',
      help: 'Crawl totals over every crawler process (pages, media, bytes, detections, alerts, discovered, errors.CODE, status.N)',
      labels: ['counter'],
      async collect() {
        return (await sumCrawlerCounters(db)).map((r) => ({ labels: { counter: r.name }, value: Number(r.value) }));
      },
    },
    {
      name: 'vigie_crawler_frontier',
      help: 'Frontier URLs queued, in process, and host queues (all, and with something due)',
      labels: ['measure'],
      async collect() {
        const stats = await crawler.frontier.getStats(now());
        return [
          { labels: { measure: 'urls' }, value: stats.size },
          { labels: { measure: 'in_process' }, value: stats.inProcess },
          { labels: { measure: 'queues' }, value: stats.queues },
          { labels: { measure: 'active_queues' }, value: stats.activeQueues },
        ];
      },
    },
    {
      name: 'vigie_crawler_host_errors',
      help: 'Failed fetches of the 20 hosts that fail most',
      labels: ['host'],
      async collect() {
        return (await topHostErrors(db, 20)).map((r) => ({ labels: { host: r.key }, value: Number(r.errors) }));
      },
    },
  ];
}
