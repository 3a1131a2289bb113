import type {
  ReportDimension,
  StatisticsAnnual,
  StatisticsAnnualFigure,
  StatisticsBlocklist,
  StatisticsDetections,
  StatisticsExposure,
  StatisticsFigure,
  StatisticsForwarding,
  StatisticsForwardingQuery,
  StatisticsMedia,
  StatisticsMediaQuery,
  StatisticsNotices,
  StatisticsNoticesQuery,
  StatisticsRemoval,
  StatisticsRemovalQuery,
  StatisticsReports,
  StatisticsReportsQuery,
  TakedownMeasures,
} from '@vigie/contract';
import { takedownMeasures } from '../rechecks/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import {
  blocklistRows,
  defaultPeriod,
  detectionRows,
  exposureRows,
  forwardingRows,
  instantsOf,
  mediaRows,
  noticeRows,
  reportRows,
  removalYear,
  rolledUpAt,
  type Bucketing,
} from './figures.repository.ts';
import { removalRows } from './removal.ts';
import { rollUp, type RollupResult } from './rollup.repository.ts';
import { StatisticsError } from './statistics.errors.ts';

type PeriodQuery = {
  from?: string | undefined;
  to?: string | undefined;
  interval?: 'day' | 'month' | 'year' | undefined;
};
type Header = {
  from: string;
  to: string;
  interval: 'day' | 'month' | 'year';
  timeZone: string;
  rolledUpAt: string | null;
};
const DAY = 86_400_000;

export type StatisticsService = ReturnType<typeof createStatisticsService>;

export function createStatisticsService(deps: ServiceDeps) {
  const { db, now } = deps;
  const settings = deps.config.statistics;
  const timeZone = settings.timeZone;

  async function period(query: PeriodQuery): Promise<{ b: Bucketing; header: Header }> {
    const fallback = await defaultPeriod(db, now(), timeZone);
    const to = query.to ?? fallback.to;
    const from = query.from ?? (query.to === undefined ? fallback.from : shiftYear(to, -1));
    const interval = query.interval ?? 'month';
    const span = (Date.parse(to) - Date.parse(from)) / DAY;
    if (!(span > 0) || span > (interval === 'day' ? 732 : 3660)) throw new StatisticsError('STATISTICS_PERIOD_INVALID');
    const at = await rolledUpAt(db);
    return {
      b: { from, to, interval, timeZone },
      header: { from, to, interval, timeZone, rolledUpAt: at?.toISOString() ?? null },
    };
  }

  async function measureYear(from: string, to: string): Promise<TakedownMeasures> {
    const { start, end } = await instantsOf(db, from, to, timeZone);
    return takedownMeasures(db, start, end);
  }

  const service = {
    /** The statistics.roll-up job: brings the daily rollups and removal months up to date. */
    rollUp(since?: string): Promise<RollupResult> {
      return rollUp(db, { timeZone, recomputeDays: settings.recomputeDays, now: now(), since });
    },
    async reports(query: StatisticsReportsQuery): Promise<StatisticsReports> {
      const { b, header } = await period(query);
      const by = (query.by?.split(',') ?? []) as ReportDimension[];
      const filter = { by: [...new Set(by)], type: query.type, source: query.source, region: query.region };
      return { ...header, rows: await reportRows(db, b, filter) };
    },
    async forwarding(query: StatisticsForwardingQuery): Promise<StatisticsForwarding> {
      const { b, header } = await period(query);
      return { ...header, rows: await forwardingRows(db, b, query) };
    },
    async media(query: StatisticsMediaQuery): Promise<StatisticsMedia> {
      const { b, header } = await period(query);
      return { ...header, rows: await mediaRows(db, b, query.kind) };
    },
    async detections(query: PeriodQuery): Promise<StatisticsDetections> {
      const { b, header } = await period(query);
      return { ...header, rows: await detectionRows(db, b) };
    },
    async notices(query: StatisticsNoticesQuery): Promise<StatisticsNotices> {
      const { b, header } = await period(query);
      return { ...header, rows: await noticeRows(db, b, query.origin) };
    },
    /** Per month of first detection, whatever the interval asked (percentiles are kept per month). */
    async removal(query: StatisticsRemovalQuery): Promise<StatisticsRemoval> {
      const { b, header } = await period(query);
      return { ...header, interval: 'month', rows: await removalRows(db, b.from, b.to, query) };
    },
    async blocklist(query: PeriodQuery): Promise<StatisticsBlocklist> {
      const { b, header } = await period(query);
      return { ...header, rows: await blocklistRows(db, b) };
    },
    /** The review team's exposure totals (review_exposure_day's UTC days; never per analyst). */
    async exposure(query: PeriodQuery): Promise<StatisticsExposure> {
      const { b, header } = await period(query);
      return { ...header, timeZone: 'UTC', rows: await exposureRows(db, b) };
    },
    /** The annual report's numbers: every figure over the year, time to removal over the year's cohort. */
    async annual(year: number): Promise<StatisticsAnnual> {
      const q = { from: `${year}-01-01`, to: `${year + 1}-01-01`, interval: 'year' as const };
      const [reports, byType, bySource, byRegion, forwarding, media, detections, notices, blocklist, exposure] =
        await Promise.all([
          service.reports(q),
          service.reports({ ...q, by: 'type' }),
          service.reports({ ...q, by: 'source' }),
          service.reports({ ...q, by: 'region' }),
          service.forwarding(q),
          service.media(q),
          service.detections(q),
          service.notices(q),
          service.blocklist(q),
          service.exposure(q),
        ]);
      // The year's cohort as the roll-up kept it; measured on the spot for a year it has not reached.
      const removal = (await removalYear(db, year)) ?? (await measureYear(q.from, q.to));
      const figures: StatisticsAnnualFigure[] = [];
      const add = (section: StatisticsFigure | 'exposure', measure: string, key: string, value: number | null) =>
        figures.push({ section, measure, key, value });
      const columns = (section: StatisticsFigure | 'exposure', row: Record<string, unknown> | undefined) => {
        for (const [measure, value] of Object.entries(row ?? {}))
          if (measure !== 'period') add(section, measure, '', typeof value === 'number' ? value : null);
      };
      for (const [rows, dim] of [
        [reports.rows, null],
        [byType.rows, 'type'],
        [bySource.rows, 'source'],
        [byRegion.rows, 'region'],
      ] as const)
        for (const r of rows) {
          const key = dim === null ? '' : `${dim}:${r[dim] ?? ''}`;
          add('reports', 'reports', key, r.reports);
          add('reports', 'urls', key, r.urls);
        }
      for (const r of forwarding.rows) {
        const key = `${r.recipientKind ?? 'anyone'}:${r.origin ?? 'any'}`;
        add('forwarding', 'forwarded', key, r.forwarded);
        add('forwarding', 'share', key, r.share);
        add('forwarding', 'forwards', key, r.forwards);
      }
      columns('media', media.rows[0]);
      columns('detections', detections.rows[0]);
      columns('notices', notices.rows[0]);
      const { urls, notified, removed, fromNotice, fromDetection, removedWithin24h, removedWithin72h } =
        removal.overall;
      Object.entries({ urls, notified, removed, removedWithin24h, removedWithin72h }).forEach(([m, v]) =>
        add('removal', m, '', v),
      );
      Object.entries({ fromNotice, fromDetection }).forEach(([m, p]) =>
        Object.entries(p).forEach(([quantile, v]) => add('removal', `${m}.${quantile}`, '', v)),
      );
      for (const c of removal.countries)
        add('removal', 'fromNotice.median', `country:${c.country}`, c.fromNotice.median);
      for (const p of removal.providers)
        add('removal', 'fromNotice.median', `provider:${p.provider}`, p.fromNotice.median);
      columns('blocklist', blocklist.rows[0]);
      columns('exposure', exposure.rows[0]);
      return { year, from: q.from, to: q.to, timeZone, rolledUpAt: reports.rolledUpAt, figures };
    },
    /**
     * What the tipline's public page shows: the published figures over the last twelve months,
     * overall only (forwarding by recipient kind, removal without providers or countries).
     */
    async published(): Promise<Array<{ figure: StatisticsFigure; rows: ReadonlyArray<Record<string, unknown>> }>> {
      const read: Record<StatisticsFigure, () => Promise<{ rows: ReadonlyArray<Record<string, unknown>> }>> = {
        reports: () => service.reports({}),
        forwarding: async () => ({ rows: (await service.forwarding({})).rows.filter((r) => r.origin === null) }),
        media: () => service.media({}),
        detections: () => service.detections({}),
        notices: () => service.notices({}),
        removal: async () => ({
          rows: (await service.removal({})).rows.filter((r) => r.provider === null && r.country === null),
        }),
        blocklist: () => service.blocklist({}),
      };
      const out = [];
      for (const figure of settings.publicFigures) out.push({ figure, rows: (await read[figure]()).rows });
      return out;
    },
  };
  return service;
}

function shiftYear(day: string, years: number): string {
  const [y, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  return `${String(y + years).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}
