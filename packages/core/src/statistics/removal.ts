import type { StatisticsRemovalRow, TakedownMeasure } from '@vigie/contract';
import type { Db } from '../database.ts';
import { removalMonths } from './figures.repository.ts';

// Time to removal per month of first detection: the rechecks' measures as the roll-up kept
// them, one row overall, one per provider, one per country (filters keep the matching ones).

const flat = (period: string, provider: string | null, country: string | null, m: TakedownMeasure) => ({
  period,
  provider,
  country,
  urls: m.urls,
  notified: m.notified,
  removed: m.removed,
  fromNoticeMedian: m.fromNotice.median,
  fromNoticeP90: m.fromNotice.p90,
  fromNoticeP99: m.fromNotice.p99,
  fromDetectionMedian: m.fromDetection.median,
  fromDetectionP90: m.fromDetection.p90,
  removedWithin24h: m.removedWithin24h,
  removedWithin72h: m.removedWithin72h,
});

export async function removalRows(
  db: Db,
  from: string,
  to: string,
  filter: { provider?: string | undefined; country?: string | undefined },
): Promise<StatisticsRemovalRow[]> {
  const rows: StatisticsRemovalRow[] = [];
  for (const { month, measures } of await removalMonths(db, from, to)) {
    if (filter.provider === undefined && filter.country === undefined)
      rows.push(flat(month, null, null, measures.overall));
    for (const p of measures.providers)
      if (filter.country === undefined && (filter.provider ?? p.provider) === p.provider)
        rows.push(flat(month, p.provider, null, p));
    for (const c of measures.countries)
      if (filter.provider === undefined && (filter.country ?? c.country) === c.country)
        rows.push(flat(month, null, c.country, c));
  }
  return rows;
}
