import { Readable } from 'node:stream';
import Type from 'typebox';
import { AuditSearchQuery, AuditSearchResult, AuditVerification } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { verifyAuditTrail } from './audit-anchor.ts';
import { exportAuditCsv, searchAuditEvents, type AuditFilter } from './audit-search.repository.ts';

const tags = ['audit'];
const readers = { staff: ['supervisor', 'administrator'], apiKey: 'audit:read' } as const;
const CsvBody = Type.Unsafe<Readable>({ type: 'string', description: 'The matching events as CSV' });

function filterOf(query: AuditSearchQuery): AuditFilter {
  return {
    ...(query.actor ? { actor: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.subject ? { subject: query.subject } : {}),
    ...(query.from ? { from: new Date(query.from) } : {}),
    ...(query.to ? { to: new Date(query.to) } : {}),
  };
}

export function registerAuditRoutes(app: HttpServer, db: Db, dataDir: string): void {
  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: { staff: ['administrator'], apiKey: 'audit:read' } },
      schema: { tags, response: { 200: AuditVerification } },
    },
    async () => verifyAuditTrail(db, dataDir),
  );

  app.get(
    '/api/v1/audit',
    {
      config: { access: readers },
      schema: { tags, querystring: AuditSearchQuery, response: { 200: AuditSearchResult } },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = request.query.before;
      const events = await searchAuditEvents(db, filterOf(request.query), { limit, ...(before ? { before } : {}) });
      return { events, nextBefore: events.length === limit ? (events[events.length - 1]?.seq ?? null) : null };
    },
  );

  app.get(
    '/api/v1/audit/export',
    {
      config: { access: readers },
      schema: {
        tags,
        querystring: Type.Omit(AuditSearchQuery, ['before', 'limit']),
        produces: ['text/csv'],
        response: { 200: CsvBody },
      },
    },
    async (request, reply) => {
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vigie-audit.csv"')
        .header('cache-control', 'private, no-store');
      return reply.send(Readable.from(exportAuditCsv(db, filterOf(request.query))));
    },
  );
}
