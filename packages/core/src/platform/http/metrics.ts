import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type MetricSource = {
  name: string;
  help: string;
  labels?: string[];
  collect(): Promise<Array<{ labels?: Record<string, string>; value: number }>>;
};

export function createMetrics(sources: MetricSource[]): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigie_process_' });
  for (const source of sources) {
    new Gauge({
      name: source.name,
      help: source.help,
      labelNames: source.labels ?? [],
      registers: [registry],
      async collect() {
        this.reset();
        for (const sample of await source.collect()) {
          if (sample.labels) this.set(sample.labels, sample.value);
          else this.set(sample.value);
        }
      },
    });
  }
  return registry;
}

/** Request counts and latencies by route pattern (never the raw URL: it may be a reported URL). */
export function instrumentRequests(app: FastifyInstance, registry: Registry): void {
  const requests = new Counter({
    name: 'vigie_http_requests_total',
    help: 'HTTP requests answered',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'vigie_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}
