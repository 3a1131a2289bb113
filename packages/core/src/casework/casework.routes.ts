import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import {
  CaseBlocklistBody,
  CaseClassifyBody,
  CaseCloseBody,
  CaseContact,
  CaseDecisionResponse,
  CaseForwardBody,
  CaseNoteBody,
  CasePage,
  CaseQueuePage,
  CaseQueueQuery,
  CaseReplyBody,
  CaseStateCounts,
  CaseSummary,
  StaffReportBody,
  SubmitReportResponse,
} from '@vigie/contract';
import { staffOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { CaseworkService } from './casework.service.ts';
import type { CaseActor } from './casework.types.ts';

const tags = ['casework'];
// Verifiers read cases (their queue links to them); analysts and supervisors work them;
// administrators may do what any staff role may (the guard). Contact details: see viewContact.
const read = { staff: ['analyst', 'supervisor', 'verifier'] } as const;
const work = { staff: ['analyst', 'supervisor'] } as const;
const supervise = { staff: ['supervisor'] } as const;
const Case = Type.Object({ reportId: Type.String({ format: 'uuid' }) });
const CaseCapture = Type.Object({
  reportId: Type.String({ format: 'uuid' }),
  captureId: Type.String({ format: 'uuid' }),
});
// The rendered page: nothing in it may load, run or be framed by anything but the console.
const pageCsp = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

function actorOf(request: FastifyRequest): CaseActor {
  const staff = staffOf(request);
  return { staffId: staff.userId, role: staff.role, address: request.ip };
}

export function registerCaseworkRoutes(app: HttpServer, casework: CaseworkService): void {
  app.get(
    '/api/v1/cases',
    { config: { access: read }, schema: { tags, querystring: CaseQueueQuery, response: { 200: CaseQueuePage } } },
    async (request) => casework.queue(request.query, staffOf(request).userId),
  );
  app.get(
    '/api/v1/cases/counts',
    { config: { access: read }, schema: { tags, response: { 200: CaseStateCounts } } },
    async () => casework.counts(),
  );
  app.post(
    '/api/v1/cases/intake',
    { config: { access: work }, schema: { tags, body: StaffReportBody, response: { 201: SubmitReportResponse } } },
    async (request, reply) => reply.code(201).send(await casework.submitStaffReport(request.body, actorOf(request))),
  );
  app.get(
    '/api/v1/cases/:reportId',
    { config: { access: read }, schema: { tags, params: Case, response: { 200: CasePage } } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return casework.page(request.params.reportId, actorOf(request));
    },
  );
  app.get(
    '/api/v1/cases/:reportId/captures/:captureId/page',
    {
      config: { access: read },
      schema: {
        tags,
        params: CaseCapture,
        produces: ['text/html'],
        response: {
          200: Type.String({
            description: 'The captured page, sanitised (no script, no remote load, media as previews)',
          }),
        },
      },
    },
    async (request, reply) => {
      const html = await casework.renderCapture(request.params.reportId, request.params.captureId);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', pageCsp)
        .header('cache-control', 'no-store')
        .header('x-frame-options', 'SAMEORIGIN')
        .header('cross-origin-resource-policy', 'same-origin')
        .send(html);
    },
  );
  app.post(
    '/api/v1/cases/:reportId/claim',
    { config: { access: work }, schema: { tags, params: Case, body: CaseNoteBody, response: { 200: CaseSummary } } },
    async (request) => casework.claim(request.params.reportId, actorOf(request)),
  );
  app.post(
    '/api/v1/cases/:reportId/release',
    { config: { access: work }, schema: { tags, params: Case, body: CaseNoteBody, response: { 200: CaseSummary } } },
    async (request) => casework.release(request.params.reportId, actorOf(request), request.body.note ?? null),
  );
  app.post(
    '/api/v1/cases/:reportId/contact',
    { config: { access: work }, schema: { tags, params: Case, body: CaseNoteBody, response: { 200: CaseContact } } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return casework.viewContact(request.params.reportId, actorOf(request));
    },
  );
  app.post(
    '/api/v1/cases/:reportId/reopen',
    {
      config: { access: supervise },
      schema: { tags, params: Case, body: CaseNoteBody, response: { 200: CaseSummary } },
    },
    async (request) => casework.reopen(request.params.reportId, actorOf(request), request.body.note ?? null),
  );
  registerDecisionRoutes(app, casework);
}

function registerDecisionRoutes(app: HttpServer, casework: CaseworkService): void {
  const decision = { 201: CaseDecisionResponse };
  app.post(
    '/api/v1/cases/:reportId/classify',
    { config: { access: work }, schema: { tags, params: Case, body: CaseClassifyBody, response: decision } },
    async (request, reply) => {
      const { type, note } = request.body;
      return reply
        .code(201)
        .send(await casework.classify(request.params.reportId, actorOf(request), type, note ?? null));
    },
  );
  app.post(
    '/api/v1/cases/:reportId/forward',
    { config: { access: work }, schema: { tags, params: Case, body: CaseForwardBody, response: decision } },
    async (request, reply) => {
      const { recipientId, note } = request.body;
      const result = await casework.forward(
        request.params.reportId,
        actorOf(request),
        recipientId ?? null,
        note ?? null,
      );
      return reply.code(201).send(result);
    },
  );
  app.post(
    '/api/v1/cases/:reportId/notice',
    { config: { access: work }, schema: { tags, params: Case, body: CaseNoteBody, response: decision } },
    async (request, reply) => {
      const result = await casework.requestNotice(request.params.reportId, actorOf(request), request.body.note ?? null);
      return reply.code(201).send(result);
    },
  );
  app.post(
    '/api/v1/cases/:reportId/blocklist',
    { config: { access: work }, schema: { tags, params: Case, body: CaseBlocklistBody, response: decision } },
    async (request, reply) => {
      const { urls, note } = request.body;
      const result = await casework.nominateForBlocklist(request.params.reportId, actorOf(request), urls, note ?? null);
      return reply.code(201).send(result);
    },
  );
  app.post(
    '/api/v1/cases/:reportId/reply',
    { config: { access: work }, schema: { tags, params: Case, body: CaseReplyBody, response: decision } },
    async (request, reply) => {
      const { template, language, note } = request.body;
      const result = await casework.reply(
        request.params.reportId,
        actorOf(request),
        { template, language },
        note ?? null,
      );
      return reply.code(201).send(result);
    },
  );
  app.post(
    '/api/v1/cases/:reportId/close',
    { config: { access: work }, schema: { tags, params: Case, body: CaseCloseBody, response: decision } },
    async (request, reply) => {
      const { reason, note } = request.body;
      return reply
        .code(201)
        .send(await casework.close(request.params.reportId, actorOf(request), reason, note ?? null));
    },
  );
}
