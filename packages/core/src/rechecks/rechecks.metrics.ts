import type { Db } from '../database.ts';
import type { MetricSource } from '../platform/http/metrics.ts';
import { recheckCounts } from './rechecks.repository.ts';
import { takedownMeasures } from './measures.repository.ts';

// Takedown on /metrics: the last 28 days' measures, overall (per-provider labels would be
// unbounded; the API gives them), and the re-checks' backlog.

const DAY = 86_400_000;

export function rechecksMetrics(db: Db, now: () => Date): MetricSource[] {
  // Both takedown metrics read the same measures: one query per scrape, not one per metric.
  let last: { at: number; value: ReturnType<typeof takedownMeasures> } | undefined;
  const measures = () => {
    const at = Date.now();
    if (!last || at - last.at > 5_000)
      last = { at, value: takedownMeasures(db, new Date(now().getTime() - 28 * DAY), now()) };
    const { value } = last;
    value.catch(() => (last = undefined));
    return value;
  };
  return [
    {
      name: 'vigie_takedown_removal_seconds',
      help: 'Time to removal over the last 28 days, from first detection and from first notice (percentile_cont)',
      labels: ['from', 'quantile'],
      async collect() {
        const { overall } = await measures();
        const out = [];
        for (const [from, p] of [
          ['detection', overall.fromDetection],
          ['notice', overall.fromNotice],
        ] as const)
          for (const [quantile, value] of [
            ['0.5', p.median],
            ['0.9', p.p90],
            ['0.99', p.p99],
          ] as const)
            if (value !== null) out.push({ labels: { from, quantile }, value });
        return out;
      },
    },
    {
      name: 'vigie_takedown_measure',
      help: 'Takedown over the last 28 days: urls, notified, removed, removed_within_24h/72h/28d (shares), reminders, escalations, reappeared, recidivism_rate',
      labels: ['measure'],
      async collect() {
        const { overall: o } = await measures();
        return Object.entries({
          urls: o.urls,
          notified: o.notified,
          removed: o.removed,
          removed_within_24h: o.removedWithin24h,
          removed_within_72h: o.removedWithin72h,
          removed_within_28d: o.removedWithin28d,
          reminders: o.reminders,
          escalations: o.escalations,
          reappeared: o.reappeared,
          recidivism_rate: o.recidivismRate,
        }).map(([measure, value]) => ({ labels: { measure }, value }));
      },
    },
    {
      name: 'vigie_rechecks',
      help: 'URLs under re-check by state, and those due now',
      labels: ['state'],
      async collect() {
        return (await recheckCounts(db, now())).map((r) => ({ labels: { state: r.state }, value: r.n }));
      },
    },
  ];
}
