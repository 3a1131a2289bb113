import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ApiPaths, Json } from '../../api.ts';
import { useApi } from '../../session.ts';

type Answer<P extends keyof ApiPaths> = ApiPaths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Query<P extends keyof ApiPaths> = ApiPaths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type ReportsAnswer = Answer<'/api/v1/statistics/reports'>;
export type ForwardingAnswer = Answer<'/api/v1/statistics/forwarding'>;
export type MediaAnswer = Answer<'/api/v1/statistics/media'>;
export type DetectionsAnswer = Answer<'/api/v1/statistics/detections'>;
export type NoticesAnswer = Answer<'/api/v1/statistics/notices'>;
export type RemovalAnswer = Answer<'/api/v1/statistics/removal'>;
export type BlocklistAnswer = Answer<'/api/v1/statistics/blocklist'>;
export type ExposureAnswer = Answer<'/api/v1/statistics/exposure'>;

export type ReportType = NonNullable<Query<'/api/v1/statistics/reports'>['type']>;
export type ReportSource = NonNullable<Query<'/api/v1/statistics/reports'>['source']>;
export type Origin = NonNullable<Query<'/api/v1/statistics/notices'>['origin']>;
export type ReportDimension = 'type' | 'source' | 'region';

/** The figures the screen reads, each a GET /api/v1/statistics/<figure>. */
export type Figure =
  'reports' | 'forwarding' | 'media' | 'detections' | 'notices' | 'removal' | 'blocklist' | 'exposure';

/** A period of whole months: 'last12' (this month and the eleven before) or a calendar year. */
export type PeriodChoice = 'last12' | `${number}`;

/** The screen's filters, as chosen; '' is "any". */
export type StatisticsFilter = {
  period: PeriodChoice;
  type: ReportType | '';
  source: ReportSource | '';
  region: string;
  origin: Origin | '';
};

export const noFilter: StatisticsFilter = { period: 'last12', type: '', source: '', region: '', origin: '' };

const firstOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);

/** The days the API is asked for: `from` included, `to` excluded, always whole months. */
export function periodDays(period: PeriodChoice, today: Date = new Date()): { from: string; to: string } {
  if (period === 'last12') {
    const [y, m] = [today.getFullYear(), today.getMonth()];
    return { from: firstOfMonth(y, m - 11), to: firstOfMonth(y, m + 1) };
  }
  const year = Number(period);
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** The first day of every month from `from`'s month up to the day before `to`, as the API names buckets. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  const [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = firstOfMonth(y, m - 1 + i);
    if (month >= to) return months;
    months.push(month);
  }
}

type Params = Record<string, string>;

/** Each figure's query parameters for the filter: only the filters that figure understands. */
export function figureParams(figure: Figure, filter: StatisticsFilter, by?: ReportDimension): Params {
  const params: Params = { ...periodDays(filter.period), interval: 'month' };
  const region = filter.region.trim();
  if (figure === 'reports') {
    if (by !== undefined) params['by'] = by;
    if (filter.type !== '') params['type'] = filter.type;
    if (filter.source !== '') params['source'] = filter.source;
    if (region !== '') params['region'] = region;
  }
  if ((figure === 'forwarding' || figure === 'notices') && filter.origin !== '') params['origin'] = filter.origin;
  return params;
}

type Answers = {
  reports: ReportsAnswer;
  forwarding: ForwardingAnswer;
  media: MediaAnswer;
  detections: DetectionsAnswer;
  notices: NoticesAnswer;
  removal: RemovalAnswer;
  blocklist: BlocklistAnswer;
  exposure: ExposureAnswer;
};

/** One figure's JSON answer; the previous answer stays on screen while a new period loads. */
export function useFigure<F extends Figure>(figure: F, params: Params) {
  const api = useApi();
  return useQuery({
    queryKey: ['statistics', figure, params],
    queryFn: async () =>
      (await api.call(
        api.client.GET(`/api/v1/statistics/${figure}` as '/api/v1/statistics/reports', {
          params: { query: params },
        }),
      )) as unknown as Answers[F],
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The figure's CSV as the API serves it (?format=csv), fetched with the session like every other call. */
export function useCsvDownload(save: (file: Blob, name: string) => void) {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ figure, params }: { figure: Figure; params: Params }) => {
      const outcome = api.client.GET(`/api/v1/statistics/${figure}` as '/api/v1/statistics/reports', {
        params: { query: { ...params, format: 'csv' } },
        parseAs: 'blob',
      });
      const file = (await api.call(outcome)) as unknown as Blob;
      save(file, `vigie-statistics-${figure}-${params['from'] ?? ''}-${params['to'] ?? ''}.csv`);
    },
  });
}
