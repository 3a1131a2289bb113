// The API's rows turned into what a chart and its table show: one value per month for each
// series, named in the console's language. Pure functions, so the figures can be checked alone.
import type { MessageId } from '../../i18n/catalogue.ts';
import type { Translate } from '../../i18n/translate.ts';
import {
  monthsOf,
  type BlocklistAnswer,
  type DetectionsAnswer,
  type ExposureAnswer,
  type ForwardingAnswer,
  type MediaAnswer,
  type NoticesAnswer,
  type RemovalAnswer,
  type ReportDimension,
  type ReportsAnswer,
} from './statistics.queries.ts';

export type Unit = 'count' | 'percent' | 'hours';
export type Series = { id: string; name: string; values: Array<number | null>; kind: 'bar' | 'line'; stack?: string };
export type FigureData = { periods: string[]; series: Series[]; unit: Unit };

type Row = { period: string };

/** Each month's value of `pick` over the rows kept by `keep` (summed), `missing` where none. */
function valuesOf<R extends Row>(
  periods: readonly string[],
  rows: readonly R[],
  pick: (row: R) => number | null,
  keep: (row: R) => boolean = () => true,
  missing: number | null = 0,
): Array<number | null> {
  const byPeriod = new Map<string, number | null>();
  for (const row of rows)
    if (keep(row)) {
      const value = pick(row);
      const before = byPeriod.get(row.period);
      byPeriod.set(row.period, value === null ? (before ?? null) : (before ?? 0) + value);
    }
  return periods.map((p) => (byPeriod.has(p) ? (byPeriod.get(p) ?? null) : missing));
}

const total = (values: ReadonlyArray<number | null>) => values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

/**
 * Series named by their values' labels, largest first; bars stacked when the keys split the whole
 * (a report has one type), side by side when they overlap (a report may go to police and welfare).
 */
function breakdown<R extends Row>(
  periods: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string,
  nameOf: (key: string) => string,
  pick: (row: R) => number,
  kind: 'bar' | 'line' | 'overlapping' = 'bar',
): Series[] {
  const keys = [...new Set(rows.map(keyOf))];
  return keys
    .map((key) => ({
      id: key,
      name: nameOf(key),
      values: valuesOf(periods, rows, pick, (r) => keyOf(r) === key, kind === 'line' ? null : 0),
      kind: kind === 'line' ? ('line' as const) : ('bar' as const),
      ...(kind === 'bar' ? { stack: 'all' } : {}),
    }))
    .sort((a, b) => total(b.values) - total(a.values) || a.name.localeCompare(b.name));
}

const months = (answer: { from: string; to: string }) => monthsOf(answer.from, answer.to);

export function reportsFigure(answer: ReportsAnswer, by: ReportDimension | undefined, t: Translate): FigureData {
  const periods = months(answer);
  if (by === undefined)
    return {
      periods,
      unit: 'count',
      series: [
        {
          id: 'reports',
          name: t('statistics.reports.reports'),
          values: valuesOf(periods, answer.rows, (r) => r.reports),
          kind: 'bar',
        },
        {
          id: 'urls',
          name: t('statistics.reports.urls'),
          values: valuesOf(periods, answer.rows, (r) => r.urls),
          kind: 'line',
        },
      ],
    };
  const nameOf = (key: string): string => {
    if (by === 'type') return t(`cases.type.${key}` as MessageId);
    if (by === 'source') return t(`cases.source.${key}` as MessageId);
    return key === '' ? t('statistics.regionNone') : key;
  };
  return {
    periods,
    unit: 'count',
    series: breakdown(
      periods,
      answer.rows,
      (r) => r[by] ?? '',
      nameOf,
      (r) => r.reports,
    ),
  };
}

type ForwardingRow = ForwardingAnswer['rows'][number];
/** The rows of reports forwarded to anyone: either way, or the one way the filter chose. */
const overall = (origin: string | null) => (r: ForwardingRow) => r.recipientKind === null && r.origin === origin;

export function shareFigure(answer: ForwardingAnswer, origin: string | null, t: Translate): FigureData {
  const periods = months(answer);
  return {
    periods,
    unit: 'percent',
    series: [
      {
        id: 'share',
        name: t('statistics.forwarding.share'),
        values: valuesOf(periods, answer.rows, (r) => r.share, overall(origin)),
        kind: 'line',
      },
    ],
  };
}

export function recipientsFigure(answer: ForwardingAnswer, origin: string | null, t: Translate): FigureData {
  const periods = months(answer);
  const rows = answer.rows.filter((r) => r.recipientKind !== null && r.origin === origin);
  const nameOf = (kind: string) =>
    kind === 'provider' ? t('statistics.forwarding.provider') : t(`referrals.kind.${kind}` as MessageId);
  return {
    periods,
    unit: 'count',
    series: breakdown(
      periods,
      rows,
      (r) => r.recipientKind ?? '',
      nameOf,
      (r) => r.forwarded,
      'overlapping',
    ),
  };
}

export function originFigure(answer: ForwardingAnswer, t: Translate): FigureData {
  const periods = months(answer);
  const rows = answer.rows.filter((r) => r.recipientKind === null && r.origin !== null);
  const nameOf = (origin: string) => t(`referrals.origin.${origin}` as MessageId);
  return {
    periods,
    unit: 'count',
    series: breakdown(
      periods,
      rows,
      (r) => r.origin ?? '',
      nameOf,
      (r) => r.forwarded,
      'overlapping',
    ),
  };
}

/** Series of columns of the rows, one per `columns` entry (its message and its chart kind). */
function columnsFigure<R extends Row>(
  answer: { from: string; to: string; rows: readonly R[] },
  columns: ReadonlyArray<{ pick: (row: R) => number | null; name: MessageId; kind?: 'bar' | 'line'; stack?: string }>,
  t: Translate,
  unit: Unit = 'count',
): FigureData {
  const periods = months(answer);
  return {
    periods,
    unit,
    series: columns.map((c) => ({
      id: c.name,
      name: t(c.name),
      values: valuesOf(periods, answer.rows, c.pick, undefined, null),
      kind: c.kind ?? 'bar',
      ...(c.stack === undefined ? {} : { stack: c.stack }),
    })),
  };
}

export const mediaFigure = (answer: MediaAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => r.seen, name: 'statistics.media.seen' },
      { pick: (r) => r.known, name: 'statistics.media.known' },
      { pick: (r) => r.assessments, name: 'statistics.media.assessments' },
      { pick: (r) => r.entriesConfirmed, name: 'statistics.media.entriesConfirmed' },
    ],
    t,
  );

export const detectionsFigure = (answer: DetectionsAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => r.byCapture, name: 'statistics.detections.byCapture', stack: 'found' },
      { pick: (r) => r.byCrawl, name: 'statistics.detections.byCrawl', stack: 'found' },
      { pick: (r) => r.noticeable, name: 'statistics.detections.noticeable', kind: 'line' },
    ],
    t,
  );

export const noticesFigure = (answer: NoticesAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => r.sent, name: 'statistics.notices.sent' },
      { pick: (r) => r.urls, name: 'statistics.notices.urls' },
      { pick: (r) => r.acknowledged, name: 'statistics.notices.acknowledged' },
      { pick: (r) => r.contested, name: 'statistics.notices.contested' },
    ],
    t,
  );

export const blocklistFigure = (answer: BlocklistAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => r.entries, name: 'statistics.blocklist.entries', kind: 'line' },
      { pick: (r) => r.urls, name: 'statistics.blocklist.urls', kind: 'line' },
      { pick: (r) => r.domains, name: 'statistics.blocklist.domains', kind: 'line' },
    ],
    t,
  );

const hours = (seconds: number | null) => (seconds === null ? null : seconds / 3600);

export const exposureTimeFigure = (answer: ExposureAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => hours(r.reviewSeconds), name: 'statistics.exposure.review', stack: 'time' },
      { pick: (r) => hours(r.revealSeconds), name: 'statistics.exposure.revealed', stack: 'time' },
    ],
    t,
    'hours',
  );

export const exposureCountsFigure = (answer: ExposureAnswer, t: Translate) =>
  columnsFigure(
    answer,
    [
      { pick: (r) => r.analysts, name: 'statistics.exposure.analysts', kind: 'line' },
      { pick: (r) => r.reveals, name: 'statistics.exposure.reveals' },
      { pick: (r) => r.breaks, name: 'statistics.exposure.breaks' },
      { pick: (r) => r.stops, name: 'statistics.exposure.stops' },
    ],
    t,
  );

export const removalBreakdowns = ['overall', 'country', 'provider'] as const;
export type RemovalBreakdown = (typeof removalBreakdowns)[number];

/** Hours from notice to removal per month of first detection: percentiles overall, or medians per country or provider. */
export function removalFigure(answer: RemovalAnswer, by: RemovalBreakdown, t: Translate): FigureData {
  const periods = months(answer);
  const whole = (r: RemovalAnswer['rows'][number]) => r.provider === null && r.country === null;
  if (by === 'overall')
    return columnsFigure(
      { ...answer, rows: answer.rows.filter(whole) },
      [
        { pick: (r) => hours(r.fromNoticeMedian), name: 'statistics.removal.median', kind: 'line' },
        { pick: (r) => hours(r.fromNoticeP90), name: 'statistics.removal.p90', kind: 'line' },
        { pick: (r) => hours(r.fromNoticeP99), name: 'statistics.removal.p99', kind: 'line' },
      ],
      t,
      'hours',
    );
  const rows = answer.rows.filter((r) => r[by] !== null);
  return {
    periods,
    unit: 'hours',
    series: breakdown(
      periods,
      rows,
      (r) => r[by] ?? '',
      (key) => key,
      (r) => hours(r.fromNoticeMedian) ?? 0,
      'line',
    ).map((s) => ({
      ...s,
      values: valuesOf(
        periods,
        rows,
        (r) => hours(r.fromNoticeMedian),
        (r) => r[by] === s.id,
        null,
      ),
    })),
  };
}

/** Nothing to show: no series, or every value of every series zero or missing. */
export const isEmptyFigure = (figure: FigureData) =>
  figure.series.every((s) => s.values.every((v) => v === null || v === 0));
