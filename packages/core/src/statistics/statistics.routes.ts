import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import {
  StatisticsAnnual,
  StatisticsAnnualQuery,
  StatisticsBlocklist,
  StatisticsBlocklistQuery,
  StatisticsDetections,
  StatisticsDetectionsQuery,
  StatisticsExposure,
  StatisticsExposureQuery,
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
} from '@vigie/contract';
import type { HttpServer } from '../platform/http/server.ts';
import { toCsv } from './statistics-csv.ts';
import type { StatisticsService } from './statistics.service.ts';

const access = { staff: ['supervisor'] } as const;
const tags = ['statistics'];
const produces = ['application/json', 'text/csv'];

/** CSV when asked by ?format=csv or by an Accept header that prefers it; JSON otherwise. */
function wantsCsv(request: FastifyRequest): boolean {
  const format = (request.query as { format?: string }).format;
  if (format !== undefined) return format === 'csv';
  return /^\s*text\/csv/.test(request.headers.accept ?? '');
}

function csv(reply: FastifyReply, name: string, body: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="vigie-statistics-${name}.csv"`)
    .send(body);
}

type Figure = { rows: ReadonlyArray<Record<string, unknown>> };

export function registerStatisticsRoutes(app: HttpServer, statistics: StatisticsService): void {
  const figure = (
    name: string,
    summary: string,
    querystring: TSchema,
    response: TSchema,
    read: (query: never) => Promise<Figure>,
  ) =>
    app.get(
      `/api/v1/statistics/${name}`,
      { config: { access }, schema: { tags, summary, querystring, produces, response: { 200: response } } },
      async (request, reply) => {
        const answer = await read(request.query as never);
        return wantsCsv(request) ? csv(reply, name, toCsv(answer.rows)) : answer;
      },
    );
  figure(
    'reports',
    'Reports received per period, by type, source and region',
    StatisticsReportsQuery,
    StatisticsReports,
    (q) => statistics.reports(q),
  );
  figure(
    'forwarding',
    'Share of reports forwarded, to whom, automatic or by an analyst',
    StatisticsForwardingQuery,
    StatisticsForwarding,
    (q) => statistics.forwarding(q),
  );
  figure(
    'media',
    'Media fetched and confirmed, assessments, bank entries',
    StatisticsMediaQuery,
    StatisticsMedia,
    (q) => statistics.media(q),
  );
  figure(
    'detections',
    "The crawler's detections of known material",
    StatisticsDetectionsQuery,
    StatisticsDetections,
    (q) => statistics.detections(q),
  );
  figure('notices', 'Notices sent to hosting providers', StatisticsNoticesQuery, StatisticsNotices, (q) =>
    statistics.notices(q),
  );
  figure(
    'removal',
    'Time-to-removal percentiles per month, by provider and country',
    StatisticsRemovalQuery,
    StatisticsRemoval,
    (q) => statistics.removal(q),
  );
  figure('blocklist', "The blocklist's size over time", StatisticsBlocklistQuery, StatisticsBlocklist, (q) =>
    statistics.blocklist(q),
  );
  figure(
    'exposure',
    "The review team's exposure totals: review time, reveals, breaks, analysts",
    StatisticsExposureQuery,
    StatisticsExposure,
    (q) => statistics.exposure(q),
  );
  app.get(
    '/api/v1/statistics/annual',
    {
      config: { access },
      schema: {
        tags,
        summary: "The annual report's numbers for a year (one row per figure, measure and breakdown)",
        querystring: StatisticsAnnualQuery,
        produces,
        response: { 200: StatisticsAnnual },
      },
    },
    async (request, reply) => {
      const answer = await statistics.annual(request.query.year);
      return wantsCsv(request) ? csv(reply, `annual-${answer.year}`, toCsv(answer.figures)) : answer;
    },
  );
}
