import type { DiscoveredUrl, Frontier, GetParams, KnownUrl, QueueBatch, QueueInfo, UrlInfo } from './frontier.port.ts';

// The frontier's contract in memory: the fake for unit tests, and the reference the contract
// test holds the PostgreSQL frontier to. One process only.

type Entry = { info: UrlInfo; dueAt: Date | null; state: 'queued' | 'done' | 'failed'; attempts: number };
type Queue = { key: string; blockedUntil: Date; delayMs: number; honourRobots: boolean; urls: Map<string, Entry> };

export function createMemoryFrontier(): Frontier {
  const queues = new Map<string, Queue>();
  const byUrl = new Map<string, Entry>();

  const queueOf = (key: string): Queue => {
    let queue = queues.get(key);
    if (!queue) {
      queue = { key, blockedUntil: new Date(0), delayMs: 1000, honourRobots: true, urls: new Map() };
      queues.set(key, queue);
    }
    return queue;
  };
  const dueOf = (queue: Queue): Date | null => {
    let min: Date | null = null;
    for (const entry of queue.urls.values()) if (entry.dueAt && (!min || entry.dueAt < min)) min = entry.dueAt;
    return min;
  };

  return {
    async getUrls(params: GetParams, now: Date): Promise<QueueBatch[]> {
      const leaseEnd = new Date(now.getTime() + params.delayRequestableMs);
      const ready = [...queues.values()]
        .map((queue) => ({ queue, due: dueOf(queue) }))
        .filter(({ queue, due }) => due !== null && due <= now && queue.blockedUntil <= now)
        .sort((a, b) => a.due!.getTime() - b.due!.getTime())
        .slice(0, params.maxQueues);
      return ready.map(({ queue }) => {
        const picked = [...queue.urls.values()]
          .filter((e) => e.dueAt !== null && e.dueAt <= now)
          .sort((a, b) => b.info.priority - a.info.priority || a.dueAt!.getTime() - b.dueAt!.getTime())
          .slice(0, params.maxUrlsPerQueue);
        for (const entry of picked) {
          entry.dueAt = leaseEnd;
          entry.attempts += 1;
        }
        queue.blockedUntil = picked.length > 0 ? leaseEnd : now;
        return {
          key: queue.key,
          delayMs: queue.delayMs,
          honourRobots: queue.honourRobots,
          urls: picked.map((e) => ({ ...e.info, attempts: e.attempts })),
        };
      });
    },

    async putDiscovered(urls: readonly DiscoveredUrl[], now: Date, options = {}): Promise<UrlInfo[]> {
      const due = options.claimForMs === undefined ? now : new Date(now.getTime() + options.claimForMs);
      const added: UrlInfo[] = [];
      for (const url of urls) {
        if (byUrl.has(url.url)) continue;
        const { honourRobots, ...info } = url;
        const entry: Entry = { info, dueAt: due, state: 'queued', attempts: options.claimForMs === undefined ? 0 : 1 };
        const queue = queueOf(url.key);
        if (honourRobots === false) queue.honourRobots = false;
        queue.urls.set(url.url, entry);
        byUrl.set(url.url, entry);
        added.push(info);
      }
      return added;
    },

    async putKnown(urls: readonly KnownUrl[]): Promise<void> {
      for (const known of urls) {
        const entry = byUrl.get(known.url);
        if (!entry) continue;
        entry.dueAt = known.refetchableFrom;
        entry.state = known.failed ? 'failed' : known.refetchableFrom === null ? 'done' : 'queued';
      }
    },

    async blockQueueUntil(key: string, until: Date): Promise<void> {
      const queue = queues.get(key);
      if (queue) queue.blockedUntil = until;
    },

    async setDelay(key: string, delayMs: number): Promise<void> {
      queueOf(key).delayMs = delayMs;
    },

    async getStats(now: Date) {
      const entries = [...byUrl.values()].filter((e) => e.state === 'queued');
      return {
        size: entries.length,
        inProcess: entries.filter((e) => e.attempts > 0 && e.dueAt !== null && e.dueAt > now).length,
        queues: queues.size,
        activeQueues: [...queues.values()].filter((q) => dueOf(q) !== null).length,
      };
    },

    async listQueues(limit: number, afterKey = ''): Promise<QueueInfo[]> {
      return [...queues.values()]
        .filter((q) => q.key > afterKey)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .slice(0, limit)
        .map((q) => ({
          key: q.key,
          dueAt: dueOf(q),
          blockedUntil: q.blockedUntil,
          delayMs: q.delayMs,
          size: [...q.urls.values()].filter((e) => e.state === 'queued').length,
        }));
    },

    async deleteQueue(key: string): Promise<number> {
      const queue = queues.get(key);
      if (!queue) return 0;
      for (const url of queue.urls.keys()) byUrl.delete(url);
      queues.delete(key);
      return queue.urls.size;
    },
  };
}
